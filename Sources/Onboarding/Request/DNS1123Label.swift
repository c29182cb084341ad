/// Kubernetes' DNS-1123 label: at most 63 characters of `[a-z0-9-]`, starting and ending alphanumeric
/// (`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`). A tenant id becomes a namespace and a file name, so it must be one;
/// that also keeps it free of path separators.
enum DNS1123Label {
    static let maxLength = 63

    /// Why `text` is not a DNS-1123 label, or nil when it is one.
    static func violation(in text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last else { return "must not be empty" }
        if bytes.count > maxLength {
            return "must be at most \(maxLength) characters (has \(bytes.count))"
        }
        if let bad = bytes.first(where: { !isLowerAlphanumeric($0) && $0 != UInt8(ascii: "-") }) {
            return "must consist of lower case letters, digits and '-' (found \(describe(bad)))"
        }
        if !isLowerAlphanumeric(first) || !isLowerAlphanumeric(last) {
            return "must start and end with a lower case letter or digit"
        }
        return nil
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'" + String(UnicodeScalar(byte)) + "'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
