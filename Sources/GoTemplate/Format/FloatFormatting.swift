/// `strconv.AppendFloat(buf, v, fmt, prec, 64)`: Go's float64 → text conversion.
///
/// Shortest (`prec < 0`) digits come from Swift's `description`, which, like Go's Ryū, yields the
/// shortest digit string that parses back to the same double and, among those, the closest one.
/// Fixed precision rounds the exact binary value (half to even on exact ties), as Go does.
enum FloatFormatting {
    private static let mantissaBits = 52
    private static let bias = -1023

    static func append(_ v: Double, format fmt: UInt8, precision: Int, to buf: inout [UInt8]) {
        let bits = v.bitPattern
        let negative = bits >> 63 != 0
        var exponent = Int((bits >> 52) & 0x7FF)
        var mantissa = bits & ((1 << 52) - 1)

        switch exponent {
        case 0x7FF:
            let text = mantissa != 0 ? "NaN" : (negative ? "-Inf" : "+Inf")
            buf.append(contentsOf: text.utf8)
            return
        case 0:
            exponent += 1 // denormal
        default:
            mantissa |= 1 << 52
        }
        exponent += bias

        if fmt == UInt8(ascii: "b") {
            appendBinary(negative: negative, mantissa: mantissa, exponent: exponent, to: &buf)
            return
        }
        if fmt == UInt8(ascii: "x") || fmt == UInt8(ascii: "X") {
            appendHex(negative: negative, mantissa: mantissa, exponent: exponent, format: fmt,
                      precision: precision, to: &buf)
            return
        }

        var prec = precision
        let shortest = prec < 0
        let digits: DecimalDigits
        if shortest {
            digits = mantissa == 0 ? DecimalDigits(digits: [], decimalPoint: 0) : shortestDigits(v)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = max(digits.digits.count - 1, 0)
            case UInt8(ascii: "f"): prec = max(digits.digits.count - digits.decimalPoint, 0)
            case UInt8(ascii: "g"), UInt8(ascii: "G"): prec = digits.digits.count
            default: break
            }
        } else {
            var exact = ExactDecimal(mantissa: mantissa, binaryExponent: exponent - mantissaBits)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                exact.round(prec &+ 1)
            case UInt8(ascii: "f"):
                exact.round(exact.decimalPoint &+ prec)
            case UInt8(ascii: "g"), UInt8(ascii: "G"):
                if prec == 0 { prec = 1 }
                exact.round(prec)
            default:
                break
            }
            digits = exact.decimalDigits
        }
        appendDigits(digits, shortest: shortest, negative: negative, precision: prec, format: fmt, to: &buf)
    }

    /// Shortest round-trip digits of a finite, non-zero double, read off Swift's `description`
    /// (forms such as `1.5`, `100000.0`, `0.0001`, `1e-05`, `1.2345678901234568e+17`).
    static func shortestDigits(_ v: Double) -> DecimalDigits {
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var integerDigits = -1
        var exponent = 0
        var exponentNegative = false
        var inExponent = false
        var leadingZeros = 0
        for c in v.magnitude.description.utf8 {
            if inExponent {
                switch c {
                case UInt8(ascii: "-"): exponentNegative = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): exponent = exponent &* 10 &+ Int(c &- UInt8(ascii: "0"))
                default: break
                }
                continue
            }
            switch c {
            case UInt8(ascii: "."):
                integerDigits = digits.count + leadingZeros
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits.isEmpty && c == UInt8(ascii: "0") {
                    leadingZeros += 1
                } else {
                    digits.append(c)
                }
            default:
                break
            }
        }
        if integerDigits < 0 { integerDigits = digits.count + leadingZeros }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { return DecimalDigits(digits: [], decimalPoint: 0) }
        let decimalPoint = integerDigits - leadingZeros + (exponentNegative ? -exponent : exponent)
        return DecimalDigits(digits: digits, decimalPoint: decimalPoint)
    }

    /// Go's `formatDigits`.
    private static func appendDigits(_ d: DecimalDigits, shortest: Bool, negative: Bool, precision: Int,
                                     format fmt: UInt8, to buf: inout [UInt8]) {
        switch fmt {
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            appendExponential(d, negative: negative, precision: precision, format: fmt, to: &buf)
        case UInt8(ascii: "f"):
            appendFixed(d, negative: negative, precision: precision, to: &buf)
        case UInt8(ascii: "g"), UInt8(ascii: "G"):
            var prec = precision
            var eprec = prec
            let nd = d.digits.count
            if eprec > nd && nd >= d.decimalPoint { eprec = nd }
            // Shortest output decides between %e and %f as if the precision were 6.
            if shortest { eprec = 6 }
            let exp = d.decimalPoint - 1
            if exp < -4 || exp >= eprec {
                if prec > nd { prec = nd }
                let eFormat = fmt == UInt8(ascii: "g") ? UInt8(ascii: "e") : UInt8(ascii: "E")
                appendExponential(d, negative: negative, precision: prec - 1, format: eFormat, to: &buf)
                return
            }
            if prec > d.decimalPoint { prec = nd }
            appendFixed(d, negative: negative, precision: max(prec - d.decimalPoint, 0), to: &buf)
        default:
            buf.append(UInt8(ascii: "%"))
            buf.append(fmt)
        }
    }

    /// `-d.dddde±dd`
    private static func appendExponential(_ d: DecimalDigits, negative: Bool, precision: Int, format fmt: UInt8,
                                          to buf: inout [UInt8]) {
        if negative { buf.append(UInt8(ascii: "-")) }
        let nd = d.digits.count
        buf.append(nd != 0 ? d.digits[0] : UInt8(ascii: "0"))
        if precision > 0 {
            buf.append(UInt8(ascii: "."))
            var i = 1
            let m = min(nd, precision + 1)
            if i < m {
                buf.append(contentsOf: d.digits[i..<m])
                i = m
            }
            while i <= precision {
                buf.append(UInt8(ascii: "0"))
                i += 1
            }
        }
        buf.append(fmt)
        var exp = nd == 0 ? 0 : d.decimalPoint - 1
        if exp < 0 {
            buf.append(UInt8(ascii: "-"))
            exp = -exp
        } else {
            buf.append(UInt8(ascii: "+"))
        }
        let zero = UInt8(ascii: "0")
        if exp < 10 {
            buf.append(zero)
            buf.append(zero + UInt8(exp))
        } else if exp < 100 {
            buf.append(zero + UInt8(exp / 10))
            buf.append(zero + UInt8(exp % 10))
        } else {
            buf.append(zero + UInt8(exp / 100))
            buf.append(zero + UInt8((exp / 10) % 10))
            buf.append(zero + UInt8(exp % 10))
        }
    }

    /// `-ddddddd.ddddd`
    private static func appendFixed(_ d: DecimalDigits, negative: Bool, precision: Int, to buf: inout [UInt8]) {
        if negative { buf.append(UInt8(ascii: "-")) }
        let nd = d.digits.count
        if d.decimalPoint > 0 {
            let m = min(nd, d.decimalPoint)
            buf.append(contentsOf: d.digits[0..<m])
            if m < d.decimalPoint {
                buf.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: d.decimalPoint - m))
            }
        } else {
            buf.append(UInt8(ascii: "0"))
        }
        if precision > 0 {
            buf.append(UInt8(ascii: "."))
            for i in 0..<precision {
                let j = d.decimalPoint + i
                buf.append(j >= 0 && j < nd ? d.digits[j] : UInt8(ascii: "0"))
            }
        }
    }

    /// `-ddddp±ddd`: decimal mantissa and binary exponent.
    private static func appendBinary(negative: Bool, mantissa: UInt64, exponent: Int, to buf: inout [UInt8]) {
        if negative { buf.append(UInt8(ascii: "-")) }
        buf.append(contentsOf: String(mantissa).utf8)
        buf.append(UInt8(ascii: "p"))
        let exp = exponent - mantissaBits
        if exp >= 0 { buf.append(UInt8(ascii: "+")) }
        buf.append(contentsOf: String(exp).utf8)
    }

    /// `-0x1.yyyyp±ddd`: hexadecimal mantissa and binary exponent.
    private static func appendHex(negative: Bool, mantissa: UInt64, exponent: Int, format fmt: UInt8,
                                  precision prec: Int, to buf: inout [UInt8]) {
        var mant = mantissa
        var exp = mant == 0 ? 0 : exponent
        // Shift so the leading 1 (if any) is at bit 60.
        mant <<= 60 - UInt64(mantissaBits)
        while mant != 0 && mant & (1 << 60) == 0 {
            mant <<= 1
            exp -= 1
        }
        if prec >= 0 && prec < 15 {
            let shift = UInt64(prec * 4)
            let extra = (mant << shift) & ((1 << 60) - 1)
            mant >>= 60 - shift
            if extra | (mant & 1) > 1 << 59 { mant &+= 1 }
            mant <<= 60 - shift
            if mant & (1 << 61) != 0 {
                mant >>= 1
                exp += 1
            }
        }
        let hex: [UInt8] = fmt == UInt8(ascii: "X") ? Array("0123456789ABCDEF".utf8) : GoQuoting.lowerHex
        if negative { buf.append(UInt8(ascii: "-")) }
        buf.append(UInt8(ascii: "0"))
        buf.append(fmt)
        buf.append(UInt8(ascii: "0") + UInt8((mant >> 60) & 1))
        mant <<= 4
        if prec < 0 && mant != 0 {
            buf.append(UInt8(ascii: "."))
            while mant != 0 {
                buf.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        } else if prec > 0 {
            buf.append(UInt8(ascii: "."))
            for _ in 0..<prec {
                buf.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        }
        buf.append(fmt == UInt8(ascii: "X") ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exp < 0 {
            buf.append(UInt8(ascii: "-"))
            exp = -exp
        } else {
            buf.append(UInt8(ascii: "+"))
        }
        let text = String(exp)
        if exp < 10 { buf.append(UInt8(ascii: "0")) }
        buf.append(contentsOf: text.utf8)
    }
}
