import GoTemplate

/// Sprig's `genPrivateKey "dsa"`: Go's `dsa.GenerateParameters(…, dsa.L2048N256)` then `dsa.GenerateKey`,
/// reading every random byte from the render environment's injectable source in the order Go reads
/// `crypto/rand` (q candidates, p candidates, then x), so a seeded environment gives the same key.
///
/// FIPS 186-3 without the verification seed, as Go does it: q is a random N-bit number with the top and
/// bottom bits set until it is a probable prime; p is a random L-bit number with those bits set, moved
/// down to ≡ 1 (mod q), tried 4·L times per q; g = h^((p-1)/q) mod p for the first h = 2, 3, … giving
/// g ≠ 1; x is a random N/8-byte number in [1, q), y = g^x mod p.
enum DSAKeyGenerator {
    struct Key {
        let p: BigUInt, q: BigUInt, g: BigUInt, y: BigUInt, x: BigUInt
    }

    /// Go's `numMRTests`: the largest count FIPS 186-3 table C.1 recommends.
    static let millerRabinRounds = 64

    static func generate(l: Int = 2048, n: Int = 256, random: (Int) -> [UInt8]) -> Key {
        let (p, q) = primes(l: l, n: n, random: random)
        let one = BigUInt(1)
        let pMinusOne = p - one
        let e = pMinusOne / q
        var h = BigUInt(2)
        var g = BigUInt()
        if let domain = MontgomeryModulus(p) {
            while true {
                g = domain.power(h, e)
                if g != one { break }
                h = h + one
            }
        }
        var x = BigUInt()
        while true {
            x = BigUInt(bigEndian: random(q.bitLength / 8))
            if !x.isZero && x < q { break }
        }
        let y = MontgomeryModulus(p)?.power(g, x) ?? BigUInt()
        return Key(p: p, q: q, g: g, y: y, x: x)
    }

    private static func primes(l: Int, n: Int, random: (Int) -> [UInt8]) -> (p: BigUInt, q: BigUInt) {
        let one = BigUInt(1)
        while true {
            var qBytes = random(n / 8)
            qBytes[qBytes.count - 1] |= 1
            qBytes[0] |= 0x80
            let q = BigUInt(bigEndian: qBytes)
            if !ProbablePrime.isProbablePrime(q, rounds: millerRabinRounds) { continue }
            for _ in 0..<(4 * l) {
                var pBytes = random(l / 8)
                pBytes[pBytes.count - 1] |= 1
                pBytes[0] |= 0x80
                var p = BigUInt(bigEndian: pBytes)
                // Go's p - (p mod q - 1), which is p + 1 when p mod q is 0.
                let remainder = p % q
                p = remainder.isZero ? p + one : p - (remainder - one)
                if p.bitLength < l { continue }
                if !ProbablePrime.isProbablePrime(p, rounds: millerRabinRounds) { continue }
                return (p, q)
            }
        }
    }

    /// Sprig's `DSAKeyFormat` ASN.1 sequence: version 0, P, Q, G, Y, X.
    static func keyFormat(_ key: Key) -> SprigPrivateKey.DSAKeyFormat {
        SprigPrivateKey.DSAKeyFormat(elements: [[0], key.p.bigEndianBytes, key.q.bigEndianBytes, key.g.bigEndianBytes,
                                                key.y.bigEndianBytes, key.x.bigEndianBytes])
    }
}
