/// Go's `net/url.URL` (Go 1.25): `Parse` with its error messages and `String` reassembly, for Sprig's
/// `urlParse` and `urlJoin`. Byte-based, as Go strings are.
struct GoURL {
    var scheme: [UInt8] = []
    var opaque: [UInt8] = []
    var user: GoURLUserinfo?
    var host: [UInt8] = []
    var path: [UInt8] = []
    var rawPath: [UInt8] = []
    var forceQuery = false
    var rawQuery: [UInt8] = []
    var fragment: [UInt8] = []
    var rawFragment: [UInt8] = []

    /// `*url.Error` as Go prints it: `parse "<url>": <reason>`.
    struct ParseError: Error {
        let message: String
    }

    private struct Failure: Error {
        let reason: String
    }

    static func parse(_ text: String) throws -> GoURL {
        let raw = Array(text.utf8)
        let hash = raw.firstIndex(of: UInt8(ascii: "#"))
        let beforeFragment = hash.map { Array(raw[..<$0]) } ?? raw
        var url: GoURL
        do {
            url = try parseWithoutFragment(beforeFragment)
        } catch let failure as Failure {
            throw ParseError(message: "parse " + GoURLEscaping.quote(beforeFragment) + ": " + failure.reason)
        }
        guard let hash = hash, hash + 1 < raw.count else { return url }
        do {
            let encoded = Array(raw[(hash + 1)...])
            url.fragment = try GoURLEscaping.unescape(encoded, .fragment)
            url.rawFragment = GoURLEscaping.escape(url.fragment, .fragment) == encoded ? [] : encoded
        } catch let error as GoURLEscaping.EscapeError {
            throw ParseError(message: "parse " + GoURLEscaping.quote(raw) + ": " + error.message)
        }
        return url
    }

