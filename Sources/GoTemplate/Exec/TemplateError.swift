/// A parse or execution error, with Go's `Error()` text as `description`.
public struct TemplateError: Error, CustomStringConvertible {
    public enum Kind { case parse, execution }
    public var kind: Kind
    /// Template (file) that contains the failing node (Go's ParseName).
    public var templateName: String
    public var line: Int
    /// 0-based byte column in the line, as Go prints it; 0 for parse errors (Go reports only the line).
    public var column: Int
    /// Template being executed (execution errors only).
    public var executing: String?
    /// Go's node text, as in `at <.Values.x.y>` (execution errors only).
    public var node: String?
    /// The cause.
    public var message: String
    /// The error a function call returned, when this error is `error calling NAME: ...` (e.g. the
    /// TemplateError of an `include`d template), so callers can walk nested errors.
    public var underlying: Error?

    public init(kind: Kind, templateName: String, line: Int, column: Int, executing: String? = nil,
                node: String? = nil, message: String, underlying: Error? = nil) {
        self.kind = kind
        self.templateName = templateName
        self.line = line
        self.column = column
        self.executing = executing
        self.node = node
        self.message = message
        self.underlying = underlying
    }

    /// Go's Error() text:
    /// `template: NAME:LINE: MSG` (parse) or
    /// `template: NAME:LINE:COL: executing "T" at <NODE>: MSG` (execution).
    public var description: String {
        switch kind {
        case .parse:
            return "template: \(templateName):\(line): \(message)"
        case .execution:
            if let node = node {
                return "template: \(templateName):\(line):\(column): executing \(GoFormat.quote(executing ?? templateName)) at <\(node)>: \(message)"
            }
            // No node: Go's state.errorf without a position, or ExecuteTemplate's lookup failure.
            guard let name = executing else { return "template: \(message)" }
            return "template: \(name): \(message)"
        }
    }
}
