import GoTemplate

/// One entry of Chart.yaml's `maintainers` (Helm's `chart.Maintainer`).
public struct ChartMaintainer {
    public var name: String?
    public var email: String?
    public var url: String?

    public init(name: String? = nil, email: String? = nil, url: String? = nil) {
        self.name = name
        self.email = email
        self.url = url
    }

    /// The struct as templates see it: Go prints `*chart.Maintainer` fields by their Go names.
    public func asValue() -> Value {
        .map(["Name": .string(name ?? ""), "Email": .string(email ?? ""), "URL": .string(url ?? "")])
    }
}
