/// A non-negative integer of any size, as much of Go's `math/big.Int` as DSA key generation needs:
/// conversion from and to big-endian bytes, comparison, addition, subtraction, multiplication, division
/// with remainder, and bit access. Limbs are 64-bit, least significant first, with no leading zero limbs (zero is `[]`).
struct BigUInt: Equatable, Comparable {
    private(set) var limbs: [UInt64]

    init() { limbs = [] }

    init(_ value: UInt64) { limbs = value == 0 ? [] : [value] }

    init(limbs: [UInt64]) {
        self.limbs = limbs
        normalize()
    }

    /// `big.Int.SetBytes`: the unsigned big-endian integer `bytes`.
    init(bigEndian bytes: [UInt8]) {
        var limbs = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
        for (offset, byte) in bytes.reversed().enumerated() {
            limbs[offset / 8] |= UInt64(byte) << UInt64((offset % 8) * 8)
        }
        self.init(limbs: limbs)
    }

    /// `big.Int.Bytes`: the minimal big-endian magnitude (empty for zero).
    var bigEndianBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(limbs.count * 8)
        for limb in limbs.reversed() {
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift)))
            }
        }
        return Array(bytes.drop { $0 == 0 })
    }

    var isZero: Bool { limbs.isEmpty }

    /// `big.Int.BitLen`.
    var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return (limbs.count - 1) * 64 + (64 - top.leadingZeroBitCount)
    }

    func bit(_ index: Int) -> Bool {
        let limb = index / 64
        guard index >= 0, limb < limbs.count else { return false }
        return (limbs[limb] >> UInt64(index % 64)) & 1 == 1
    }

    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    private mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        var i = a.limbs.count - 1
        while i >= 0 {
            if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] }
            i -= 1
        }
        return false
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        let count = max(a.limbs.count, b.limbs.count)
        var result = [UInt64](repeating: 0, count: count + 1)
        var carry: UInt64 = 0
        for i in 0..<count {
            let x = i < a.limbs.count ? a.limbs[i] : 0
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            result[i] = s2
            carry = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
        }
        result[count] = carry
        return BigUInt(limbs: result)
    }

    /// `a - b` for `a >= b`; callers check the order (a smaller `a` gives zero rather than wrapping).
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        guard b <= a else { return BigUInt() }
        var result = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<result.count {
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, o1) = result[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            result[i] = d2
            borrow = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
        }
        return BigUInt(limbs: result)
    }

    /// Schoolbook product.
    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        guard !a.isZero, !b.isZero else { return BigUInt() }
        var result = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            for j in 0..<b.limbs.count {
                let product = a.limbs[i].multipliedFullWidth(by: b.limbs[j])
                let (s1, o1) = result[i + j].addingReportingOverflow(product.low)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                result[i + j] = s2
                carry = product.high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            result[i + b.limbs.count] = carry
        }
        return BigUInt(limbs: result)
    }

    /// The remainder of division by a single limb (used for trial division by small primes).
    func remainder(dividingBy divisor: UInt64) -> UInt64 {
        guard divisor != 0 else { return 0 }
        var remainder: UInt64 = 0
        limbs.withUnsafeBufferPointer { limbs in
            var i = limbs.count - 1
            while i >= 0 {
                // remainder < divisor, so the quotient of (remainder, limb) / divisor fits in 64 bits.
                remainder = divisor.dividingFullWidth((high: remainder, low: limbs[i])).remainder
                i -= 1
            }
        }
        return remainder
    }

    /// Quotient and remainder (Knuth's algorithm D); a zero divisor gives (0, self).
    func quotientAndRemainder(dividingBy divisor: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        guard !divisor.isZero else { return (BigUInt(), self) }
        if self < divisor { return (BigUInt(), self) }
        let n = divisor.limbs.count
        if n == 1 {
            let d = divisor.limbs[0]
            var quotient = [UInt64](repeating: 0, count: limbs.count)
            var remainder: UInt64 = 0
            var i = limbs.count - 1
            while i >= 0 {
                let step = d.dividingFullWidth((high: remainder, low: limbs[i]))
                quotient[i] = step.quotient
                remainder = step.remainder
                i -= 1
            }
            return (BigUInt(limbs: quotient), BigUInt(remainder))
        }
        // Normalize so the divisor's top limb has its high bit set.
        let shift = UInt64(divisor.limbs[n - 1].leadingZeroBitCount)
        let v = Self.shiftedLeft(divisor.limbs, by: shift, extraLimb: false)
        var u = Self.shiftedLeft(limbs, by: shift, extraLimb: true)
        let m = u.count - n - 1
        var quotient = [UInt64](repeating: 0, count: m + 1)
        let vTop = v[n - 1], vNext = v[n - 2]
        var j = m
        while j >= 0 {
            // Estimate the quotient digit from the top two limbs, then correct it (at most twice).
            var qhat: UInt64
            var rhat: UInt64
            var rhatOverflow = false
            if u[j + n] >= vTop {
                qhat = UInt64.max
                let (r, o) = u[j + n - 1].addingReportingOverflow(vTop)
                rhat = r
                rhatOverflow = o
            } else {
                let step = vTop.dividingFullWidth((high: u[j + n], low: u[j + n - 1]))
                qhat = step.quotient
                rhat = step.remainder
            }
            while !rhatOverflow {
                let product = qhat.multipliedFullWidth(by: vNext)
                if product.high > rhat || (product.high == rhat && product.low > u[j + n - 2]) {
                    qhat &-= 1
                    let (r, o) = rhat.addingReportingOverflow(vTop)
                    rhat = r
                    rhatOverflow = o
                } else {
                    break
                }
            }
            // u[j ..< j+n+1] -= qhat * v
            var borrow: UInt64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let product = qhat.multipliedFullWidth(by: v[i])
                let (low, o1) = product.low.addingReportingOverflow(carry)
                carry = product.high &+ (o1 ? 1 : 0)
                let (d1, b1) = u[i + j].subtractingReportingOverflow(low)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (b1 ? 1 : 0) &+ (b2 ? 1 : 0)
            }
            let (d1, b1) = u[j + n].subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[j + n] = d2
            if b1 || b2 {
                // qhat was one too large: add the divisor back.
                qhat &-= 1
                var addCarry: UInt64 = 0
                for i in 0..<n {
                    let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(addCarry)
                    u[i + j] = s2
                    addCarry = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                }
                u[j + n] &+= addCarry
            }
            quotient[j] = qhat
            j -= 1
        }
        let remainder = Self.shiftedRight(Array(u[0..<n]), by: shift)
        return (BigUInt(limbs: quotient), BigUInt(limbs: remainder))
    }

    static func % (a: BigUInt, b: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: b).remainder }
    static func / (a: BigUInt, b: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: b).quotient }

    private static func shiftedLeft(_ limbs: [UInt64], by shift: UInt64, extraLimb: Bool) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: limbs.count + (extraLimb ? 1 : 0))
        var carry: UInt64 = 0
        for i in 0..<limbs.count {
            out[i] = (limbs[i] << shift) | carry
            carry = shift == 0 ? 0 : limbs[i] >> (64 - shift)
        }
        if extraLimb { out[limbs.count] = carry }
        return out
    }

    private static func shiftedRight(_ limbs: [UInt64], by shift: UInt64) -> [UInt64] {
        guard shift > 0 else { return limbs }
        var out = limbs
        for i in 0..<limbs.count {
            let high = i + 1 < limbs.count ? limbs[i + 1] << (64 - shift) : 0
            out[i] = (limbs[i] >> shift) | high
        }
        return out
    }
}
