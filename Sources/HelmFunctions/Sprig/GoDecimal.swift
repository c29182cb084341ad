/// The subset of shopspring/decimal that Sprig's float arithmetic (`addf`, `subf`, `mulf`, `divf`) uses:
/// exact decimal add/sub/mul, division rounded half away from zero to 16 places, and conversion from and
/// to float64 through the shortest decimal form. Exact arithmetic is why `addf 1.1 2.2` is 3.3, not
/// 3.3000000000000003.
struct GoDecimal {
    var negative: Bool
    /// Coefficient magnitude.
    var coefficient: DecimalMagnitude
    var exponent: Int

    /// shopspring's `DivisionPrecision`.
    static let divisionPrecision = 16

    /// `decimal.NewFromFloat`: the shortest decimal that round-trips to `d`. NaN and infinities have
    /// no decimal form (shopspring panics), so the caller must reject them.
    init?(_ d: Double) {
        guard d.isFinite else { return nil }
        negative = d.sign == .minus && d != 0
        // Swift's description is also the shortest round-tripping form; take its digits and exponent.
        var text = Substring(abs(d).description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        var digits = ""
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            digits = String(text[..<dot]) + fraction
            exponent -= fraction.count
        } else {
            digits = String(text)
        }
        coefficient = DecimalMagnitude(decimalString: digits)
        self.exponent = exponent
    }

    init(negative: Bool, coefficient: DecimalMagnitude, exponent: Int) {
        self.negative = negative && !coefficient.isZero
        self.coefficient = coefficient
        self.exponent = exponent
    }

    var isZero: Bool { coefficient.isZero }

    /// `Decimal.Float64`: the float nearest to the exact value.
    var float64: Double {
        let text = (negative ? "-" : "") + coefficient.decimalString + "e" + String(exponent)
        return Double(text) ?? 0
    }

    private static func aligned(_ a: GoDecimal, _ b: GoDecimal) -> (DecimalMagnitude, DecimalMagnitude, Int) {
        let e = min(a.exponent, b.exponent)
        return (a.coefficient.shifted(by: a.exponent - e), b.coefficient.shifted(by: b.exponent - e), e)
    }

    static func + (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        let (x, y, e) = aligned(a, b)
        if a.negative == b.negative {
            return GoDecimal(negative: a.negative, coefficient: x.adding(y), exponent: e)
        }
        if x.compare(y) >= 0 {
            return GoDecimal(negative: a.negative, coefficient: x.subtracting(y), exponent: e)
        }
        return GoDecimal(negative: b.negative, coefficient: y.subtracting(x), exponent: e)
    }

    static prefix func - (a: GoDecimal) -> GoDecimal {
        GoDecimal(negative: !a.negative, coefficient: a.coefficient, exponent: a.exponent)
    }

    static func - (a: GoDecimal, b: GoDecimal) -> GoDecimal { a + (-b) }

    static func * (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        GoDecimal(negative: a.negative != b.negative, coefficient: a.coefficient.multiplied(by: b.coefficient),
                  exponent: a.exponent + b.exponent)
    }

    /// `Decimal.Div` = `DivRound(d2, 16)`: quotient truncated to 16 places, then rounded half away from
    /// zero by comparing twice the remainder with the divisor. Nil for division by zero.
    func divided(by d: GoDecimal) -> GoDecimal? {
        guard !d.isZero else { return nil }
        let places = GoDecimal.divisionPrecision
        // self/d * 10^places = (c1 * 10^(e1 - e2 + places)) / c2
        let shift = exponent - d.exponent + places
        var numerator = coefficient
        var denominator = d.coefficient
        if shift >= 0 { numerator = numerator.shifted(by: shift) } else { denominator = denominator.shifted(by: -shift) }
        var (quotient, remainder) = numerator.divided(by: denominator)
        if remainder.adding(remainder).compare(denominator) >= 0 {
            quotient = quotient.adding(DecimalMagnitude(decimalString: "1"))
        }
        return GoDecimal(negative: negative != d.negative, coefficient: quotient, exponent: -places)
    }
}

