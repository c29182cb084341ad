/// The `helm template` flags that shape the printed output.
public struct TemplateOutputOptions: Sendable {
    /// `--include-crds`
    public var includeCRDs = false
    /// `--no-hooks`
    public var disableHooks = false
    /// `--skip-tests`
    public var skipTests = false
    /// `-s/--show-only` patterns (Go `filepath.Match` globs on the path below the chart name).
    public var showOnly: [String] = []
    /// `--output-dir`
    public var outputDirectory: String?
    /// `--release-name`: put files under `<output-dir>/<release name>`.
    public var useReleaseName = false
    public var releaseName = "release-name"

    public init() {}
}
