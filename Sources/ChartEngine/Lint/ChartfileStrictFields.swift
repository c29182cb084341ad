import GoTemplate

/// The part of Helm's `StrictLoadChartfile` lint reports: a Chart.yaml key that `chart.Metadata` has no
/// field for. sigs.k8s.io/yaml hands encoding/json an object with sorted keys, and Go matches field
/// names case-insensitively, so the first unknown key in sorted order (depth first) is the one named.
enum ChartfileStrictFields {
    private static let metadataFields: Set<String> = [
        "name", "home", "sources", "version", "description", "keywords", "maintainers", "icon", "apiversion",
        "condition", "tags", "appversion", "deprecated", "annotations", "kubeversion", "dependencies", "type",
    ]
    private static let maintainerFields: Set<String> = ["name", "email", "url"]
    private static let dependencyFields: Set<String> = [
        "name", "version", "repository", "condition", "tags", "enabled", "import-values", "alias",
    ]

    static func firstUnknownField(_ document: Value) -> String? {
        guard case .map(let fields) = document else { return nil }
        for key in fields.sortedKeys {
            let lower = key.lowercased()
            guard metadataFields.contains(lower) else { return key }
            guard case .list(let items)? = fields[key] else { continue }
            let nested: Set<String>
            switch lower {
            case "maintainers": nested = maintainerFields
            case "dependencies": nested = dependencyFields
            default: continue
            }
            for item in items.elements {
                guard case .map(let entry) = item else { continue }
                if let unknown = entry.sortedKeys.first(where: { !nested.contains($0.lowercased()) }) { return unknown }
            }
        }
        return nil
    }
}
