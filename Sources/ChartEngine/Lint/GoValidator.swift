import Foundation

/// The checks Helm borrows from asaskevich/govalidator and net/url for Chart.yaml fields.
enum GoValidator {
    /// govalidator's `IsRequestURL`: `url.ParseRequestURI` succeeds and a scheme is present.
    static func isRequestURL(_ text: String) -> Bool {
        guard !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return false }
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, isASCIILetter(first),
              scheme.unicodeScalars.allSatisfy({ isASCIILetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return false }
        var rest = text[text.index(after: colon)...]
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        // An opaque URI ("mailto:x") parses; so does anything whose authority and path are well formed.
        guard rest.hasPrefix("/") else { return true }
        if rest.hasPrefix("//") {
            let authorityAndPath = rest.dropFirst(2)
            let authority = authorityAndPath.prefix { $0 != "/" }
            guard validAuthority(authority) else { return false }
            rest = authorityAndPath.dropFirst(authority.count)
        }
        return validEscapes(rest)
    }

    /// govalidator's `IsEmail` pattern, verbatim (including its `\\(` quoted-pair quirk).
    static func isEmail(_ text: String) -> Bool {
        matches(emailPattern, text)
    }

    /// govalidator's `IsURL`, reduced to its common path: net/url must parse it (with `http://` assumed
    /// when only a port colon is present) and the text must look like a host with optional path.
    static func isURL(_ text: String) -> Bool {
        guard !text.isEmpty, text.count < 2083, text.utf8.count > 3, !text.hasPrefix(".") else { return false }
        let candidate = text.contains(":") && !text.contains("://") ? "http://" + text : text
        if candidate.contains("://"), !isRequestURL(candidate) { return false }
        return matches(urlPattern, text)
    }

    private static func validAuthority(_ authority: Substring) -> Bool {
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
        if host.hasPrefix("[") { return host.contains("]") }
        guard let colon = host.lastIndex(of: ":") else { return validEscapes(host) }
        let port = host[host.index(after: colon)...]
        return port.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && validEscapes(host[..<colon])
    }

    /// Every `%` starts a two-digit hexadecimal escape.
    private static func validEscapes(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return false }
                index += 3
            } else {
                index += 1
            }
        }
        return true
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    private static func matches(_ pattern: NSRegularExpression?, _ text: String) -> Bool {
        guard let pattern else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.firstMatch(in: text, options: [], range: range) != nil
    }

    private static let uc = "\\x{00A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}"
    private static let emailPattern = try? NSRegularExpression(pattern:
        "^(((([a-zA-Z]|\\d|[!#\\$%&'\\*\\+\\-\\/=\\?\\^_`{\\|}~]|[\(uc)])+(\\.([a-zA-Z]|\\d|[!#\\$%&'\\*\\+\\-\\/=\\?\\^_`{\\|}~]|[\(uc)])+)*)|((\\x22)((((\\x20|\\x09)*(\\x0d\\x0a))?(\\x20|\\x09)+)?(([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]|\\x21|[\\x23-\\x5b]|[\\x5d-\\x7e]|[\(uc)])|(\\([\\x01-\\x09\\x0b\\x0c\\x0d-\\x7f]|[\(uc)]))))*(((\\x20|\\x09)*(\\x0d\\x0a))?(\\x20|\\x09)+)?(\\x22)))@((([a-zA-Z]|\\d|[\(uc)])|(([a-zA-Z]|\\d|[\(uc)])([a-zA-Z]|\\d|-|\\.|_|~|[\(uc)])*([a-zA-Z]|\\d|[\(uc)])))\\.)+(([a-zA-Z]|[\(uc)])|(([a-zA-Z]|[\(uc)])([a-zA-Z]|\\d|-|\\.|_|~|[\(uc)])*([a-zA-Z]|[\(uc)])))\\.?$")
    private static let urlPattern = try? NSRegularExpression(pattern:
        "^((ftp|tcp|udp|wss?|https?):\\/\\/)?(\\S+(:\\S*)?@)?(([1-9]\\d?|1\\d\\d|2[01]\\d|22[0-3]|24\\d|25[0-5])(\\.(1?\\d{1,2}|2[0-4]\\d|25[0-5])){2}(?:\\.([0-9]\\d?|1\\d\\d|2[0-4]\\d|25[0-5]))|(\\[[0-9a-fA-F:.]+\\])|(([a-zA-Z0-9_]+([-\\.][a-zA-Z0-9_]+)*)\\.?)+|localhost)(:(\\d{1,5}))?((\\/|\\?|#)[^\\s]*)?$")
}
