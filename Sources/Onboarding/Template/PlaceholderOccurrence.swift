/// A `{UPPER_CASE}` token (an upper-case letter, then upper-case letters, digits or `_`, in braces) and
/// the 1-based line it is on.
struct PlaceholderOccurrence: Equatable {
    var token: String
    var line: Int

    /// The first placeholder-shaped token in `text`, if any. Such a token left after substitution means
    /// the template expects a value the request does not provide (e.g. `{ENVIRONMENT_ID}`).
    static func first(in text: String) -> PlaceholderOccurrence? {
        let bytes = Array(text.utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
            } else if byte == UInt8(ascii: "{"), let end = placeholderEnd(in: bytes, openingAt: index) {
                let token = String(decoding: bytes[index...end], as: UTF8.self)
                return PlaceholderOccurrence(token: token, line: line)
            }
            index += 1
        }
        return nil
    }

    /// Index of the closing brace when `{` at `start` opens a placeholder.
    private static func placeholderEnd(in bytes: [UInt8], openingAt start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, isUpper(bytes[index]) else { return nil }
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "}") { return index }
            guard isUpper(byte) || isDigit(byte) || byte == UInt8(ascii: "_") else { return nil }
            index += 1
        }
        return nil
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