/// A non-negative arbitrary-precision integer as decimal digits (least significant first). Decimal
/// digits keep shifting by powers of ten trivial; the sizes Sprig's float arithmetic reaches are small.
struct DecimalMagnitude {
    /// Little-endian digits 0...9, no leading (most significant) zeros; zero is empty.
    private(set) var digits: [UInt8]

    init(decimalString: String) {
        var d: [UInt8] = []
        for b in decimalString.utf8.reversed() where b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
            d.append(b - UInt8(ascii: "0"))
        }
        digits = d
        trim()
    }

    private init(digits: [UInt8]) {
        self.digits = digits
        trim()
    }

    private mutating func trim() {
        while let last = digits.last, last == 0 { digits.removeLast() }
    }

    var isZero: Bool { digits.isEmpty }

    var decimalString: String {
        digits.isEmpty ? "0" : String(decoding: digits.reversed().map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// Multiplies by 10^n.
    func shifted(by n: Int) -> DecimalMagnitude {
        guard n > 0, !isZero else { return self }
        return DecimalMagnitude(digits: [UInt8](repeating: 0, count: n) + digits)
    }

    func compare(_ other: DecimalMagnitude) -> Int {
        if digits.count != other.digits.count { return digits.count < other.digits.count ? -1 : 1 }
        for i in stride(from: digits.count - 1, through: 0, by: -1) where digits[i] != other.digits[i] {
            return digits[i] < other.digits[i] ? -1 : 1
        }
        return 0
    }

    func adding(_ other: DecimalMagnitude) -> DecimalMagnitude {
        var result: [UInt8] = []
        result.reserveCapacity(max(digits.count, other.digits.count) + 1)
        var carry: UInt8 = 0
        for i in 0..<max(digits.count, other.digits.count) {
            let s = (i < digits.count ? digits[i] : 0) + (i < other.digits.count ? other.digits[i] : 0) + carry
            result.append(s % 10)
            carry = s / 10
        }
        if carry > 0 { result.append(carry) }
        return DecimalMagnitude(digits: result)
    }

    /// `self - other`; requires `self >= other`.
    func subtracting(_ other: DecimalMagnitude) -> DecimalMagnitude {
        var result = digits
        var borrow: Int = 0
        for i in 0..<result.count {
            var d = Int(result[i]) - borrow - (i < other.digits.count ? Int(other.digits[i]) : 0)
            if d < 0 { d += 10; borrow = 1 } else { borrow = 0 }
            result[i] = UInt8(d)
        }
        return DecimalMagnitude(digits: result)
    }

    func multiplied(by other: DecimalMagnitude) -> DecimalMagnitude {
        guard !isZero, !other.isZero else { return DecimalMagnitude(digits: []) }
        var acc = [Int](repeating: 0, count: digits.count + other.digits.count + 1)
        for (i, a) in digits.enumerated() where a != 0 {
            for (j, b) in other.digits.enumerated() {
                acc[i + j] += Int(a) * Int(b)
            }
            // Normalise as we go so the accumulators stay small.
            var carry = 0
            for k in 0..<acc.count {
                let v = acc[k] + carry
                acc[k] = v % 10
                carry = v / 10
            }
        }
        return DecimalMagnitude(digits: acc.map { UInt8($0) })
    }

    /// Long division: (quotient, remainder). `divisor` must not be zero.
    func divided(by divisor: DecimalMagnitude) -> (DecimalMagnitude, DecimalMagnitude) {
        var quotient = [UInt8](repeating: 0, count: digits.count)
        var remainder = DecimalMagnitude(digits: [])
        for i in stride(from: digits.count - 1, through: 0, by: -1) {
            remainder = DecimalMagnitude(digits: [digits[i]] + remainder.digits)
            var q: UInt8 = 0
            while remainder.compare(divisor) >= 0 {
                remainder = remainder.subtracting(divisor)
                q += 1
            }
            quotient[i] = q
        }
        return (DecimalMagnitude(digits: quotient), remainder)
    }
}
