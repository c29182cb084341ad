/// A failure of `helm template`, printed as Helm prints it.
public struct RenderError: Error, CustomStringConvertible {
    /// The text after `Error: `.
    public var message: String
    /// Helm adds "Use --debug flag to render out invalid YAML" once a release object exists, i.e. for
    /// failures while rendering templates or sorting the output.
    public var suggestsDebugFlag: Bool
    /// Lines Helm logs to stderr before the error (its slog output).
    public var logLines: [String]

    public init(_ message: String, suggestsDebugFlag: Bool = false, logLines: [String] = []) {
        self.message = message
        self.suggestsDebugFlag = suggestsDebugFlag
        self.logLines = logLines
    }

    public var description: String { message }

    /// Everything Helm writes to stderr for this failure.
    public var stderrText: String {
        var text = logLines.map { $0 + "\n" }.joined()
        text += "Error: " + message
        if suggestsDebugFlag { text += "\n\nUse --debug flag to render out invalid YAML" }
        return text + "\n"
    }
}
