import GoTemplate

/// Helm's `pkg/chart/common/util/coalesce.go` (as of Helm 4.1): merges chart defaults, subchart defaults
/// and globals under user-supplied values.
///
/// Go maps are references and Helm relies on in-place mutation here; `GoMap` is a class, so the port
/// performs the same mutations on the same maps (deep copies only where Helm makes them).
public enum ValuesCoalescer {
    /// Helm's `ToRenderValuesWithSchemaValidation` minus the Release/Capabilities part: coalesces the chart's
    /// defaults (recursively for subcharts, globals propagated) with `userValues`, validates against every
    /// values.schema.json unless `skipSchemaValidation`, and returns what becomes `.Values` of the top chart.
    public static func coalesce(chart: Chart, userValues: GoMap) throws -> GoMap {
        try coalesce(chart: chart, userValues: userValues, skipSchemaValidation: false, log: nil)
    }

    public static func coalesce(chart: Chart, userValues: GoMap, skipSchemaValidation: Bool,
                                log: DiagnosticLog?) throws -> GoMap {
        let values = try coalesceValues(chart: chart, values: userValues, log: log)
        if !skipSchemaValidation {
            try SchemaValidator.validate(chart: chart, values: values)
        }
        return values
    }

    /// `CoalesceValues`: null user values delete keys.
    public static func coalesceValues(chart: Chart, values: GoMap?, log: DiagnosticLog? = nil) throws -> GoMap {
        let copy = values?.deepCopied() ?? GoMap()
        var run = Run(log: log, merge: false)
        return try run.coalesce(chart, copy, prefix: "")
    }

    /// `MergeValues`: like `coalesceValues` but nulls are kept.
    public static func mergeValues(chart: Chart, values: GoMap?, log: DiagnosticLog? = nil) throws -> GoMap {
        let copy = values?.deepCopied() ?? GoMap()
        var run = Run(log: log, merge: true)
        return try run.coalesce(chart, copy, prefix: "")
    }

    /// `CoalesceTables(dst, src)`: `dst` wins.
    @discardableResult
    public static func coalesceTables(_ dst: GoMap, _ src: GoMap, log: DiagnosticLog? = nil) -> GoMap {
        Run(log: log, merge: false).coalesceTables(dst, src, prefix: "", merge: false)
    }

    /// `MergeTables(dst, src)`: `dst` wins, nulls kept.
    @discardableResult
    public static func mergeTables(_ dst: GoMap, _ src: GoMap, log: DiagnosticLog? = nil) -> GoMap {
        Run(log: log, merge: true).coalesceTables(dst, src, prefix: "", merge: true)
    }

    struct Run {
        let log: DiagnosticLog?
        let merge: Bool

        private func printf(_ message: String) { log?.info(message) }

        private static func concatPrefix(_ a: String, _ b: String) -> String {
            a.isEmpty ? b : a + "." + b
        }

        mutating func coalesce(_ chart: Chart, _ dest: GoMap, prefix: String) throws -> GoMap {
            coalesceValues(chart, dest, prefix: prefix)
            return try coalesceDependencies(chart, dest, prefix: prefix)
        }

        private mutating func coalesceDependencies(_ chart: Chart, _ dest: GoMap, prefix: String) throws -> GoMap {
            for sub in chart.dependencies {
                if let existing = dest[sub.name] {
                    guard existing.isTable else {
                        throw ChartError("type mismatch on \(sub.name): \(Self.goBoolVerb(existing))")
                    }
                } else {
                    dest[sub.name] = .map(GoMap())
                }
                guard case .map(let subValues)? = dest[sub.name] else { continue }
                let subPrefix = Self.concatPrefix(prefix, chart.name)
                coalesceGlobals(subValues, dest, prefix: subPrefix)
                dest[sub.name] = .map(try coalesce(sub, subValues, prefix: subPrefix))
            }
            return dest
        }

        /// Go's `%t` of the value: `%!t(int64=1)`, element by element for lists (`[%!t(float64=1)]`).
        private static func goBoolVerb(_ value: Value) -> String {
            GoFormat.sprintf("%t", [value])
        }

