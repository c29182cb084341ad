import GoTemplate

/// libyaml writes indentation before the closing quote of a single-quoted scalar that ends in a line
/// break character (U+0085, U+2028, U+2029); go-yaml v2's port of its emitter does not. Only plain
/// requests can end up single-quoted, so only those scalars are affected, and the fix must not touch a
/// literal block, where libyaml and go-yaml both indent after such a break.
///
/// To find exactly those closing quotes in libyaml's output, each affected scalar is emitted with a
/// marker character appended (a private-use character that occurs in no string of the value). The
/// marker is printable and not a break, space or indicator, so libyaml chooses the same style and
/// folds the same way; it then sits right before the closing quote, after the indentation to remove
/// (single-quoted) or after an escape such as `\L` (double-quoted, nothing to remove).
struct ClosingQuoteIndentation {
    /// The marker's UTF-8 bytes: U+E000 + k is `EE 80 (80 + k)`.
    let marker: [UInt8]

    /// A plain request for text ending in U+0085, U+2028 or U+2029.
    static func affects(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        if n >= 2 && s[n - 2] == 0xC2 && s[n - 1] == 0x85 { return true }
        return n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 && (s[n - 1] == 0xA8 || s[n - 1] == 0xA9)
    }

    /// A marker in U+E000...U+E03F that no string (or key) of `v` contains; nil if all 64 occur.
    static func unused(in v: Value) throws -> ClosingQuoteIndentation? {
        var seen: UInt64 = 0
        try collect(v, into: &seen)
        guard seen != UInt64.max else { return nil }
        let k = UInt8(truncatingIfNeeded: (~seen).trailingZeroBitCount)
        return ClosingQuoteIndentation(marker: [0xEE, 0x80, 0x80 | k])
    }

    private static func collect(_ v: Value, into seen: inout UInt64) throws {
        switch v {
        case .string(let s): note(s, &seen)
        case .rawString(let bytes): bytes.withUnsafeBufferPointer { note($0, &seen) }
        case .list(let list): for element in list.elements { try collect(element, into: &seen) }
        case .map(let map):
            for (key, value) in map.entries {
                note(key, &seen)
                try collect(value, into: &seen)
            }
        case .object(let object):
            if let marshalable = object as? GoMarshalable { try collect(try marshalable.marshalValue(), into: &seen) }
        default: break
        }
    }

    private static func note(_ s: String, _ seen: inout UInt64) {
        var s = s
        s.withUTF8 { note($0, &seen) }
    }

    private static func note(_ s: UnsafeBufferPointer<UInt8>, _ seen: inout UInt64) {
        var i = 0
        while i + 2 < s.count {
            if s[i] == 0xEE && s[i + 1] == 0x80 && s[i + 2] & 0xC0 == 0x80 {
                seen |= UInt64(1) << UInt64(s[i + 2] & 0x3F)
            }
            i += 1
        }
    }

    /// `s` with the marker appended, to emit in its place.
    func marked(_ s: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Array(s) + marker
    }

    /// libyaml's output with every marker removed, and with it the spaces between a line break
    /// character and the marker (the indentation go-yaml does not write before the closing quote).
    func removed(from output: [UInt8]) -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(output.count)
        var i = 0
        while i < output.count {
            if i + 2 < output.count && output[i] == marker[0] && output[i + 1] == marker[1] && output[i + 2] == marker[2] {
                var spaces = 0
                while spaces < result.count && result[result.count - 1 - spaces] == 0x20 { spaces += 1 }
                if spaces > 0 && Self.endsInBreak(result.dropLast(spaces)) { result.removeLast(spaces) }
                i += 3
                continue
            }
            result.append(output[i])
            i += 1
        }
        return result
    }

    private static func endsInBreak(_ s: ArraySlice<UInt8>) -> Bool {
        guard let last = s.last else { return false }
        let n = s.endIndex
        if last == 0x85 { return n - 2 >= s.startIndex && s[n - 2] == 0xC2 }
        guard last == 0xA8 || last == 0xA9, n - 3 >= s.startIndex else { return false }
        return s[n - 3] == 0xE2 && s[n - 2] == 0x80
    }
}
