/// The hexadecimal digits of π's fractional part, which Blowfish uses as its initial subkeys
/// (0x243F6A88, 0x85A308D3, …). Computed once with Machin's formula, π = 16·atan(1/5) − 4·atan(1/239),
/// in fixed point, instead of carrying a thousand-word literal table.
enum PiFraction {
    /// The first `count` 32-bit words after the point.
    static func words(_ count: Int) -> [UInt32] {
        let guardWords = 4
        let length = 1 + count + guardWords // limb 0 is the integer part; big-endian limbs
        var pi = FixedPoint(length: length)
        pi.add(FixedPoint.arctanOfReciprocal(5, length: length).multiplied(by: 16))
        pi.subtract(FixedPoint.arctanOfReciprocal(239, length: length).multiplied(by: 4))
        return Array(pi.limbs[1...count])
    }

    /// An unsigned fixed-point number: big-endian 32-bit limbs, the first being the integer part.
    private struct FixedPoint {
        var limbs: [UInt32]

        init(length: Int) { limbs = [UInt32](repeating: 0, count: length) }

        var isZero: Bool { limbs.allSatisfy { $0 == 0 } }

        /// atan(1/x) = 1/x − 1/(3x³) + 1/(5x⁵) − …
        static func arctanOfReciprocal(_ x: UInt32, length: Int) -> FixedPoint {
            var power = FixedPoint(length: length) // 1/x^(2k+1)
            power.limbs[0] = 1
            power.divide(by: x)
            var sum = power
            let square = x * x
            var k: UInt32 = 1
            while true {
                power.divide(by: square)
                if power.isZero { break }
                var term = power
                term.divide(by: 2 * k + 1)
                if k % 2 == 1 { sum.subtract(term) } else { sum.add(term) }
                k += 1
            }
            return sum
        }

        mutating func divide(by divisor: UInt32) {
            var remainder: UInt64 = 0
            for i in limbs.indices {
                let current = remainder << 32 | UInt64(limbs[i])
                limbs[i] = UInt32(truncatingIfNeeded: current / UInt64(divisor))
                remainder = current % UInt64(divisor)
            }
        }

        func multiplied(by factor: UInt32) -> FixedPoint {
            var result = self
            var carry: UInt64 = 0
            for i in limbs.indices.reversed() {
                let product = UInt64(limbs[i]) * UInt64(factor) + carry
                result.limbs[i] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            return result
        }

        mutating func add(_ other: FixedPoint) {
            var carry: UInt64 = 0
            for i in limbs.indices.reversed() {
                let sum = UInt64(limbs[i]) + UInt64(other.limbs[i]) + carry
                limbs[i] = UInt32(truncatingIfNeeded: sum)
                carry = sum >> 32
            }
        }

        mutating func subtract(_ other: FixedPoint) {
            var borrow: UInt32 = 0
            for i in limbs.indices.reversed() {
                let (partial, overflow1) = limbs[i].subtractingReportingOverflow(other.limbs[i])
                let (result, overflow2) = partial.subtractingReportingOverflow(borrow)
                limbs[i] = result
                borrow = (overflow1 || overflow2) ? 1 : 0
            }
        }
    }
}