    private static func parseWithoutFragment(_ raw: [UInt8]) throws -> GoURL {
        if raw.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw Failure(reason: "net/url: invalid control character in URL")
        }
        var url = GoURL()
        if raw == [UInt8(ascii: "*")] {
            url.path = raw
            return url
        }
        var rest: ArraySlice<UInt8>
        (url.scheme, rest) = try splitScheme(raw)
        url.scheme = url.scheme.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }

        let questionMarks = rest.filter { $0 == UInt8(ascii: "?") }.count
        if rest.last == UInt8(ascii: "?") && questionMarks == 1 {
            url.forceQuery = true
            rest = rest.dropLast()
        } else if let q = rest.firstIndex(of: UInt8(ascii: "?")) {
            url.rawQuery = Array(rest[(q + 1)...])
            rest = rest[..<q]
        }

        if rest.first != UInt8(ascii: "/") {
            if !url.scheme.isEmpty {
                // A rootless path after a scheme is opaque (RFC 3986).
                url.opaque = Array(rest)
                return url
            }
            // A relative path's first segment may not contain a colon: it would read as a scheme.
            let segment = rest.prefix { $0 != UInt8(ascii: "/") }
            if segment.contains(UInt8(ascii: ":")) {
                throw Failure(reason: "first path segment in URL cannot contain colon")
            }
        }

        if (!url.scheme.isEmpty || !rest.starts(with: "///".utf8)) && rest.starts(with: "//".utf8) {
            var authority = rest.dropFirst(2)
            rest = rest[rest.endIndex...]
            if let slash = authority.firstIndex(of: UInt8(ascii: "/")) {
                rest = authority[slash...]
                authority = authority[..<slash]
            }
            (url.user, url.host) = try parseAuthority(Array(authority))
        }
        do {
            url.path = try GoURLEscaping.unescape(Array(rest), .path)
        } catch let error as GoURLEscaping.EscapeError {
            throw Failure(reason: error.message)
        }
        url.rawPath = GoURLEscaping.escape(url.path, .path) == Array(rest) ? [] : Array(rest)
        return url
    }

    /// A leading `[a-zA-Z][a-zA-Z0-9+-.]*:` is the scheme; anything else means there is none.
    private static func splitScheme(_ raw: [UInt8]) throws -> ([UInt8], ArraySlice<UInt8>) {
        for (i, c) in raw.enumerated() {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { return ([], raw[...]) }
            case UInt8(ascii: ":"):
                if i == 0 { throw Failure(reason: "missing protocol scheme") }
                return (Array(raw[..<i]), raw[(i + 1)...])
            default:
                return ([], raw[...])
            }
        }
        return ([], raw[...])
    }

    private static func parseAuthority(_ authority: [UInt8]) throws -> (GoURLUserinfo?, [UInt8]) {
        let at = authority.lastIndex(of: UInt8(ascii: "@"))
        let host = try parseHost(at.map { Array(authority[($0 + 1)...]) } ?? authority)
        guard let at = at else { return (nil, host) }
        let userinfo = Array(authority[..<at])
        guard GoURLUserinfo.isValid(userinfo) else { throw Failure(reason: "net/url: invalid userinfo") }
        do {
            if let colon = userinfo.firstIndex(of: UInt8(ascii: ":")) {
                return (GoURLUserinfo(username: try GoURLEscaping.unescape(Array(userinfo[..<colon]), .userPassword),
                                      password: try GoURLEscaping.unescape(Array(userinfo[(colon + 1)...]), .userPassword)),
                        host)
            }
            return (GoURLUserinfo(username: try GoURLEscaping.unescape(userinfo, .userPassword), password: nil), host)
        } catch let error as GoURLEscaping.EscapeError {
            throw Failure(reason: error.message)
        }
    }

    /// `host[:port]`, where host may be a bracketed IPv6 literal with an RFC 6874 zone (`%25`).
    private static func parseHost(_ host: [UInt8]) throws -> [UInt8] {
        do {
            if let open = host.lastIndex(of: UInt8(ascii: "[")) {
                if open > 0 { throw Failure(reason: "invalid IP-literal") }
                guard let close = host.lastIndex(of: UInt8(ascii: "]")) else {
                    throw Failure(reason: "missing ']' in host")
                }
                let colonPort = Array(host[(close + 1)...])
                guard isValidOptionalPort(colonPort) else {
                    throw Failure(reason: "invalid port " + GoURLEscaping.quote(colonPort) + " after host")
                }
                let port = try GoURLEscaping.unescape(colonPort, .host)
                let name = Array(host[(open + 1)..<max(open + 1, close)])
                let unescapedName: [UInt8]
                if let zone = firstIndex(of: Array("%25".utf8), in: name) {
                    unescapedName = try GoURLEscaping.unescape(Array(name[..<zone]), .host)
                        + GoURLEscaping.unescape(Array(name[zone...]), .zone)
                } else {
                    unescapedName = try GoURLEscaping.unescape(name, .host)
                }
                // Only IPv6 addresses may be bracketed (IPv4-mapped IPv6 ones included).
                switch GoNetIPAddr.parse(unescapedName) {
                case .failure(let error): throw Failure(reason: "invalid host: " + error.description)
                case .success(.v4): throw Failure(reason: "invalid IP-literal")
                case .success(.v6): return [UInt8(ascii: "[")] + unescapedName + [UInt8(ascii: "]")] + port
                }
            } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
                let colonPort = Array(host[colon...])
                guard isValidOptionalPort(colonPort) else {
                    throw Failure(reason: "invalid port " + GoURLEscaping.quote(colonPort) + " after host")
                }
            }
            return try GoURLEscaping.unescape(host, .host)
        } catch let error as GoURLEscaping.EscapeError {
            throw Failure(reason: error.message)
        }
    }

    /// Empty, or `:` followed by digits.
    private static func isValidOptionalPort(_ port: [UInt8]) -> Bool {
        guard let first = port.first else { return true }
        return first == UInt8(ascii: ":") && port.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// `URL.Hostname()`: the host without a valid port and without IPv6 brackets.
    var hostname: [UInt8] {
        var name = host[...]
        if let colon = host.lastIndex(of: UInt8(ascii: ":")), GoURL.isValidOptionalPort(Array(host[colon...])) {
            name = host[..<colon]
        }
        if name.first == UInt8(ascii: "[") && name.last == UInt8(ascii: "]") && name.count >= 2 {
            name = name.dropFirst().dropLast()
        }
        return Array(name)
    }

    /// `URL.EscapedPath()`: RawPath when it is a valid encoding of Path, else Path escaped.
    var escapedPath: [UInt8] {
        if !rawPath.isEmpty && GoURL.isValidEncoded(rawPath, .path),
           let decoded = try? GoURLEscaping.unescape(rawPath, .path), decoded == path {
            return rawPath
        }
        if path == [UInt8(ascii: "*")] { return path }
        return GoURLEscaping.escape(path, .path)
    }

    var escapedFragment: [UInt8] {
        if !rawFragment.isEmpty && GoURL.isValidEncoded(rawFragment, .fragment),
           let decoded = try? GoURLEscaping.unescape(rawFragment, .fragment), decoded == fragment {
            return rawFragment
        }
        return GoURLEscaping.escape(fragment, .fragment)
    }

    private static func isValidEncoded(_ s: [UInt8], _ mode: GoURLEscaping.Mode) -> Bool {
        s.allSatisfy { c in
            "!$&'()*+,;=:@[]%".utf8.contains(c) || !GoURLEscaping.shouldEscape(c, mode)
        }
    }

    /// `URL.String()`.
    var string: String {
        var out: [UInt8] = []
        if !scheme.isEmpty { out += scheme + [UInt8(ascii: ":")] }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !host.isEmpty || !path.isEmpty || user != nil { out += Array("//".utf8) }
                if let user = user { out += user.encoded + [UInt8(ascii: "@")] }
                if !host.isEmpty { out += GoURLEscaping.escape(host, .host) }
            }
            let path = escapedPath
            if let first = path.first, first != UInt8(ascii: "/"), !host.isEmpty { out.append(UInt8(ascii: "/")) }
            if out.isEmpty {
                // "./" keeps a first segment holding a colon from reading as a scheme (RFC 3986 §4.2).
                if path.prefix(while: { $0 != UInt8(ascii: "/") }).contains(UInt8(ascii: ":")) { out += Array("./".utf8) }
            }
            out += path
        }
        if forceQuery || !rawQuery.isEmpty { out += [UInt8(ascii: "?")] + rawQuery }
        if !fragment.isEmpty { out += [UInt8(ascii: "#")] + escapedFragment }
        return String(decoding: out, as: UTF8.self)
    }
}

/// `url.Userinfo`: a username and an optional password.
struct GoURLUserinfo {
    var username: [UInt8]
    var password: [UInt8]?

    /// `Userinfo.String()`: `user[:password]`, each escaped.
    var encoded: [UInt8] {
        var out = GoURLEscaping.escape(username, .userPassword)
        if let password = password { out += [UInt8(ascii: ":")] + GoURLEscaping.escape(password, .userPassword) }
        return out
    }

    /// RFC 3986 userinfo characters, plus "@" which Go tolerates (go.dev/issue/3439). Checked per
    /// character: any non-ASCII character is invalid.
    static func isValid(_ s: [UInt8]) -> Bool {
        s.allSatisfy { c in
            (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || "-._:~!$&'()*+,;=%@".utf8.contains(c)
        }
    }
}
