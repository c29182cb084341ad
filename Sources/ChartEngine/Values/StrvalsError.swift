/// An error from parsing a `--set`-style line, with Helm's message text.
public struct StrvalsError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Internal control flow of the strvals parser: Go's `io.EOF` sentinel, "not a list", or a real error.
enum StrvalsSignal: Error {
    case endOfInput
    case notList
    case failure(String)

    var message: String {
        switch self {
        case .endOfInput: return "EOF"
        case .notList: return "not a list"
        case .failure(let m): return m
        }
    }
}
