/// A step between rendering and sorting, as Helm's `postrenderer.PostRenderer`: it receives every
/// rendered manifest as one YAML stream (each document annotated with the file it came from) and
/// returns the stream to use instead. The CLI runs a `postrenderer/v1` plugin
/// (`PostRendererPlugin`); library users may pass any implementation, e.g. a closure.
public protocol PostRenderer {
    /// The name Helm's error messages use for this post-renderer.
    var name: String { get }
    func run(_ manifests: String, log: DiagnosticLog?) throws -> String
}

/// A post-renderer written in Swift.
public struct ClosurePostRenderer: PostRenderer {
    public let name: String
    private let body: (String) throws -> String

    public init(name: String = "closure", _ body: @escaping (String) throws -> String) {
        self.name = name
        self.body = body
    }

    public func run(_ manifests: String, log: DiagnosticLog?) throws -> String {
        try body(manifests)
    }
}
