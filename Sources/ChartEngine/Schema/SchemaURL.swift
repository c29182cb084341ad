import GoTemplate

/// The part of Go's `net/url` that jsonschema v6 uses to place schemas: `url.Parse` (with its error
/// texts), `ResolveReference` and `String`, plus the fragment and JSON-pointer helpers of its util.go.
struct SchemaURL {
    struct ParseError: Error {
        /// Go's `*url.Error` text: `parse "x": first path segment in URL cannot contain colon`.
        var message: String
    }

    var scheme = ""
    var opaque = ""
    var user: String?
    var host = ""
    /// The path as written (escaped form).
    var escapedPath = ""
    var rawQuery = ""
    var forceQuery = false
    var omitHost = false

    var isAbsolute: Bool { !scheme.isEmpty }

    /// `URL.RawPath`: the written path when it differs from the default encoding of the decoded one.
    var rawPath: String {
        SchemaURL.escape(path, segment: false) == escapedPath ? "" : escapedPath
    }

    /// The decoded path (`URL.Path`), as the file loader opens it.
    var path: String { (try? Self.unescape(escapedPath, host: false)) ?? escapedPath }

    /// `url.Parse` of a reference with no fragment.
    static func parse(_ raw: String) throws -> SchemaURL {
        func fail(_ reason: String) -> ParseError {
            ParseError(message: "parse \(GoFormat.quote(raw)): \(reason)")
        }
        if raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw fail("net/url: invalid control character in URL")
        }
        var url = SchemaURL()
        var rest = Substring(raw)
        // Scheme.
        var i = rest.startIndex
        schemeScan: while i < rest.endIndex {
            let c = rest[i]
            switch c {
            case "a"..."z", "A"..."Z":
                break
            case "0"..."9", "+", "-", ".":
                if i == rest.startIndex { break schemeScan }
            case ":":
                if i == rest.startIndex { throw fail("missing protocol scheme") }
                url.scheme = rest[..<i].lowercased()
                rest = rest[rest.index(after: i)...]
                break schemeScan
            default:
                break schemeScan
            }
            i = rest.index(after: i)
        }
        if rest.hasSuffix("?") && rest.filter({ $0 == "?" }).count == 1 {
            url.forceQuery = true
            rest = rest.dropLast()
        } else if let q = rest.firstIndex(of: "?") {
            url.rawQuery = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        if !rest.hasPrefix("/") {
            if !url.scheme.isEmpty {
                url.opaque = String(rest)
                return url
            }
            let segment = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if segment.contains(":") { throw fail("first path segment in URL cannot contain colon") }
        }
        if rest.hasPrefix("//") && (!url.scheme.isEmpty || !rest.hasPrefix("///")) {
            var authority = rest.dropFirst(2)
            rest = ""
            if let slash = authority.firstIndex(of: "/") {
                rest = authority[slash...]
                authority = authority[..<slash]
            }
            var hostPart = authority
            if let at = authority.lastIndex(of: "@") {
                url.user = String(authority[..<at])
                hostPart = authority[authority.index(after: at)...]
            }
            do {
                url.host = try parseHost(String(hostPart))
            } catch let error as ParseError {
                throw fail(error.message)
            }
        } else if !url.scheme.isEmpty && rest.hasPrefix("/") {
            url.omitHost = true
        }
        do {
            _ = try unescape(String(rest), host: false)
        } catch let error as ParseError {
            throw fail(error.message)
        }
        url.escapedPath = String(rest)
        return url
    }

    private static func parseHost(_ host: String) throws -> String {
        if host.hasPrefix("[") {
            guard let close = host.lastIndex(of: "]") else { throw ParseError(message: "missing ']' in host") }
            let colonPort = String(host[host.index(after: close)...])
            if !validOptionalPort(colonPort) {
                throw ParseError(message: "invalid port \(GoFormat.quote(colonPort)) after host")
            }
        } else if let colon = host.lastIndex(of: ":") {
            let colonPort = String(host[colon...])
            if !validOptionalPort(colonPort) {
                throw ParseError(message: "invalid port \(GoFormat.quote(colonPort)) after host")
            }
        }
        return try unescape(host, host: true)
    }

