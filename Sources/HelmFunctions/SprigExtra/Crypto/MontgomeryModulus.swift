/// Modular exponentiation by an odd modulus in Montgomery form (`big.Int.Exp` for DSA and Miller–Rabin).
///
/// Numbers in the domain are `limbCount` limbs, least significant first, each below the modulus and
/// holding `x·R mod m` for R = 2^(64·limbCount). Multiplication is the CIOS method with one scratch
/// buffer per modulus, which keeps the 2048-bit prime search fast enough in unoptimized builds too.
final class MontgomeryModulus {
    let modulus: BigUInt
    let limbCount: Int
    /// -m⁻¹ mod 2^64.
    private let inverse: UInt64
    /// R² mod m, to enter the domain.
    private let rSquared: [UInt64]
    /// R mod m: 1 in the domain.
    let one: [UInt64]
    /// The modulus' limbs and the CIOS accumulator, owned by this object.
    private let modulusLimbs: UnsafeMutablePointer<UInt64>
    private let scratch: UnsafeMutablePointer<UInt64>

    /// nil for an even or zero modulus (Montgomery form needs an odd one).
    init?(_ modulus: BigUInt) {
        guard modulus.isOdd else { return nil }
        self.modulus = modulus
        let m = modulus.limbs
        limbCount = m.count
        // Newton's iteration doubles the correct low bits of m⁻¹ mod 2^64 each step (m odd: 1 bit to start).
        var x: UInt64 = 1
        for _ in 0..<6 { x = x &* (2 &- m[0] &* x) }
        inverse = 0 &- x
        let r = BigUInt(limbs: [UInt64](repeating: 0, count: limbCount) + [1])
        one = Self.padded((r % modulus).limbs, to: limbCount)
        let r2 = BigUInt(limbs: [UInt64](repeating: 0, count: 2 * limbCount) + [1])
        rSquared = Self.padded((r2 % modulus).limbs, to: limbCount)
        modulusLimbs = UnsafeMutablePointer<UInt64>.allocate(capacity: limbCount)
        modulusLimbs.initialize(from: m, count: limbCount)
        scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: limbCount + 2)
        scratch.initialize(repeating: 0, count: limbCount + 2)
    }

    deinit {
        modulusLimbs.deallocate()
        scratch.deallocate()
    }

    static func padded(_ limbs: [UInt64], to count: Int) -> [UInt64] {
        limbs.count >= count ? Array(limbs.prefix(count)) : limbs + [UInt64](repeating: 0, count: count - limbs.count)
    }

    /// x (any size) into the domain.
    func enter(_ x: BigUInt) -> [UInt64] {
        let reduced = x < modulus ? x : x % modulus
        return multiply(Self.padded(reduced.limbs, to: limbCount), rSquared)
    }

    /// A domain number back to an ordinary integer.
    func leave(_ x: [UInt64]) -> BigUInt {
        var unit = [UInt64](repeating: 0, count: limbCount)
        unit[0] = 1
        return BigUInt(limbs: multiply(x, unit))
    }

    /// a·b·R⁻¹ mod m.
    func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var result = [UInt64](repeating: 0, count: limbCount)
        guard a.count == limbCount, b.count == limbCount else { return result }
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                result.withUnsafeMutableBufferPointer { r in
                    guard let a = a.baseAddress, let b = b.baseAddress, let r = r.baseAddress else { return }
                    product(a, b, into: r)
                }
            }
        }
        return result
    }

    /// The CIOS loop on raw limbs: `out` may not alias `a` or `b`. Written with pointers and `while`
    /// loops because unoptimized builds (the test suite's) pay heavily for ranges and checked buffers.
    private func product(_ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, into out: UnsafeMutablePointer<UInt64>) {
        let n = limbCount
        let t = scratch, m = modulusLimbs
        var k = 0
        while k < n + 2 { t[k] = 0; k += 1 }
        var i = 0
        while i < n {
            // t += a·b[i]
            let bi = b[i]
            var carry: UInt64 = 0
            var j = 0
            while j < n {
                let p = a[j].multipliedFullWidth(by: bi)
                let (s1, o1) = t[j].addingReportingOverflow(p.low)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                t[j] = s2
                carry = p.high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                j += 1
            }
            let (top, topOverflow) = t[n].addingReportingOverflow(carry)
            t[n] = top
            t[n + 1] = topOverflow ? 1 : 0
            // t = (t + q·m) / 2^64, with q chosen to clear the low limb.
            let q = t[0] &* inverse
            var p = q.multipliedFullWidth(by: m[0])
            let (_, o0) = t[0].addingReportingOverflow(p.low)
            carry = p.high &+ (o0 ? 1 : 0)
            j = 1
            while j < n {
                p = q.multipliedFullWidth(by: m[j])
                let (s1, o1) = t[j].addingReportingOverflow(p.low)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                t[j - 1] = s2
                carry = p.high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                j += 1
            }
            let (s, o) = t[n].addingReportingOverflow(carry)
            t[n - 1] = s
            t[n] = t[n + 1] &+ (o ? 1 : 0)
            i += 1
        }
        // The result is below 2m: subtract m once when it is not below m.
        var subtract = t[n] != 0
        if !subtract {
            subtract = true
            k = n - 1
            while k >= 0 {
                if t[k] != m[k] {
                    subtract = t[k] > m[k]
                    break
                }
                k -= 1
            }
        }
        if subtract {
            var borrow: UInt64 = 0
            k = 0
            while k < n {
                let (d1, b1) = t[k].subtractingReportingOverflow(m[k])
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                out[k] = d2
                borrow = (b1 ? 1 : 0) &+ (b2 ? 1 : 0)
                k += 1
            }
        } else {
            out.update(from: t, count: n)
        }
    }

    /// base^exponent mod m, both ordinary integers (`big.Int.Exp`), by 4-bit windows.
    func power(_ base: BigUInt, _ exponent: BigUInt) -> BigUInt {
        leave(powerInDomain(enter(base), exponent))
    }

    /// x^exponent with x and the result in the domain: 4-bit windows over a table of x⁰…x¹⁵.
    func powerInDomain(_ x: [UInt64], _ exponent: BigUInt) -> [UInt64] {
        let n = limbCount
        guard x.count == n else { return one }
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: 16 * n)
        let accumulator = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        let spare = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        defer {
            table.deallocate()
            accumulator.deallocate()
            spare.deallocate()
        }
        table.initialize(from: one, count: n)
        (table + n).initialize(from: x, count: n)
        var k = 2
        while k < 16 {
            product(table + (k - 1) * n, table + n, into: table + k * n)
            k += 1
        }
        accumulator.initialize(from: one, count: n)
        spare.initialize(repeating: 0, count: n)
        var result = accumulator, other = spare
        var position = ((exponent.bitLength + 3) / 4) * 4
        var started = false
        while position > 0 {
            position -= 4
            if started {
                for _ in 0..<4 {
                    product(result, result, into: other)
                    swap(&result, &other)
                }
            }
            var window = 0
            for bit in 0..<4 where exponent.bit(position + bit) { window |= 1 << bit }
            if window != 0 {
                product(result, table + window * n, into: other)
                swap(&result, &other)
                started = true
            }
        }
        return Array(UnsafeBufferPointer(start: result, count: n))
    }
}
