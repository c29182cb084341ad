/// A failure of `helm template`, printed as Helm prints it.
public struct RenderError: Error, CustomStringConvertible {
    /// The text after `Error: `.
    public var message: String
    /// Helm adds "Use --debug flag to render out invalid YAML" once a release object exists, i.e. for
    /// failures while rendering templates or sorting the output.
    public var suggestsDebugFlag: Bool
    /// Lines Helm logs to stderr before the error (its slog output).
    public var logLines: [String]
    /// What Helm's release manifest held when the failure came (it prints it with `--debug`): the
    /// rendered files when the output did not parse, else nothing.
    public var partialManifest: String

    public init(_ message: String, suggestsDebugFlag: Bool = false, logLines: [String] = [], partialManifest: String = "") {
        self.message = message
        self.suggestsDebugFlag = suggestsDebugFlag
        self.logLines = logLines
        self.partialManifest = partialManifest
    }

    public var description: String { message }

    /// Everything Helm writes to stderr for this failure.
    public var stderrText: String { stderrText(debug: false) }

    /// With `--debug` Helm prints the partial manifest instead of suggesting the flag.
    public func stderrText(debug: Bool) -> String {
        logText + errorText(debug: debug)
    }

    /// The lines Helm logged while rendering, before anything reached stdout.
    var logText: String { logLines.map { $0 + "\n" }.joined() }

    /// What Helm prints when the command returns the error, after stdout.
    func errorText(debug: Bool) -> String {
        var text = "Error: " + message
        if suggestsDebugFlag && !debug { text += "\n\nUse --debug flag to render out invalid YAML" }
        return text + "\n"
    }
}