    private static func validOptionalPort(_ port: String) -> Bool {
        if port.isEmpty { return true }
        guard port.hasPrefix(":") else { return false }
        return port.utf8.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Go's `unescape`: `%XX` decoded, a malformed escape an error, and in a host the characters Go
    /// refuses there.
    static func unescape(_ s: String, host: Bool) throws -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, let h = hexValue(bytes[i + 1]), let l = hexValue(bytes[i + 2]) else {
                    let end = min(i + 3, bytes.count)
                    let bad = String(decoding: bytes[i..<end], as: UTF8.self)
                    throw ParseError(message: "invalid URL escape \(GoFormat.quote(bad))")
                }
                out.append(h << 4 | l)
                i += 3
                continue
            }
            if host && c < 0x80 && shouldEscapeInHost(c) {
                let bad = String(decoding: [c], as: UTF8.self)
                throw ParseError(message: "invalid character \(GoFormat.quote(bad)) in host name")
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    private static func isUnreserved(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "~")
    }

    private static func shouldEscapeInHost(_ c: UInt8) -> Bool {
        if isUnreserved(c) { return false }
        return !"!$&'()*+,;=:[]<>\"".utf8.contains(c)
    }

    /// Go's `shouldEscape` for `encodePath` (`segment` false) and `encodePathSegment` (true).
    private static func shouldEscapeInPath(_ c: UInt8, segment: Bool) -> Bool {
        if isUnreserved(c) { return false }
        if "$&+,/:;=?@".utf8.contains(c) {
            if segment { return c == UInt8(ascii: "/") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "?") }
            return c == UInt8(ascii: "?")
        }
        return true
    }

    private static func escape(_ s: String, segment: Bool) -> String {
        var out = ""
        for c in s.utf8 {
            if shouldEscapeInPath(c, segment: segment) {
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(c >> 4)], hex[Int(c & 15)]], as: UTF8.self)
            } else {
                out.unicodeScalars.append(Unicode.Scalar(c))
            }
        }
        return out
    }

    /// `EscapedPath`: the written path when it is a valid encoding, else the decoded path re-escaped.
    private var goEscapedPath: String {
        let valid = escapedPath.utf8.allSatisfy { c in
            "!$&'()*+,;=:@[]%".utf8.contains(c) || !SchemaURL.shouldEscapeInPath(c, segment: false)
        }
        if valid, (try? SchemaURL.unescape(escapedPath, host: false)) != nil { return escapedPath }
        return SchemaURL.escape(path, segment: false)
    }

    /// `URL.ResolveReference`, plus jsonschema's fix that keeps an opaque base for relative references.
    func resolving(_ ref: SchemaURL) -> SchemaURL {
        var url = ref
        if ref.scheme.isEmpty { url.scheme = scheme }
        if !ref.scheme.isEmpty || !ref.host.isEmpty || ref.user != nil {
            url.escapedPath = SchemaURL.resolvePath(ref.goEscapedPath, "")
        } else if !ref.opaque.isEmpty {
            url.user = nil
            url.host = ""
            url.escapedPath = ""
        } else {
            if ref.escapedPath.isEmpty && !ref.forceQuery && ref.rawQuery.isEmpty {
                url.rawQuery = rawQuery
            }
            if ref.escapedPath.isEmpty && !opaque.isEmpty {
                url.opaque = opaque
                url.user = nil
                url.host = ""
                url.escapedPath = ""
            } else {
                url.host = host
                url.user = user
                url.omitHost = omitHost
                url.escapedPath = SchemaURL.resolvePath(goEscapedPath, ref.goEscapedPath)
            }
        }
        if !ref.isAbsolute && !opaque.isEmpty { url.opaque = opaque }
        return url
    }

    /// Go's `resolvePath`: merges and removes dot segments; the result starts with `/`.
    private static func resolvePath(_ base: String, _ ref: String) -> String {
        let full: String
        if ref.isEmpty {
            full = base
        } else if !ref.hasPrefix("/") {
            if let slash = base.lastIndex(of: "/") {
                full = String(base[...slash]) + ref
            } else {
                full = ref
            }
        } else {
            full = ref
        }
        if full.isEmpty { return "" }
        var dst = "/"
        var first = true
        var elem = Substring("")
        var remaining = Substring(full)
        var found = true
        while found {
            if let slash = remaining.firstIndex(of: "/") {
                elem = remaining[..<slash]
                remaining = remaining[remaining.index(after: slash)...]
            } else {
                elem = remaining
                remaining = ""
                found = false
            }
            if elem == "." {
                first = false
                continue
            }
            if elem == ".." {
                let str = dst.dropFirst()
                dst = "/"
                if let index = str.lastIndex(of: "/") {
                    dst += str[..<index]
                } else {
                    first = true
                }
            } else {
                if !first { dst += "/" }
                dst += elem
                first = false
            }
        }
        if elem == "." || elem == ".." { dst += "/" }
        if dst.utf8.count > 1, dst.dropFirst().hasPrefix("/") { dst.removeFirst() }
        return dst
    }

    /// `URL.String`.
    var string: String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !(omitHost && host.isEmpty && user == nil) {
                    if !host.isEmpty || !escapedPath.isEmpty || user != nil { out += "//" }
                    if let user { out += user + "@" }
                    out += host
                }
            }
            let p = goEscapedPath
            if !p.isEmpty && !p.hasPrefix("/") && !host.isEmpty { out += "/" }
            if out.isEmpty, let segment = p.split(separator: "/", omittingEmptySubsequences: false).first,
               segment.contains(":") {
                out += "./"
            }
            out += p
        }
        if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
        return out
    }

    // MARK: - jsonschema's url helpers

    /// Splits at the first `#`.
    static func split(_ s: String) -> (url: String, fragment: String) {
        guard let hash = s.firstIndex(of: "#") else { return (s, "") }
        return (String(s[..<hash]), String(s[s.index(after: hash)...]))
    }

    /// `url.join`: resolves `ref` against `base`, returning the URL and the decoded fragment.
    static func join(base: String, ref: String) throws -> (url: String, fragment: String) {
        let baseURL: SchemaURL
        do {
            baseURL = try parse(base)
        } catch let error as ParseError {
            throw SchemaCompileError("error in parsing \(GoFormat.quote(base)): \(error.message)")
        }
        let (refText, fragment) = try splitFragment(ref)
        let refURL: SchemaURL
        do {
            refURL = try parse(refText)
        } catch let error as ParseError {
            throw SchemaCompileError("error in parsing \(GoFormat.quote(refText)): \(error.message)")
        }
        return (baseURL.resolving(refURL).string, fragment)
    }

    /// `splitFragment`: the fragment percent-decoded.
    static func splitFragment(_ s: String) throws -> (url: String, fragment: String) {
        let (u, f) = split(s)
        do {
            return (u, try unescape(f, host: false))
        } catch let error as ParseError {
            throw SchemaCompileError("error in parsing \(GoFormat.quote(s)): \(error.message)")
        }
    }

    /// A fragment is a JSON pointer when empty or starting with `/`, else an anchor name.
    static func isPointer(_ fragment: String) -> Bool {
        fragment.isEmpty || fragment.hasPrefix("/")
    }

    /// `encode`: a pointer as it appears in a location, each token path-escaped.
    static func encodeFragment(_ fragment: String) -> String {
        fragment.split(separator: "/", omittingEmptySubsequences: false)
            .map { escape(String($0), segment: true) }.joined(separator: "/")
    }

    /// `url#pointer`, as jsonschema prints schema locations.
    static func location(_ url: String, _ pointer: String) -> String {
        url + "#" + encodeFragment(pointer)
    }

    static func escapeToken(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    /// JSON-pointer token decoding; nil for a `~` not followed by 0 or 1.
    static func unescapeToken(_ token: Substring) -> String? {
        guard token.contains("~") else { return String(token) }
        var out = ""
        var it = token.makeIterator()
        while let c = it.next() {
            if c == "~" {
                switch it.next() {
                case "0": out.append("~")
                case "1": out.append("/")
                default: return nil
                }
            } else {
                out.append(c)
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
