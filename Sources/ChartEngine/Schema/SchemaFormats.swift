import GoTemplate
import HelmFunctions

/// The `format`s jsonschema v6 asserts (drafts 4, 6 and 7 by default under Helm; 2019-09 and 2020-12
/// only with a metaschema requiring the format vocabulary), each returning jsonschema's reason text,
/// with the Go standard library's texts where jsonschema passes them on. Unknown formats pass.
enum SchemaFormats {
    static func format(named name: String) -> CompiledSchema.Format? {
        let check: ((String) -> String?)?
        switch name {
        case "regex": check = { SchemaPatterns.syntaxError($0) }
        case "json-pointer": check = jsonPointer
        case "relative-json-pointer": check = relativeJSONPointer
        case "uuid": check = uuid
        case "duration": check = duration
        case "period": check = period
        case "ipv4": check = ipv4
        case "ipv6": check = ipv6
        case "hostname": check = hostname
        case "email": check = email
        case "date": check = date
        case "time": check = time
        case "date-time": check = dateTime
        case "uri", "iri": check = uri
        case "uri-reference", "iri-reference": check = uriReference
        case "uri-template": check = uriTemplate
        case "semver": check = semver
        default: check = nil
        }
        guard let check else { return nil }
        return CompiledSchema.Format(name: name) { value in
            guard case .string(let s) = value else { return nil }
            return check(s)
        }
    }

    private static func q(_ c: Unicode.Scalar) -> String { GoFormat.quoteRune(c) }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    // MARK: - pointers, uuid

