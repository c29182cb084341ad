import GoTemplate

/// Collects the warnings Helm logs while preparing values (`level=INFO msg="warning: …"`), in the
/// order Helm emits them, so the CLI can print them to stderr like Helm's slog text handler.
public final class DiagnosticLog {
    public enum Level: String {
        case info = "INFO"
        case warn = "WARN"
        case debug = "DEBUG"
        case error = "ERROR"
    }

    public struct Entry {
        public var level: Level
        public var message: String
        /// Extra slog attributes, in order (`chart=sub`, `error="…"`).
        public var attributes: [(key: String, value: String)]

        /// The line as slog's text handler prints it (without the time).
        public var formatted: String {
            var line = "level=\(level.rawValue) msg=\(DiagnosticLog.slogQuote(message))"
            for attribute in attributes {
                line += " \(attribute.key)=\(DiagnosticLog.slogQuote(attribute.value))"
            }
            return line
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    func removeAll() {
        entries.removeAll()
    }

    func info(_ message: String, _ attributes: [(key: String, value: String)] = []) {
        entries.append(Entry(level: .info, message: message, attributes: attributes))
    }

    /// Helm's `slog.Debug` lines, printed only with `--debug`.
    public func debug(_ message: String, _ attributes: [(key: String, value: String)] = []) {
        entries.append(Entry(level: .debug, message: message, attributes: attributes))
    }

    public func info(_ message: String, attributes: [(key: String, value: String)]) {
        info(message, attributes)
    }

    /// The lines as slog's text handler prints them, DEBUG lines only when `debug` is on.
    public func lines(debug: Bool) -> [String] {
        entries.filter { debug || $0.level != .debug }.map(\.formatted)
    }

    func warn(_ message: String, _ attributes: [(key: String, value: String)] = []) {
        entries.append(Entry(level: .warn, message: message, attributes: attributes))
    }

    func error(_ message: String, _ attributes: [(key: String, value: String)] = []) {
        entries.append(Entry(level: .error, message: message, attributes: attributes))
    }

    /// slog quotes a value when it is empty or has spaces, quotes, `=` or non-printable characters.
    static func slogQuote(_ s: String) -> String {
        let needsQuote = s.isEmpty || s.unicodeScalars.contains { c in
            c == " " || c == "\"" || c == "=" || c.value < 0x21 || c.value == 0x7f
        }
        return needsQuote ? GoFormat.quote(s) : s
    }
}
