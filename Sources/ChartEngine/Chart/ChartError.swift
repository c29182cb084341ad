/// An error loading or preparing a chart, with Helm's message text.
public struct ChartError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
