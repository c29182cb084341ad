import GoTemplate

/// Go's `log/slog` text handler formatting of attribute values: quoted (Go `%q`) only when needed.
enum SlogText {
    static func value(_ text: String) -> String {
        needsQuoting(text) ? GoFormat.quote(text) : text
    }

    /// slog quotes empty strings and strings with spaces, `=`, `"`, control or non-printable characters.
    private static func needsQuoting(_ text: String) -> Bool {
        if text.isEmpty { return true }
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "=" || scalar == "\"" { return true }
            if scalar.value < 0x20 || scalar.value == 0x7F { return true }
            if scalar.value >= 0x80 && (scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format) { return true }
        }
        return false
    }
}
