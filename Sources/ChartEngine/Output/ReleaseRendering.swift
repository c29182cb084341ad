/// What rendering a chart for a release produces, before it is printed: Helm's release manifest parts.
public struct ReleaseRendering: Sendable {
    /// CRD files from `crds/` of the chart and its subcharts (path as printed, raw content).
    public var crds: [RenderedFile]
    /// Plain manifests, in install order.
    public var manifests: [RenderedManifest]
    /// Hooks, in install order of kind.
    public var hooks: [RenderedHook]
    /// The rendered NOTES.txt of the top chart.
    public var notes: String
    /// Lines Helm logs to stderr while rendering (slog text format), e.g. skipped unknown hooks.
    public var logLines: [String]

    public init(crds: [RenderedFile], manifests: [RenderedManifest], hooks: [RenderedHook], notes: String,
                logLines: [String] = []) {
        self.crds = crds
        self.manifests = manifests
        self.hooks = hooks
        self.notes = notes
        self.logLines = logLines
    }
}

/// A file printed as it is (a CRD from `crds/`).
public struct RenderedFile: Equatable, Sendable {
    public var path: String
    public var content: String

    public init(path: String, content: String) {
        self.path = path
        self.content = content
    }
}
