import GoTemplate

/// Go's `time.Duration` (int64 nanoseconds): `ParseDuration`, `String` and `Round`.
enum GoDuration {
    static let nanosecond: Int64 = 1
    static let microsecond: Int64 = 1000
    static let millisecond: Int64 = 1_000_000
    static let second: Int64 = 1_000_000_000
    static let minute: Int64 = 60 * second
    static let hour: Int64 = 60 * minute

    struct ParseError: Error { var message: String }

    private static let units: [String: UInt64] = [
        "ns": 1, "us": 1000, "\u{00B5}s": 1000, "\u{03BC}s": 1000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// Go's `time.ParseDuration`, with its exact error texts.
    static func parse(_ text: String) throws -> Int64 {
        let invalid = ParseError(message: "time: invalid duration " + goTimeQuote(text))
        var s = Array(text.utf8)[...]
        var total: UInt64 = 0
        var negative = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            negative = c == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        if s.elementsEqual("0".utf8) { return 0 }
        if s.isEmpty { throw invalid }
        let limit: UInt64 = 1 << 63
        while !s.isEmpty {
            guard let c = s.first, c == UInt8(ascii: ".") || isDigit(c) else { throw invalid }
            // Integer part.
            var v: UInt64 = 0
            let before = s.count
            while let d = s.first, isDigit(d) {
                if v > limit / 10 { throw invalid }
                v = v * 10 + UInt64(d - 48)
                if v > limit { throw invalid }
                s = s.dropFirst()
            }
            let pre = s.count != before
            // Fraction.
            var f: UInt64 = 0
            var scale: Double = 1
            var post = false
            if s.first == UInt8(ascii: ".") {
                s = s.dropFirst()
                let start = s.count
                var overflow = false
                while let d = s.first, isDigit(d) {
                    s = s.dropFirst()
                    if overflow { continue }
                    if f > (limit - 1) / 10 { overflow = true; continue }
                    let y = f * 10 + UInt64(d - 48)
                    if y > limit { overflow = true; continue }
                    f = y
                    scale *= 10
                }
                post = s.count != start
            }
            if !pre && !post { throw invalid }
            // Unit.
            let unitBytes = s.prefix { $0 != UInt8(ascii: ".") && !isDigit($0) }
            if unitBytes.isEmpty {
                throw ParseError(message: "time: missing unit in duration " + goTimeQuote(text))
            }
            s = s.dropFirst(unitBytes.count)
            let unitName = String(decoding: unitBytes, as: UTF8.self)
            guard let unit = units[unitName] else {
                throw ParseError(message: "time: unknown unit " + goTimeQuote(unitName) + " in duration " + goTimeQuote(text))
            }
            if v > limit / unit { throw invalid }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > limit { throw invalid }
            }
            total += v
            if total > limit { throw invalid }
        }
        if negative { return Int64(bitPattern: 0 &- total) }
        if total > limit - 1 { throw invalid }
        return Int64(total)
    }

    /// Go's `Duration.String`: `1h2m3.5s`, `1.5ms`, `0s`.
    static func string(_ d: Int64) -> String {
        var u = d < 0 ? UInt64(bitPattern: 0 &- d) : UInt64(d)
        var out = ""
        if u < UInt64(second) {
            var precision: Int
            let unit: String
            switch u {
            case 0: return "0s"
            case ..<UInt64(microsecond): precision = 0; unit = "ns"
            case ..<UInt64(millisecond): precision = 3; unit = "\u{00B5}s"
            default: precision = 6; unit = "ms"
            }
            let (fraction, rest) = formatFraction(u, precision: &precision)
            out = String(rest) + fraction + unit
        } else {
            var precision = 9
            let (fraction, seconds) = formatFraction(u, precision: &precision)
            u = seconds
            out = String(u % 60) + fraction + "s"
            u /= 60
            if u > 0 {
                out = String(u % 60) + "m" + out
                u /= 60
                if u > 0 { out = String(u) + "h" + out }
            }
        }
        return d < 0 ? "-" + out : out
    }

    /// Go's `fmtFrac`: the fractional digits of v / 10^precision without trailing zeros (and without the
    /// point when they are all zero), and the integer part.
    private static func formatFraction(_ v: UInt64, precision: inout Int) -> (String, UInt64) {
        var value = v
        var digits: [Character] = []
        var printed = false
        for _ in 0..<precision {
            let digit = value % 10
            printed = printed || digit != 0
            if printed { digits.insert(Character(String(digit)), at: 0) }
            value /= 10
        }
        return (printed ? "." + String(digits) : "", value)
    }

    /// Go's `Duration.Round`: half away from zero, saturating.
    static func round(_ d: Int64, to m: Int64) -> Int64 {
        if m <= 0 { return d }
        var r = d % m
        func lessThanHalf(_ x: Int64, _ y: Int64) -> Bool { UInt64(bitPattern: x) &+ UInt64(bitPattern: x) < UInt64(bitPattern: y) }
        if d < 0 {
            r = -r
            if lessThanHalf(r, m) { return d + r }
            let (d1, overflow) = d.subtractingReportingOverflow(m - r)
            return !overflow && d1 < d ? d1 : Int64.min
        }
        if lessThanHalf(r, m) { return d - r }
        let (d1, overflow) = d.addingReportingOverflow(m - r)
        return !overflow && d1 > d ? d1 : Int64.max
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}

/// A `time.Duration` value in a template (what `.Sub` returns): prints as its String().
final class GoDurationObject: GoObject {
    let nanoseconds: Int64
    init(_ nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    var goTypeName: String { "time.Duration" }
    var goKindName: String { "int64" }
    func field(named name: String) -> Value? { nil }
    func format(plus: Bool) -> String { GoDuration.string(nanoseconds) }

    func method(named name: String) -> GoFunction? {
        let d = nanoseconds
        switch name {
        case "String": return GoFunction([]) { _, _ in .string(GoDuration.string(d)) }
        case "Hours": return GoFunction([]) { _, _ in .float64(Double(d / GoDuration.hour) + Double(d % GoDuration.hour) / 3.6e12) }
        case "Minutes": return GoFunction([]) { _, _ in .float64(Double(d / GoDuration.minute) + Double(d % GoDuration.minute) / 6e10) }
        case "Seconds": return GoFunction([]) { _, _ in .float64(Double(d / GoDuration.second) + Double(d % GoDuration.second) / 1e9) }
        case "Milliseconds": return GoFunction([]) { _, _ in .int64(d / GoDuration.millisecond) }
        case "Microseconds": return GoFunction([]) { _, _ in .int64(d / GoDuration.microsecond) }
        case "Nanoseconds": return GoFunction([]) { _, _ in .int64(d) }
        default: return nil
        }
    }
}
