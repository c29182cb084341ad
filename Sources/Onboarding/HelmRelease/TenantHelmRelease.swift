import GoTemplate

/// What Flux needs from a tenant file's HelmRelease to render the tenant: the release name, the target
/// namespace, the chart and its values.
struct TenantHelmRelease {
    var name: String
    var releaseName: String
    var namespace: String
    var chartName: String
    /// `spec.chart.spec.version` (e.g. `"0.0.x"`), when set.
    var chartVersion: String?
    var values: GoMap

    static let kind = "HelmRelease"

    /// Finds the single HelmRelease among `documents` (the parsed tenant file, named `file` in errors).
    ///
    /// Defaults follow Flux's helm-controller: the release name is `spec.releaseName`, else
    /// `[<targetNamespace>-]<metadata.name>`; the namespace is `spec.targetNamespace`, else the
    /// HelmRelease's own namespace.
    init(documents: [Value], file: String) throws {
        func failure(_ reason: String) -> OnboardingError { .invalidHelmRelease(file: file, reason: reason) }

        let releases = documents.compactMap(\.mapValue).filter { $0["kind"]?.stringValue == Self.kind }
        guard let release = releases.first else { throw failure("no HelmRelease document") }
        guard releases.count == 1 else { throw failure("\(releases.count) HelmRelease documents, expected one") }

        guard let metadata = release["metadata"]?.mapValue else { throw failure("HelmRelease has no metadata") }
        guard let name = Self.nonEmptyString(metadata["name"]) else {
            throw failure("HelmRelease has no metadata.name")
        }
        guard let spec = release["spec"]?.mapValue else { throw failure("HelmRelease \(name) has no spec") }
        guard let chartName = Self.nonEmptyString(spec["chart"]?.mapValue?["spec"]?.mapValue?["chart"]) else {
            throw failure("HelmRelease \(name) has no spec.chart.spec.chart")
        }
        if spec["valuesFrom"].map({ !$0.isNil }) == true {
            throw failure("HelmRelease \(name) uses spec.valuesFrom, which is not supported (values must be inline)")
        }

        let values: GoMap
        switch spec["values"] {
        case nil, .null?, .invalid?: values = GoMap()
        case .map(let map)?: values = map
        case let other?: throw failure("HelmRelease \(name) spec.values is a \(other.goKindName), expected a map")
        }

        let targetNamespace = Self.nonEmptyString(spec["targetNamespace"])
        self.name = name
        self.releaseName = Self.nonEmptyString(spec["releaseName"])
            ?? targetNamespace.map { "\($0)-\(name)" } ?? name
        self.namespace = targetNamespace ?? Self.nonEmptyString(metadata["namespace"]) ?? "default"
        self.chartName = chartName
        self.chartVersion = Self.nonEmptyString(spec["chart"]?.mapValue?["spec"]?.mapValue?["version"])
        self.values = values
    }

    private static func nonEmptyString(_ value: Value?) -> String? {
        guard let text = value?.stringValue, !text.isEmpty else { return nil }
        return text
    }
}
