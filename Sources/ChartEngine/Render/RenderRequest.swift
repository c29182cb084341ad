import GoTemplate

/// One rendering of a loaded chart: for which release, with which user values.
public struct RenderRequest {
    public var release: ReleaseOptions
    /// User-supplied values (`-f`, `--set`, … already merged), coalesced over the chart's defaults.
    public var values: GoMap
    /// `--skip-schema-validation`
    public var skipSchemaValidation: Bool
    /// Runs over the rendered manifests before they are sorted (`--post-renderer`).
    public var postRenderer: PostRenderer?
    /// `--debug`: Helm's DEBUG log lines join the log, and a failed render keeps what it produced.
    public var debug: Bool

    public init(release: ReleaseOptions = ReleaseOptions(), values: GoMap = GoMap(),
                skipSchemaValidation: Bool = false, postRenderer: PostRenderer? = nil, debug: Bool = false) {
        self.release = release
        self.values = values
        self.skipSchemaValidation = skipSchemaValidation
        self.postRenderer = postRenderer
        self.debug = debug
    }
}
