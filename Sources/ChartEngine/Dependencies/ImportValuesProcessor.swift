import GoTemplate

/// Helm's `processDependencyImportValues` with merge semantics: copies values exported by subcharts
/// (`import-values`) into the parent's values, parents' own values winning.
enum ImportValuesProcessor {
    static func processTree(_ chart: Chart, log: DiagnosticLog?) throws {
        for sub in chart.dependencies { try processTree(sub, log: log) }
        try process(chart, log: log)
    }

    private static func process(_ chart: Chart, log: DiagnosticLog?) throws {
        guard chart.metadata.declaresDependencies else { return }
        let merged = try ValuesCoalescer.mergeValues(chart: chart, values: nil, log: log)
        var imported = GoMap()
        for index in chart.metadata.dependencies.indices {
            let request = chart.metadata.dependencies[index]
            var normalized: [Value] = []
            for item in request.importValues {
                switch item {
                case .map(let spec) where spec.typeName == GoMap.defaultTypeName:
                    let child = GoFormat.printValue(spec["child"] ?? .null)
                    let parent = GoFormat.printValue(spec["parent"] ?? .null)
                    normalized.append(pair(child: child, parent: parent))
                    do {
                        let table = try ValuesTable.table(merged, request.name + "." + child)
                        imported = ValuesCoalescer.mergeTables(imported, pathToMap(parent, table), log: log)
                    } catch {
                        log?.warn("ImportValues missing table from chart", [("chart", request.name), ("error", "\(error)")])
                    }
                case .string(let name):
                    let child = "exports." + name
                    normalized.append(pair(child: child, parent: "."))
                    do {
                        let table = try ValuesTable.table(merged, request.name + "." + child)
                        imported = ValuesCoalescer.mergeTables(imported, table, log: log)
                    } catch {
                        log?.warn("ImportValues missing table", [("error", "\(error)")])
                    }
                default:
                    continue
                }
            }
            chart.metadata.dependencies[index].importValues = normalized
        }
        chart.values = ValuesCoalescer.mergeTables(merged.deepCopied(), imported, log: log)
    }

    /// Already-processed entries are `map[string]string`, which a second pass skips, as Helm's does.
    private static func pair(child: String, parent: String) -> Value {
        .map(GoMap(["child": .string(child), "parent": .string(parent)], typeName: "map[string]string", elementType: .string))
    }

    /// `pathToMap`: nests `data` under a dotted path ("." is the root).
    private static func pathToMap(_ path: String, _ data: GoMap) -> GoMap {
        if path == "." { return data }
        var current = data
        for key in path.split(separator: ".", omittingEmptySubsequences: false).reversed() {
            current = GoMap([String(key): .map(current)])
        }
        return current
    }
}
