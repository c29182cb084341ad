import GoTemplate
import HelmYAML

extension ValuesOptions {
    /// Helm's `values.Options.MergeValues`: `-f` files merged in order, then `--set-json`, `--set`,
    /// `--set-string`, `--set-file` and `--set-literal`, each kind in the order given.
    public func mergeValues(baseDirectory: String) throws -> GoMap {
        var base = GoMap()
        for path in valueFiles {
            let bytes = try ValuesFileReader.read(path, baseDirectory: baseDirectory)
            let current: GoMap
            do {
                current = try ValuesReader.readValues(bytes: bytes, file: path)
            } catch {
                throw ChartError("failed to parse \(path): \(error)")
            }
            base = mergeMaps(base, current)
        }
        for value in jsonValues {
            let trimmed = value.trimmingSpaces
            if trimmed.hasPrefix("{") {
                let decoded: Value
                do {
                    decoded = try JSONDecoding.decode(trimmed)
                } catch {
                    throw ChartError("failed parsing --set-json data JSON: \(value)")
                }
                if case .map(let table) = decoded {
                    base = mergeMaps(base, table)
                }
            } else {
                do {
                    try Strvals.parseJSON(value, into: base)
                } catch {
                    throw ChartError("failed parsing --set-json data \(value)")
                }
            }
        }
        for value in values {
            do { try Strvals.parseInto(value, base) } catch {
                throw ChartError("failed parsing --set data: \(error)")
            }
        }
        for value in stringValues {
            do { try Strvals.parseIntoString(value, base) } catch {
                throw ChartError("failed parsing --set-string data: \(error)")
            }
        }
        for value in fileValues {
            do {
                try Strvals.parseFile(value, into: base) { path in
                    // Go's string(bytes): a binary file keeps its bytes (`--set-file k=key.p12`, then `b64enc`).
                    Value.goString(try ValuesFileReader.read(path, baseDirectory: baseDirectory))
                }
            } catch {
                throw ChartError("failed parsing --set-file data: \(error)")
            }
        }
        for value in literalValues {
            do { try Strvals.parseLiteralInto(value, base) } catch {
                throw ChartError("failed parsing --set-literal data: \(error)")
            }
        }
        return base
    }
}

extension String {
    /// Go's `strings.TrimSpace` (Unicode white space at both ends).
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Array(scalars[start..<end]).string
    }
}
