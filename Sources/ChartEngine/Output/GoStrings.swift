/// Go `strings` helpers whose exact semantics the output depends on.
enum GoStrings {
    /// `strings.TrimSpace`: trims Unicode white space (Go's `unicode.IsSpace`) from both ends.
    static func trimSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isGoSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isGoSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Go's `unicode.IsSpace`.
    static func isGoSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
