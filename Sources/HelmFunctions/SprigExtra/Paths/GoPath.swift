/// Go's `path` package (slash-separated paths). On Linux `path/filepath` behaves identically, so the
/// `os…` functions use it too.
enum GoPath {
    /// `path.Clean`: the shortest equivalent path, lexically.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let bytes = Array(path.utf8)
        let rooted = bytes[0] == 0x2F
        var out: [UInt8] = rooted ? [0x2F] : []
        var r = rooted ? 1 : 0
        var dotdot = out.count  // where `..` can no longer backtrack
        let n = bytes.count
        while r < n {
            if bytes[r] == 0x2F {
                r += 1
            } else if bytes[r] == 0x2E && (r + 1 == n || bytes[r + 1] == 0x2F) {
                r += 1
            } else if bytes[r] == 0x2E && bytes[r + 1] == 0x2E && (r + 2 == n || bytes[r + 2] == 0x2F) {
                r += 2
                if out.count > dotdot {
                    // Back up to the previous slash, dropping it too.
                    var w = out.count - 1
                    while w > dotdot && out[w] != 0x2F { w -= 1 }
                    out.removeLast(out.count - w)
                } else if !rooted {
                    if !out.isEmpty { out.append(0x2F) }
                    out += [0x2E, 0x2E]
                    dotdot = out.count
                }
            } else {
                if (rooted && out.count != 1) || (!rooted && !out.isEmpty) { out.append(0x2F) }
                while r < n && bytes[r] != 0x2F {
                    out.append(bytes[r])
                    r += 1
                }
            }
        }
        if out.isEmpty { return "." }
        return String(decoding: out, as: UTF8.self)
    }

    /// `path.Base`: the last element, trailing slashes removed; `.` for empty, `/` for only slashes.
    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var bytes = Array(path.utf8)
        while bytes.count > 0 && bytes[bytes.count - 1] == 0x2F { bytes.removeLast() }
        if let slash = bytes.lastIndex(of: 0x2F) { bytes = Array(bytes[(slash + 1)...]) }
        if bytes.isEmpty { return "/" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `path.Dir`: everything up to the last slash, cleaned.
    static func dir(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let cut = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
        return clean(String(decoding: bytes[0..<cut], as: UTF8.self))
    }

    /// `path.Ext`: from the last dot of the final element, or "".
    static func ext(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var i = bytes.count - 1
        while i >= 0 && bytes[i] != 0x2F {
            if bytes[i] == 0x2E { return String(decoding: bytes[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }

    static func isAbs(_ path: String) -> Bool { path.hasPrefix("/") }
}
