import GoTemplate

/// Helm's `ProcessDependenciesWithMerge` (`pkg/chart/v2/util/dependencies.go`): resolves aliases,
/// disables subcharts by `condition` and `tags`, removes them, then applies `import-values`.
public enum DependencyProcessor {
    public static func process(chart: Chart, values: GoMap) throws {
        try process(chart: chart, values: values, log: nil)
    }

    public static func process(chart: Chart, values: GoMap, log: DiagnosticLog?) throws {
        try processEnabled(chart, values, path: "", log: log)
        try ImportValuesProcessor.processTree(chart, log: log)
    }

    /// `processDependencyEnabled`
    private static func processEnabled(_ chart: Chart, _ values: GoMap, path: String, log: DiagnosticLog?) throws {
        guard chart.metadata.declaresDependencies else { return }
        var kept: [Chart] = []
        for existing in chart.dependencies {
            let declared = chart.metadata.dependencies.contains { request in
                existing.name == request.name
                    && VersionConstraint.isCompatible(constraint: request.version ?? "", version: existing.metadata.version)
            }
            if !declared { kept.append(existing) }
        }
        for index in chart.metadata.dependencies.indices {
            let request = chart.metadata.dependencies[index]
            if let aliased = aliasedChart(chart.dependencies, request) { kept.append(aliased) }
            if let alias = request.alias, !alias.isEmpty {
                chart.metadata.dependencies[index].name = alias
            }
        }
        chart.setDependencies(kept)
        for index in chart.metadata.dependencies.indices {
            chart.metadata.dependencies[index].enabled = true
        }
        let coalesced = try ValuesCoalescer.coalesceValues(chart: chart, values: values, log: log)
        applyTags(&chart.metadata.dependencies, coalesced, log: log)
        applyConditions(&chart.metadata.dependencies, coalesced, path: path, log: log)

        let removed = Set(chart.metadata.dependencies.filter { !$0.enabled }.map(\.name))
        let enabledCharts = chart.dependencies.filter { !removed.contains($0.name) }
        let enabledRequests = chart.metadata.dependencies.filter { !removed.contains($0.name) }
        for sub in enabledCharts {
            try processEnabled(sub, coalesced, path: path + sub.name + ".", log: log)
        }
        chart.metadata.dependencies = enabledRequests
        chart.setDependencies(enabledCharts)
    }

    /// `getAliasDependency`: a copy of the matching subchart, renamed to the alias.
    private static func aliasedChart(_ charts: [Chart], _ request: ChartDependency) -> Chart? {
        for candidate in charts where candidate.name == request.name {
            guard VersionConstraint.isCompatible(constraint: request.version ?? "", version: candidate.metadata.version) else {
                continue
            }
            let copy = candidate.copyTree()
            if let alias = request.alias, !alias.isEmpty { copy.metadata.name = alias }
            return copy
        }
        return nil
    }

    /// `processDependencyTags`
    private static func applyTags(_ requests: inout [ChartDependency], _ values: GoMap, log: DiagnosticLog?) {
        guard let tags = try? ValuesTable.table(values, "tags") else { return }
        for index in requests.indices {
            var hasTrue = false
            var hasFalse = false
            for tag in requests[index].tags {
                guard let value = tags[tag] else { continue }
                if case .bool(let b) = value {
                    if b { hasTrue = true } else { hasFalse = true }
                } else {
                    log?.warn("returned non-bool value", [("tag", tag), ("chart", requests[index].name)])
                }
            }
            if !hasTrue && hasFalse {
                requests[index].enabled = false
            } else if hasTrue || (!hasTrue && !hasFalse) {
                requests[index].enabled = true
            }
        }
    }

    /// `processDependencyConditions`: the first condition path that resolves to a bool wins.
    private static func applyConditions(_ requests: inout [ChartDependency], _ values: GoMap, path: String,
                                        log: DiagnosticLog?) {
        for index in requests.indices {
            let condition = (requests[index].condition ?? "").trimmingSpaces
            for part in condition.split(separator: ",", omittingEmptySubsequences: false) where !part.isEmpty {
                guard let value = try? ValuesTable.pathValue(values, path + part) else { continue }
                if case .bool(let b) = value {
                    requests[index].enabled = b
                    break
                }
                log?.warn("returned non-bool value", [("path", String(part)), ("chart", requests[index].name)])
            }
        }
    }
}

extension Chart {
    /// Helm's `SetDependencies`.
    func setDependencies(_ charts: [Chart]) {
        dependencies = []
        for chart in charts { addDependency(chart) }
    }

    /// A copy of this chart and its subcharts (values maps shared, as Go's struct copy shares them).
    func copyTree() -> Chart {
        let copy = Chart(metadata: metadata, values: values, schema: schema, templates: templates, files: files,
                         crdFiles: crdFiles, raw: raw)
        for sub in dependencies { copy.addDependency(sub.copyTree()) }
        return copy
    }
}
