import GoTemplate

extension ChartMetadata {
    /// The map Helm 4 exposes as `.Chart` (`MetadataAsMap`): Go field names as keys, every field present.
    public func asValue(isRoot: Bool) -> Value {
        let annotationMap = GoMap(annotations.mapValues { Value.string($0) }, typeName: "map[string]string",
                                  elementType: .string)
        let entries: [String: Value] = [
            "APIVersion": .string(apiVersion),
            "Annotations": .map(annotationMap),
            "AppVersion": .string(appVersion),
            "Condition": .string(condition),
            "Dependencies": .list(dependencies.map { $0.asValue() }),
            "Deprecated": .bool(deprecated),
            "Description": .string(description),
            "Home": .string(home),
            "Icon": .string(icon),
            "IsRoot": .bool(isRoot),
            "Keywords": .list(keywords.map { Value.string($0) }),
            "KubeVersion": .string(kubeVersion),
            "Maintainers": .list(maintainers.map { $0.asValue() }),
            "Name": .string(name),
            "Sources": .list(sources.map { Value.string($0) }),
            "Tags": .string(tags),
            "Type": .string(type),
            "Version": .string(version),
        ]
        return .map(GoMap(entries))
    }
}

extension ChartDependency {
    /// One element of `.Chart.Dependencies`.
    public func asValue() -> Value {
        .map([
            "Alias": .string(alias ?? ""),
            "Condition": .string(condition ?? ""),
            "Enabled": .bool(enabled),
            "ImportValues": .list(importValues),
            "Name": .string(name),
            "Repository": .string(repository ?? ""),
            "Tags": .list(tags.map { Value.string($0) }),
            "Version": .string(version ?? ""),
        ])
    }
}
