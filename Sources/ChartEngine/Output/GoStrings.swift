import Foundation

/// Go `strings` helpers whose exact semantics the output depends on.
enum GoStrings {
    /// `strings.TrimSpace`: trims Unicode white space (Go's `unicode.IsSpace`) from both ends.
    static func trimSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isGoSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isGoSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// `strings.ReplaceAll(text, needle, "")`: byte-wise, as Go matches, and without a copy when
    /// `needle` does not occur (the usual case for rendered templates).
    static func removingAll(_ needle: String, from text: String) -> String {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return text }
        var text = text
        let removed: [UInt8]? = text.withUTF8 { bytes in
            var result: [UInt8] = []
            var found = false
            var copiedUpTo = 0
            var i = 0
            while i + pattern.count <= bytes.count {
                // memchr to the next candidate: rendered output is megabytes with few or no matches.
                guard let base = bytes.baseAddress,
                      let hit = memchr(base + i, Int32(first), bytes.count - pattern.count + 1 - i) else { break }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if pattern.indices.allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                    if !found { result.reserveCapacity(bytes.count) }
                    found = true
                    result.append(contentsOf: bytes[copiedUpTo..<i])
                    i += pattern.count
                    copiedUpTo = i
                } else {
                    i += 1
                }
            }
            guard found else { return nil }
            result.append(contentsOf: bytes[copiedUpTo...])
            return result
        }
        return removed.map { String(decoding: $0, as: UTF8.self) } ?? text
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
