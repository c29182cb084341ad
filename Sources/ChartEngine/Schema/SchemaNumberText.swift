/// Numbers as jsonschema v6 shows and compares them. Its messages go through golang.org/x/text's
/// English printer, which groups digits (`1,500`) and writes large or small floats as `1.5×10⁰⁶`;
/// its arithmetic is exact (`big.Rat` of the number's decimal text).
enum SchemaNumberText {
    /// A decimal: `digits` × 10^`exponent`, digits without leading or trailing zeros ("" for zero).
    struct Decimal {
        var negative: Bool
        var digits: [UInt8]
        var exponent: Int
    }

    /// The shortest decimal text that reads back as `d` (what Go's `fmt.Sprint` gives big.Rat).
    static func shortest(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// Parses JSON number text (or Swift's float text) into a decimal.
    static func decimal(_ text: String) -> Decimal? {
        var negative = false
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        else if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var sawDigit = false
        while let c = bytes.first {
            if c >= 0x30 && c <= 0x39 {
                digits.append(c - 0x30)
                sawDigit = true
            } else if c == UInt8(ascii: "."), pointPosition == nil {
                pointPosition = digits.count
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard sawDigit else { return nil }
        if let c = bytes.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var expNegative = false
            if bytes.first == UInt8(ascii: "-") { expNegative = true; bytes = bytes.dropFirst() }
            else if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            var e = 0
            var any = false
            while let c = bytes.first, c >= 0x30 && c <= 0x39 {
                if e < 100_000 { e = e * 10 + Int(c - 0x30) }
                any = true
                bytes = bytes.dropFirst()
            }
            guard any else { return nil }
            exponent = expNegative ? -e : e
        }
        guard bytes.isEmpty else { return nil }
        // digits × 10^(exponent - fraction length)
        exponent -= digits.count - (pointPosition ?? digits.count)
        while let first = digits.first, first == 0 { digits.removeFirst() }
        while let last = digits.last, last == 0 { digits.removeLast(); exponent += 1 }
        if digits.isEmpty { exponent = 0; negative = false }
        return Decimal(negative: negative, digits: digits, exponent: exponent)
    }

    /// Whether `value / divisor` is an integer, computed exactly as `big.Rat` does.
    static func isMultiple(_ valueText: String, of divisorText: String) -> Bool {
        guard let a = decimal(valueText), let b = decimal(divisorText), !b.digits.isEmpty else { return true }
        if a.digits.isEmpty { return true }
        guard let ma = uint64(a.digits), let mb = uint64(b.digits) else {
            guard let x = Double(valueText), let y = Double(divisorText) else { return true }
            let q = x / y
            return q == q.rounded()
        }
        let shift = a.exponent - b.exponent
        if shift >= 0 {
            // ma × 10^shift ≡ 0 (mod mb)
            var result = ma % mb
            var power: UInt64 = 10 % mb
            var e = shift
            while e > 0 && result != 0 {
                if e & 1 == 1 { result = mulMod(result, power, mb) }
                power = mulMod(power, power, mb)
                e >>= 1
            }
            return result == 0
        }
        // ma ≡ 0 (mod mb × 10^-shift)
        var modulus = mb
        for _ in 0..<(-shift) {
            let (product, overflow) = modulus.multipliedReportingOverflow(by: 10)
            if overflow { return false }
            modulus = product
        }
        return ma % modulus == 0
    }

    /// Compares two decimal texts exactly (`big.Rat.Cmp`): negative, zero or positive.
    static func compare(_ aText: String, _ bText: String) -> Int {
        guard let a = decimal(aText), let b = decimal(bText) else {
            let x = Double(aText) ?? 0, y = Double(bText) ?? 0
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        let signA = a.digits.isEmpty ? 0 : (a.negative ? -1 : 1)
        let signB = b.digits.isEmpty ? 0 : (b.negative ? -1 : 1)
        if signA != signB { return signA < signB ? -1 : 1 }
        if signA == 0 { return 0 }
        // Same sign: compare magnitudes, by the position of the leading digit, then digit by digit.
        var magnitude = 0
        let leadA = a.digits.count + a.exponent, leadB = b.digits.count + b.exponent
        if leadA != leadB {
            magnitude = leadA < leadB ? -1 : 1
        } else {
            for i in 0..<max(a.digits.count, b.digits.count) {
                let x = i < a.digits.count ? a.digits[i] : 0
                let y = i < b.digits.count ? b.digits[i] : 0
                if x != y { magnitude = x < y ? -1 : 1; break }
            }
        }
        return signA * magnitude
    }

    private static func uint64(_ digits: [UInt8]) -> UInt64? {
        guard digits.count <= 19 else { return nil }
        var v: UInt64 = 0
        for d in digits { v = v * 10 + UInt64(d) }
        return v
    }

    private static func mulMod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        let full = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((full.high, full.low)).remainder
    }

    /// `%d` through the English printer: digits grouped by thousands.
    static func integer(_ n: Int) -> String {
        let magnitude = String(n.magnitude)
        return (n < 0 ? "-" : "") + grouped(magnitude)
    }

    private static func grouped(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        for (i, c) in chars.enumerated() {
            if i > 0 && (chars.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// `%v` of a float64 through the English printer: shortest digits, thousands grouped, and
    /// scientific form (`1.5×10⁰⁶`, `1×10⁻⁰⁵`) when the exponent is below -4 or at least 6.
    static func float(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
        guard let parsed = decimal("\(d)"), !parsed.digits.isEmpty else { return "0" }
        let sign = parsed.negative ? "-" : ""
        let digits = parsed.digits.map { String($0) }.joined()
        // value = 0.digits × 10^pointExponent
        let pointExponent = parsed.exponent + parsed.digits.count
        let exp = pointExponent - 1
        if exp < -4 || exp >= 6 {
            var mantissa = String(digits.prefix(1))
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            var expDigits = String(exp.magnitude)
            if expDigits.count < 2 { expDigits = "0" + expDigits }
            let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
            var expText = exp < 0 ? "⁻" : ""
            for c in expDigits.utf8 { expText.append(superscripts[Int(c - 0x30)]) }
            return sign + mantissa + "×10" + expText
        }
        if pointExponent <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointExponent) + digits
        }
        if pointExponent >= digits.count {
            return sign + grouped(digits + String(repeating: "0", count: pointExponent - digits.count))
        }
        let integerPart = String(digits.prefix(pointExponent))
        return sign + grouped(integerPart) + "." + digits.dropFirst(pointExponent)
    }
}
