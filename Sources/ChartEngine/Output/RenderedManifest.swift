/// One YAML document of the rendered output, as Helm's `releaseutil.Manifest` keeps it.
public struct RenderedManifest: Equatable, Sendable {
    /// The template's path, as printed after `# Source:` (`mychart/templates/deploy.yaml`).
    public var path: String
    /// The document text, space-trimmed, without the `---` separator.
    public var content: String
    /// `kind` of the document; empty when it has none (a comment-only document).
    public var kind: String
    /// `metadata.name`; empty when it has none.
    public var name: String

    public init(path: String, content: String, kind: String, name: String) {
        self.path = path
        self.content = content
        self.kind = kind
        self.name = name
    }
}