    static func jsonPointer(_ s: String) -> String? {
        if s.isEmpty { return nil }
        guard s.hasPrefix("/") else { return "not starting with /" }
        for token in s.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            var escape = false
            for ch in token.unicodeScalars {
                if escape {
                    escape = false
                    if ch != "0" && ch != "1" { return "~ must be followed by 0 or 1" }
                    continue
                }
                if ch == "~" { escape = true; continue }
            }
            if escape { return "~ must be followed by 0 or 1" }
        }
        return nil
    }

    static func relativeJSONPointer(_ s: String) -> String? {
        let bytes = Array(s.utf8)
        var digits = 0
        while digits < bytes.count && isDigit(bytes[digits]) { digits += 1 }
        if digits == 0 { return "must start with non-negative integer" }
        if digits > 1 && bytes[0] == UInt8(ascii: "0") { return "starts with zero" }
        let rest = String(decoding: bytes[digits...], as: UTF8.self)
        if rest == "#" { return nil }
        return jsonPointer(rest)
    }

    static func uuid(_ s: String) -> String? {
        let lengths = [8, 4, 4, 4, 12]
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == lengths.count else { return "must have \(lengths.count) elements" }
        for (i, group) in groups.enumerated() {
            guard group.utf8.count == lengths[i] else {
                return "element \(i + 1) must be \(lengths[i]) characters long"
            }
            for ch in group.unicodeScalars where !ch.properties.isASCIIHexDigit {
                return "non-hex character \(q(ch))"
            }
        }
        return nil
    }

    // MARK: - durations and periods

    static func duration(_ s: String) -> String? {
        guard s.hasPrefix("P") else { return "must start with P" }
        var rest = Array(s.utf8.dropFirst())
        if rest.isEmpty { return "nothing after P" }
        if rest.last == UInt8(ascii: "W") {
            rest.removeLast()
            if rest.isEmpty { return "no number in week" }
            return rest.allSatisfy(isDigit) ? nil : "invalid week"
        }
        let allUnits: [[UInt8]] = [Array("YMD".utf8), Array("HMS".utf8)]
        let parts = rest.split(separator: UInt8(ascii: "T"), omittingEmptySubsequences: false)
        for (i, part) in parts.enumerated() {
            if i != 0 && part.isEmpty { return "no time elements" }
            if i >= allUnits.count { return "more than one T" }
            var units = allUnits[i][...]
            var p = part[...]
            while !p.isEmpty {
                var count = 0
                while count < p.count && isDigit(p[p.startIndex + count]) { count += 1 }
                if count == 0 { return "missing number" }
                p = p.dropFirst(count)
                guard let unit = p.first else { return "missing unit" }
                guard let j = units.firstIndex(of: unit) else {
                    if allUnits[i].contains(unit) { return "unit \(q(Unicode.Scalar(unit))) out of order" }
                    return "invalid unit \(q(Unicode.Scalar(unit)))"
                }
                units = units[(j + 1)...]
                p = p.dropFirst()
            }
        }
        return nil
    }

    static func period(_ s: String) -> String? {
        guard let slash = s.firstIndex(of: "/") else { return "missing slash" }
        let start = String(s[..<slash])
        let end = String(s[s.index(after: slash)...])
        if start.hasPrefix("P") {
            if let e = duration(start) { return "invalid start duration: \(e)" }
            if let e = dateTime(end) { return "invalid end date-time: \(e)" }
        } else {
            if let e = dateTime(start) { return "invalid start date-time: \(e)" }
            if end.hasPrefix("P") {
                if let e = duration(end) { return "invalid end duration: \(e)" }
            } else if let e = dateTime(end) {
                return "invalid end date-time: \(e)"
            }
        }
        return nil
    }

    // MARK: - addresses and names

    /// Go's `strconv.Atoi`, with its error text.
    static func atoi(_ s: String) -> Result<Int, SchemaFormatError> {
        let failure = "strconv.Atoi: parsing \(GoFormat.quote(s)): "
        var bytes = Array(s.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return .failure(SchemaFormatError(failure + "invalid syntax")) }
        var value = 0
        for b in bytes {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(b - 0x30))
            if o1 || o2 {
                if negative && !o1 && a == Int.min { value = Int.min; continue }
                return .failure(SchemaFormatError(failure + "value out of range"))
            }
            value = a
        }
        return .success(negative ? -value : value)
    }

    static func ipv4(_ s: String) -> String? {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count == 4 else { return "expected four decimals" }
        for group in groups {
            if group.utf8.count > 1 && group.utf8.first == UInt8(ascii: "0") { return "leading zeros" }
            switch atoi(String(group)) {
            case .failure(let error): return error.message
            case .success(let n): if n < 0 || n > 255 { return "decimal must be between 0 and 255" }
            }
        }
        return nil
    }

    static func ipv6(_ s: String) -> String? {
        guard s.contains(":") else { return "missing colon" }
        switch GoNetIPAddr.parse(Array(s.utf8)) {
        case .failure(let error): return error.description
        // An address with `%` parses only with a non-empty zone.
        case .success: return s.contains("%") ? "zone id is not a part of ipv6 address" : nil
        }
    }

    static func hostname(_ s: String) -> String? {
        var name = s
        if name.hasSuffix(".") { name.removeLast() }
        if name.utf8.count > 253 { return "more than 253 characters long" }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            let n = label.utf8.count
            if n < 1 || n > 63 { return "label must be 1 to 63 characters long" }
            if label.hasPrefix("-") { return "label starts with hyphen" }
            if label.hasSuffix("-") { return "label ends with hyphen" }
            for ch in label.unicodeScalars {
                switch ch {
                case "a"..."z", "A"..."Z", "0"..."9", "-": continue
                default: return "invalid character \(q(ch))"
                }
            }
        }
        return nil
    }

    static func email(_ s: String) -> String? {
        if s.utf8.count > 254 { return "more than 255 characters long" }
        guard let at = s.lastIndex(of: "@") else { return "missing @" }
        let local = String(s[..<at])
        var domain = String(s[s.index(after: at)...])
        if local.utf8.count > 64 { return "local part more than 64 characters long" }
        if local.utf8.count > 1 && local.hasPrefix("\"") {
            let inner = local.dropFirst().dropLast()
            if inner.contains("\\") || inner.contains("\"") {
                return "backslash and quote are not allowed within quoted local part"
            }
        } else {
            if local.hasPrefix(".") { return "starts with dot" }
            if local.hasSuffix(".") { return "ends with dot" }
            if local.contains("..") { return "consecutive dots" }
            for ch in local.unicodeScalars {
                switch ch {
                case "a"..."z", "A"..."Z", "0"..."9": continue
                default:
                    if !".!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(ch) { return "invalid character \(q(ch))" }
                }
            }
        }
        if domain.hasPrefix("[") && domain.hasSuffix("]") && domain.count >= 2 {
            domain = String(domain.dropFirst().dropLast())
            if domain.hasPrefix("IPv6:") {
                if let e = ipv6(String(domain.dropFirst(5))) { return "invalid ipv6 address: \(e)" }
                return nil
            }
            if let e = ipv4(domain) { return "invalid ipv4 address: \(e)" }
            return nil
        }
        if let e = hostname(domain) { return "invalid domain: \(e)" }
        return nil
    }

    // MARK: - dates and times

    /// Go's `time` quoting in parse errors: non-ASCII and control bytes as `\x..`.
    private static func timeQuote(_ s: String) -> String {
        var out = "\""
        let hex = Array("0123456789abcdef")
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x80 || scalar.value < 0x20 {
                for b in String(scalar).utf8 { out += "\\x" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)]) }
            } else {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `time.Parse("2006-01-02", s)`'s error, or nil.
    static func date(_ s: String) -> String? {
        let layout = "2006-01-02"
        func cannot(_ valueElem: Substring, _ layoutElem: String) -> String {
            "parsing time \(timeQuote(s)) as \(timeQuote(layout)): cannot parse \(timeQuote(String(valueElem))) as \(timeQuote(layoutElem))"
        }
        var value = Substring(s)
        func getnum() -> Int? {
            let b = Array(value.utf8.prefix(2))
            guard b.count == 2, isDigit(b[0]), isDigit(b[1]) else { return nil }
            value = value.dropFirst(2)
            return Int(b[0] - 0x30) * 10 + Int(b[1] - 0x30)
        }
        let yearHold = value
        let yearBytes = Array(value.utf8.prefix(4))
        guard yearBytes.count == 4, isDigit(yearBytes[0]), yearBytes.allSatisfy(isDigit) else {
            return cannot(yearHold, "2006")
        }
        let year = yearBytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        value = value.dropFirst(4)
        guard value.hasPrefix("-") else { return cannot(value, "-") }
        value = value.dropFirst()
        let monthHold = value
        guard let month = getnum() else { return cannot(monthHold, "01") }
        if month < 1 || month > 12 { return "parsing time \(timeQuote(s)): month out of range" }
        guard value.hasPrefix("-") else { return cannot(value, "-") }
        value = value.dropFirst()
        let dayHold = value
        guard let day = getnum() else { return cannot(dayHold, "02") }
        if !value.isEmpty { return "parsing time \(timeQuote(s)): extra text: \(timeQuote(String(value)))" }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if day < 1 || day > days[month - 1] { return "parsing time \(timeQuote(s)): day out of range" }
        return nil
    }

    static func time(_ str: String) -> String? {
        let b = Array(str.utf8)
        if b.count < 9 { return "less than 9 characters long" }
        if b[2] != UInt8(ascii: ":") || b[5] != UInt8(ascii: ":") { return "missing colon in correct place" }
        var hms: [Int] = []
        for token in String(decoding: b[0..<8], as: UTF8.self).split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false) {
            guard case .success(let n) = atoi(String(token)) else { return "invalid hour/min/sec" }
            if n < 0 { return "non-positive hour/min/sec" }
            hms.append(n)
        }
        if hms.count != 3 { return "missing hour/min/sec" }
        var (h, m) = (hms[0], hms[1])
        let sec = hms[2]
        if h > 23 || m > 59 || sec > 60 { return "hour/min/sec out of range" }
        var rest = b[8...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            var count = 0
            while count < rest.count && isDigit(rest[rest.startIndex + count]) { count += 1 }
            if count == 0 { return "no digits in second fraction" }
            rest = rest.dropFirst(count)
        }
        let tail = String(decoding: rest, as: UTF8.self)
        if tail != "z" && tail != "Z" {
            let t = Array(rest)
            if t.count != 6 { return "offset must be 6 characters long" }
            let sign: Int
            switch t[0] {
            case UInt8(ascii: "+"): sign = -1
            case UInt8(ascii: "-"): sign = 1
            default: return "offset must begin with plus/minus"
            }
            if t[3] != UInt8(ascii: ":") { return "missing colon in offset in correct place" }
            var zhm: [Int] = []
            for token in String(decoding: t[1...], as: UTF8.self).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false) {
                guard case .success(let n) = atoi(String(token)) else { return "invalid hour/min in offset" }
                if n < 0 { return "non-positive hour/min in offset" }
                zhm.append(n)
            }
            guard zhm.count == 2 else { return "invalid hour/min in offset" }
            if zhm[0] > 23 || zhm[1] > 59 { return "hour/min in offset out of range" }
            var hm = (h * 60 + m) + sign * (zhm[0] * 60 + zhm[1])
            if hm < 0 { hm += 24 * 60 }
            h = hm / 60
            m = hm % 60
        }
        if sec >= 60 && (h != 23 || m != 59) { return "invalid leap second" }
        return nil
    }

    static func dateTime(_ s: String) -> String? {
        let b = Array(s.utf8)
        if b.count < 20 { return "less than 20 characters long" }
        if b[10] != UInt8(ascii: "t") && b[10] != UInt8(ascii: "T") { return "11th character must be t or T" }
        if let e = date(String(decoding: b[0..<10], as: UTF8.self)) { return "invalid date element: \(e)" }
        if let e = time(String(decoding: b[11...], as: UTF8.self)) { return "invalid time element: \(e)" }
        return nil
    }

    // MARK: - URIs

    /// jsonschema's `parseURL`: `url.Parse`, then a check of IPv6 hosts.
    private static func parseURL(_ s: String) -> Result<SchemaURL, SchemaFormatError> {
        let (base, fragment) = SchemaURL.split(s)
        let url: SchemaURL
        do {
            url = try SchemaURL.parse(base)
        } catch let error as SchemaURL.ParseError {
            return .failure(SchemaFormatError(error.message))
        } catch {
            return .failure(SchemaFormatError("\(error)"))
        }
        do {
            _ = try SchemaURL.unescape(fragment, host: false)
        } catch let error as SchemaURL.ParseError {
            // A bad escape in the fragment: Go quotes the whole text.
            return .failure(SchemaFormatError("parse \(GoFormat.quote(s)): \(error.message)"))
        } catch {
            return .failure(SchemaFormatError("\(error)"))
        }
        var hostName = url.host
        if hostName.hasPrefix("["), let close = hostName.firstIndex(of: "]") {
            hostName = String(hostName[hostName.index(after: hostName.startIndex)..<close])
        } else if let colon = hostName.lastIndex(of: ":") {
            hostName = String(hostName[..<colon])
        }
        if hostName.contains(":") {
            if !url.host.contains("[") || !url.host.contains("]") {
                return .failure(SchemaFormatError("ipv6 address not enclosed in brackets"))
            }
            if let e = ipv6(hostName) { return .failure(SchemaFormatError("invalid ipv6 address: \(e)")) }
        }
        return .success(url)
    }

    static func uri(_ s: String) -> String? {
        switch parseURL(s) {
        case .failure(let e): return e.message
        case .success(let url): return url.isAbsolute ? nil : "relative url"
        }
    }

    static func uriReference(_ s: String) -> String? {
        if s.contains("\\") { return "contains \\" }
        if case .failure(let e) = parseURL(s) { return e.message }
        return nil
    }

    static func uriTemplate(_ s: String) -> String? {
        switch parseURL(s) {
        case .failure(let e): return e.message
        case .success(let url):
            for token in url.rawPath.split(separator: "/", omittingEmptySubsequences: false) {
                let decoded: String
                do {
                    decoded = try SchemaURL.unescape(String(token), host: false)
                } catch let error as SchemaURL.ParseError {
                    return "percent decode failed: \(error.message)"
                } catch {
                    return "percent decode failed"
                }
                var want = true
                for ch in decoded.unicodeScalars {
                    let got: Bool
                    switch ch {
                    case "{": got = true
                    case "}": got = false
                    default: continue
                    }
                    if got != want { return "nested curly braces" }
                    want.toggle()
                }
                if !want { return "no matching closing brace" }
            }
            return nil
        }
    }

    // MARK: - semver

    static func semver(_ input: String) -> String? {
        var s = Substring(input)
        func isAlnumDash(_ ch: Unicode.Scalar) -> Bool {
            switch ch {
            case "a"..."z", "A"..."Z", "-": return true
            default: return false
            }
        }
        if let plus = s.firstIndex(of: "+") {
            let build = s[s.index(after: plus)...]
            if build.isEmpty { return "build is empty" }
            for id in build.split(separator: ".", omittingEmptySubsequences: false) {
                if id.isEmpty { return "build identifier is empty" }
                for ch in id.unicodeScalars where !(("0"..."9").contains(ch) || isAlnumDash(ch)) {
                    return "invalid character \(q(ch)) in build identifier"
                }
            }
            s = s[..<plus]
        }
        if let dash = s.firstIndex(of: "-") {
            let pre = s[s.index(after: dash)...]
            for id in pre.split(separator: ".", omittingEmptySubsequences: false) {
                if id.isEmpty { return "pre-release identifier is empty" }
                var allDigits = true
                for ch in id.unicodeScalars {
                    if ("0"..."9").contains(ch) { continue }
                    if isAlnumDash(ch) { allDigits = false; continue }
                    return "invalid character \(q(ch)) in pre-release identifier"
                }
                if allDigits && id.count > 1 && id.hasPrefix("0") { return "pre-release numeric identifier starts with zero" }
            }
            s = s[..<dash]
        }
        let versions = s.split(separator: ".", omittingEmptySubsequences: false)
        guard versions.count == 3 else { return "versionCore must have 3 numbers separated by dot" }
        let names = ["major", "minor", "patch"]
        for (i, v) in versions.enumerated() {
            if v.isEmpty { return "\(names[i]) is empty" }
            if v.count > 1 && v.hasPrefix("0") { return "\(names[i]) starts with zero" }
            if !v.utf8.allSatisfy(isDigit) { return "\(names[i]) contains non-digit" }
        }
        return nil
    }
}

struct SchemaFormatError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