        /// Copies the globals of `src` (the parent's values) into `dest` (the subchart's values).
        private func coalesceGlobals(_ dest: GoMap, _ src: GoMap, prefix: String) {
            let destGlobals: GoMap
            switch dest["global"] {
            case nil: destGlobals = GoMap()
            case .map(let m)?: destGlobals = m
            default:
                printf("warning: skipping globals because destination global is not a table.")
                return
            }
            let srcGlobals: GoMap
            switch src["global"] {
            case nil: srcGlobals = GoMap()
            case .map(let m)?: srcGlobals = m
            default:
                printf("warning: skipping globals because source global is not a table.")
                return
            }
            for key in srcGlobals.sortedKeys {
                guard let value = srcGlobals[key] else { continue }
                if case .map(let table) = value {
                    let copied = table.copy()
                    if let existing = destGlobals[key] {
                        if case .map(let existingTable) = existing {
                            coalesceTables(copied, existingTable, prefix: Self.concatPrefix(prefix, key), merge: true)
                            destGlobals[key] = .map(copied)
                        } else {
                            printf("Conflict: cannot merge map onto non-map for \(GoFormat.quote(key)). Skipping.")
                        }
                    } else {
                        destGlobals[key] = .map(copied)
                    }
                } else if let existing = destGlobals[key], existing.isTable {
                    printf("key \(key) is table. Skipping")
                } else {
                    destGlobals[key] = value
                }
            }
            dest["global"] = .map(destGlobals)
        }

        /// Builds up the values of one chart: its defaults under the values already in `v`.
        private func coalesceValues(_ chart: Chart, _ v: GoMap, prefix: String) {
            let subPrefix = Self.concatPrefix(prefix, chart.name)
            let defaults = chart.values.deepCopied()
            for key in defaults.sortedKeys {
                guard let defaultValue = defaults[key] else { continue }
                if let value = v[key] {
                    if value.isNil && !merge {
                        v[key] = nil
                    } else if case .map(let dest) = value {
                        if case .map(let src) = defaultValue {
                            let childMerge = chart.dependencies.contains { $0.name == key } ? true : merge
                            coalesceTables(dest, src, prefix: Self.concatPrefix(subPrefix, key), merge: childMerge)
                        } else if !defaultValue.isNil {
                            printf("warning: skipped value for \(subPrefix).\(key): Not a table.")
                        }
                    }
                } else {
                    v[key] = defaultValue
                }
            }
        }

        /// `coalesceTablesFullKey`: merges `src` into `dst`; `dst` wins.
        @discardableResult
        func coalesceTables(_ dst: GoMap, _ src: GoMap, prefix: String, merge: Bool) -> GoMap {
            // A user null only deletes a key whose chart default was non-null; a null over a null (or over
            // nothing) is kept, as in Helm 4.1.
            let srcOriginalNonNil = Set(src.entries.compactMap { $0.value.isNil ? nil : $0.key })
            for (key, value) in dst.entries where value.isNil {
                src[key] = .null
            }
            for key in src.sortedKeys {
                guard let value = src[key] else { continue }
                let fullKey = Self.concatPrefix(prefix, key)
                let existing = dst[key]
                if let existing, !merge, existing.isNil, srcOriginalNonNil.contains(key) {
                    dst[key] = nil
                } else if existing == nil {
                    dst[key] = value
                } else if case .map(let srcTable) = value {
                    if case .map(let dstTable)? = existing {
                        coalesceTables(dstTable, srcTable, prefix: fullKey, merge: merge)
                    } else {
                        printf("warning: cannot overwrite table with non table for \(fullKey) (\(GoFormat.printValue(value)))")
                    }
                } else if let existing, existing.isTable, !value.isNil {
                    printf("warning: destination for \(fullKey) is a table. Ignoring non-table value (\(GoFormat.printValue(value)))")
                }
            }
            return dst
        }
    }
}
