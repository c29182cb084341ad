/// The exact decimal expansion of a binary floating-point value, for correctly rounded fixed-precision
/// formatting (`%.2f` of 2.675 is `2.67` because the double is 2.67499999…).
///
/// Same representation as Go's `strconv.decimal`: ASCII digits `d[0..<nd]` with the decimal point at `dp`
/// (value = 0.d₀d₁… × 10^dp), trailing zeros trimmed. A float64 needs at most 767 significant digits, so
/// nothing is ever truncated.
struct ExactDecimal {
    private(set) var digits: [UInt8] = []
    private(set) var decimalPoint = 0

    private static let maxShift = 27

    /// `mantissa × 2^exponent`, exactly.
    init(mantissa: UInt64, binaryExponent exponent: Int) {
        digits.reserveCapacity(32)
        var v = mantissa
        var reversed: [UInt8] = []
        while v > 0 {
            reversed.append(UInt8(ascii: "0") &+ UInt8(v % 10))
            v /= 10
        }
        digits = reversed.reversed()
        decimalPoint = digits.count
        trim()
        shift(exponent)
    }

    var count: Int { digits.count }

    private mutating func trim() {
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { decimalPoint = 0 }
    }

    /// Multiplies by 2^k (k > 0) or divides by 2^-k (k < 0).
    private mutating func shift(_ k: Int) {
        if digits.isEmpty { return }
        var k = k
        while k > 0 {
            let step = min(k, Self.maxShift)
            leftShift(step)
            k -= step
        }
        while k < 0 {
            let step = min(-k, Self.maxShift)
            rightShift(step)
            k += step
        }
    }

    /// Divides by 2^k, k ≤ 27 (so 9 << k fits comfortably in an Int).
    private mutating func rightShift(_ k: Int) {
        var read = 0
        var n = 0
        // Pick up enough leading digits to cover the first shift.
        while n >> k == 0 {
            if read >= digits.count {
                if n == 0 {
                    digits.removeAll()
                    return
                }
                while n >> k == 0 {
                    n = n &* 10
                    read += 1
                }
                break
            }
            n = n &* 10 &+ Int(digits[read] &- UInt8(ascii: "0"))
            read += 1
        }
        decimalPoint -= read - 1
        let mask = (1 << k) - 1
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + k)
        while read < digits.count {
            let digit = n >> k
            n &= mask
            out.append(UInt8(ascii: "0") &+ UInt8(digit))
            n = n &* 10 &+ Int(digits[read] &- UInt8(ascii: "0"))
            read += 1
        }
        while n > 0 {
            let digit = n >> k
            n &= mask
            out.append(UInt8(ascii: "0") &+ UInt8(digit))
            n = n &* 10
        }
        digits = out
        trim()
    }

    /// Multiplies by 2^k, k ≤ 27.
    private mutating func leftShift(_ k: Int) {
        // Work right to left into a buffer with room for the new leading digits (at most 9 for k ≤ 27).
        var out = [UInt8](repeating: UInt8(ascii: "0"), count: digits.count + 10)
        var write = out.count
        var n = 0
        var read = digits.count - 1
        while read >= 0 {
            n += Int(digits[read] &- UInt8(ascii: "0")) << k
            let quotient = n / 10
            write -= 1
            out[write] = UInt8(ascii: "0") &+ UInt8(n - quotient * 10)
            n = quotient
            read -= 1
        }
        while n > 0 {
            let quotient = n / 10
            write -= 1
            out[write] = UInt8(ascii: "0") &+ UInt8(n - quotient * 10)
            n = quotient
        }
        let added = (out.count - write) - digits.count
        digits = Array(out[write...])
        decimalPoint += added
        trim()
    }

    /// Go's `shouldRoundUp`: exact halves round to even.
    private func shouldRoundUp(_ nd: Int) -> Bool {
        if nd < 0 || nd >= digits.count { return false }
        if digits[nd] == UInt8(ascii: "5") && nd + 1 == digits.count {
            return nd > 0 && (digits[nd - 1] &- UInt8(ascii: "0")) % 2 != 0
        }
        return digits[nd] >= UInt8(ascii: "5")
    }

    /// Rounds to `nd` significant digits (or fewer); `nd == 0` rounds just left of the digits (0.09 → 0.1).
    mutating func round(_ nd: Int) {
        if nd < 0 || nd >= digits.count { return }
        if shouldRoundUp(nd) { roundUp(nd) } else { roundDown(nd) }
    }

    mutating func roundDown(_ nd: Int) {
        if nd < 0 || nd >= digits.count { return }
        digits.removeSubrange(nd...)
        trim()
    }

    mutating func roundUp(_ nd: Int) {
        if nd < 0 || nd >= digits.count { return }
        var i = nd - 1
        while i >= 0 {
            if digits[i] < UInt8(ascii: "9") {
                digits[i] &+= 1
                digits.removeSubrange((i + 1)...)
                return
            }
            i -= 1
        }
        // All nines: becomes a single 1 one place higher.
        digits = [UInt8(ascii: "1")]
        decimalPoint += 1
    }

    var decimalDigits: DecimalDigits { DecimalDigits(digits: digits, decimalPoint: decimalPoint) }
}

/// Significant decimal digits of a number and the position of its decimal point
/// (value = 0.d₀d₁… × 10^decimalPoint); Go's `decimalSlice`. No digits means zero.
struct DecimalDigits {
    var digits: [UInt8]
    var decimalPoint: Int
}
