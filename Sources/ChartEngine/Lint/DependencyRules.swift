/// Helm's `rules.Dependencies`: Chart.yaml's dependency list and the charts/ directory must agree.
/// Findings carry the chart's absolute directory as their path, as Helm's do.
enum DependencyRules {
    static func run(chartDirectory: String, into findings: inout LintFindings) {
        let chart: Chart
        do {
            chart = try ChartLoader.load(path: chartDirectory)
        } catch {
            findings.check(.error, "", "unable to load chart\n\t\(error)")
            return
        }
        let declared = chart.metadata.dependencies
        let declaredNames = Set(declared.map(\.name))
        let present = chart.dependencies.map(\.name)
        let presentNames = Set(present)

        let undeclared = present.filter { !declaredNames.contains($0) }
        findings.check(.error, chartDirectory, undeclared.isEmpty ? nil
            : "chart metadata is missing these dependencies: " + undeclared.joined(separator: ","))

        var seen = Set<String>()
        var shadowing: [String] = []
        for dependency in declared {
            let key = (dependency.alias?.isEmpty ?? true) ? dependency.name : (dependency.alias ?? dependency.name)
            if seen.contains(key) { shadowing.append(key) }
            seen.insert(key)
        }
        findings.check(.error, chartDirectory, shadowing.isEmpty ? nil
            : "multiple dependencies with name or alias: " + shadowing.joined(separator: ","))

        let missing = declared.map(\.name).filter { !presentNames.contains($0) }
        findings.check(.warning, chartDirectory, missing.isEmpty ? nil
            : "chart directory is missing these dependencies: " + missing.joined(separator: ","))
    }
}
