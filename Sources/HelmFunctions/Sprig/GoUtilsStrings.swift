import GoTemplate

/// Ports of the Masterminds/goutils v1.1.1 helpers behind Sprig's `abbrev`, `abbrevboth`, `wrap`,
/// `wrapWith`, `initials`, `swapcase`, `untitle` and `nospace`. goutils indexes strings by byte and turns
/// single bytes into runes in places; that is kept, as Helm's output carries it.
enum GoUtilsStrings {
    /// `AbbreviateFull`; nil where goutils returns an error (Sprig then prints "").
    /// Byte offsets, so the result may cut a character (a Go string that is not UTF-8).
    static func abbreviate(_ str: [UInt8], offset offsetIn: Int, maxWidth: Int) -> [UInt8]? {
        if str.isEmpty { return [] }
        if maxWidth < 4 { return nil }
        let length = str.count
        if length <= maxWidth { return str }
        var offset = offsetIn
        if offset > length { offset = length }
        // Go's int arithmetic wraps here for absurd offsets; so does ours.
        if length &- offset < maxWidth - 3 { offset = length - (maxWidth - 3) }
        let marker: [UInt8] = Array("...".utf8)
        if offset <= 4 {
            return (byteSlice(str, 0, maxWidth - 3) ?? []) + marker
        }
        if maxWidth < 7 { return nil }
        if offset + maxWidth - 3 < length {
            let tail = byteSlice(str, offset, length) ?? []
            return marker + (abbreviate(tail, offset: 0, maxWidth: maxWidth - 3) ?? [])
        }
        return marker + (byteSlice(str, length - (maxWidth - 3), length) ?? [])
    }

    /// Go's `s[from:to]`; nil where Go would panic.
    private static func byteSlice(_ s: [UInt8], _ from: Int, _ to: Int) -> [UInt8]? {
        guard from >= 0, to >= from, to <= s.count else { return nil }
        return Array(s[from..<to])
    }

    /// `WrapCustom`: breaks at the last space before `wrapLength` bytes; long words are cut only when
    /// `wrapLongWords`.
    static func wrap(_ b: [UInt8], _ wrapLengthIn: Int, newLine newLineIn: [UInt8], wrapLongWords: Bool) -> [UInt8] {
        if b.isEmpty { return [] }
        let nl = newLineIn.isEmpty ? [0x0A] : newLineIn
        let wrapLength = Swift.max(wrapLengthIn, 1)
        let space = UInt8(ascii: " ")
        var offset = 0
        var out: [UInt8] = []
        while b.count - offset > wrapLength {
            if b[offset] == space { offset += 1; continue }
            let end = wrapLength + offset + 1
            var spaceToWrapAt = -1
            if let idx = b[offset..<Swift.min(end, b.count)].lastIndex(of: space) { spaceToWrapAt = idx }
            if spaceToWrapAt >= offset {
                out += b[offset..<spaceToWrapAt]
                out += nl
                offset = spaceToWrapAt + 1
            } else if wrapLongWords {
                let cut = wrapLength + offset
                out += b[offset..<cut]
                out += nl
                offset += wrapLength
            } else {
                let from = wrapLength + offset
                if let idx = b[from...].firstIndex(of: space) {
                    out += b[offset..<idx]
                    out += nl
                    offset = idx + 1
                } else {
                    out += b[offset...]
                    offset = b.count
                }
            }
        }
        if offset < b.count { out += b[offset...] }
        return out
    }

    /// `Initials`: the first byte of each whitespace-separated word, each byte written as a rune.
    static func initials(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var lastWasGap = true
        for byte in bytes {
            let ch = Unicode.Scalar(byte)
            if GoUnicode.isSpace(ch) {
                lastWasGap = true
            } else if lastWasGap {
                out.append(ch)
                lastWasGap = false
            }
        }
        return String(out)
    }

    /// `DeleteWhiteSpace`: byte-wise; when something is removed, the kept bytes are written as runes.
    static func deleteWhiteSpace(_ str: String) -> String {
        let (text, removed) = deleteWhiteSpaceBytes(Array(str.utf8))
        return removed ? text : str
    }

    /// `DeleteWhiteSpace` on a string that is not UTF-8: unchanged when nothing is removed.
    static func deleteWhiteSpace(bytes: [UInt8]) -> Value {
        let (text, removed) = deleteWhiteSpaceBytes(bytes)
        return removed ? .string(text) : Value.goString(bytes)
    }

    private static func deleteWhiteSpaceBytes(_ bytes: [UInt8]) -> (String, removed: Bool) {
        var out = String.UnicodeScalarView()
        var removed = false
        for byte in bytes {
            let ch = Unicode.Scalar(byte)
            if GoUnicode.isSpace(ch) { removed = true } else { out.append(ch) }
        }
        return (String(out), removed)
    }

    /// `SwapCase`: upper/title → lower; lower → title after whitespace (or at the start), else upper.
    static func swapCase(_ str: String) -> String {
        var whitespace = true
        return GoUnicode.mapScalars(str) { ch in
            if GoUnicode.isUpper(ch) || GoUnicode.isTitle(ch) {
                whitespace = false
                return GoUnicode.toLower(ch)
            }
            if GoUnicode.isLower(ch) {
                if whitespace { whitespace = false; return GoUnicode.toTitle(ch) }
                return GoUnicode.toUpper(ch)
            }
            whitespace = GoUnicode.isSpace(ch)
            return ch
        }
    }

    /// `Uncapitalize`: lowers the first rune of each whitespace-separated word.
    static func uncapitalize(_ str: String) -> String {
        var next = true
        return GoUnicode.mapScalars(str) { ch in
            if GoUnicode.isSpace(ch) { next = true; return ch }
            if next { next = false; return GoUnicode.toLower(ch) }
            return ch
        }
    }
}
