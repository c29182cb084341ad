/// An error reading or writing YAML/JSON, with Helm's exact message text.
///
/// `message` is what Helm prints after its own context prefix (for values files Helm adds
/// `cannot load values.yaml: ` or `failed to parse <file>: `). `line`/`column` are 1-based and only
/// informative: Go's messages embed the line themselves (`yaml: line 3: ...`), sometimes off by one,
/// and the message text is kept exactly as Go writes it.
public struct YAMLError: Error, CustomStringConvertible {
    public var message: String
    public var file: String?
    public var line: Int?
    public var column: Int?

    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { message }
}
