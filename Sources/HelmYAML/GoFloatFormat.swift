/// Go's `strconv.FormatFloat` with precision -1 (shortest representation that reads back exactly), in
/// the `g`, `e` and `f` formats, and `encoding/json`'s choice between them.
///
/// The shortest digits come from Swift's `description`, which is also shortest-round-trip; only the
/// layout differs from Go's, so it is rebuilt here.
public enum GoFloatFormat {
    /// Decimal digits (no leading or trailing zeros) and the position of the decimal point:
    /// value = 0.d1d2d3... × 10^decimalPoint.
    struct Digits {
        var digits: [UInt8]
        var decimalPoint: Int
    }

    /// `FormatFloat(f, 'g', -1, 64)`: `1e+06`, `0.0001`, `1.5`, `+Inf`, `NaN`.
    static func g(_ value: Double) -> String {
        if let special = special(value) { return special }
        return g(negative: value.sign == .minus, shortest(value.description))
    }

    /// `FormatFloat(f, 'g', -1, 32)`: the value rounded to float32 first.
    public static func g32(_ value: Double) -> String {
        let f = Float(value)
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
        return g(negative: f.sign == .minus, shortest(f.description))
    }

    /// encoding/json's float text: `f` format unless |f| < 1e-6 or ≥ 1e21, `e-07` cleaned to `e-7`.
    /// nil for NaN and infinities, which json.Marshal refuses.
    static func json(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        // Fast path: integral values below 2^63 print as their integer ('f' format, no fraction).
        if value.rounded(.towardZero) == value && Swift.abs(value) < 9.0e18 && !(value == 0 && value.sign == .minus) {
            return String(Int64(value))
        }
        let negative = value.sign == .minus
        let d = shortest(value.description)
        let magnitude = Swift.abs(value)
        if magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
            var s = e(negative: negative, d)
            var bytes = Array(s.utf8)
            let n = bytes.count
            if n >= 4 && bytes[n - 4] == UInt8(ascii: "e") && bytes[n - 3] == UInt8(ascii: "-")
                && bytes[n - 2] == UInt8(ascii: "0") {
                bytes[n - 2] = bytes[n - 1]
                bytes.removeLast()
                s = String(decoding: bytes, as: UTF8.self)
            }
            return s
        }
        return f(negative: negative, d)
    }

    /// Go's text for the special values, as `%v` and FormatFloat write them.
    static func special(_ value: Double) -> String? {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        return nil
    }

    /// Shortest `g`: exponent form when the decimal exponent is below -4 or at least 6 (Go uses
    /// precision 6 for this decision in shortest mode).
    static func g(negative: Bool, _ d: Digits) -> String {
        let exponent = d.decimalPoint - 1
        if exponent < -4 || exponent >= 6 {
            return e(negative: negative, d)
        }
        return f(negative: negative, d)
    }

    static func e(negative: Bool, _ d: Digits) -> String {
        var out = [UInt8]()
        if negative { out.append(UInt8(ascii: "-")) }
        out.append(d.digits.first ?? UInt8(ascii: "0"))
        if d.digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: d.digits[1...])
        }
        out.append(UInt8(ascii: "e"))
        var exponent = d.digits.isEmpty ? 0 : d.decimalPoint - 1
        if exponent < 0 {
            out.append(UInt8(ascii: "-"))
            exponent = -exponent
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exponent < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exponent).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    static func f(negative: Bool, _ d: Digits) -> String {
        var out = [UInt8]()
        if negative { out.append(UInt8(ascii: "-")) }
        let nd = d.digits.count
        let dp = d.decimalPoint
        if dp > 0 {
            for i in 0..<dp { out.append(i < nd ? d.digits[i] : UInt8(ascii: "0")) }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        let precision = max(nd - dp, 0)
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...precision {
                let j = dp + i - 1
                out.append(j >= 0 && j < nd ? d.digits[j] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Digits of Swift's shortest description (`1.2345e+29`, `0.001`, `100.0`, `5e-324`).
    static func shortest(_ description: String) -> Digits {
        var digits = [UInt8]()
        var pointIndex: Int?
        var exponent = 0
        var bytes = Array(description.utf8)
        if let eIndex = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: bytes[(eIndex + 1)...], as: UTF8.self)) ?? 0
            bytes.removeSubrange(eIndex...)
        }
        for c in bytes {
            if c == UInt8(ascii: ".") {
                pointIndex = digits.count
            } else if c >= 48 && c <= 57 {
                digits.append(c)
            }
        }
        var decimalPoint = (pointIndex ?? digits.count) + exponent
        var start = 0
        while start < digits.count && digits[start] == UInt8(ascii: "0") {
            start += 1
            decimalPoint -= 1
        }
        var end = digits.count
        while end > start && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == end { return Digits(digits: [], decimalPoint: 0) }
        return Digits(digits: Array(digits[start..<end]), decimalPoint: decimalPoint)
    }
}
