import GoTemplate

/// One rendering of a loaded chart: for which release, with which user values.
public struct RenderRequest {
    public var release: ReleaseOptions
    /// User-supplied values (`-f`, `--set`, … already merged), coalesced over the chart's defaults.
    public var values: GoMap
    /// `--skip-schema-validation`
    public var skipSchemaValidation: Bool

    public init(release: ReleaseOptions = ReleaseOptions(), values: GoMap = GoMap(),
                skipSchemaValidation: Bool = false) {
        self.release = release
        self.values = values
        self.skipSchemaValidation = skipSchemaValidation
    }
}
