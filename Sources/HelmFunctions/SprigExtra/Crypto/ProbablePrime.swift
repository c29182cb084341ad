/// Probable-prime testing for DSA parameter generation (`big.Int.ProbablyPrime` as FIPS 186-3 uses it):
/// trial division by the primes below 2^15, then Miller–Rabin with base 2 and `rounds` further bases.
///
/// Go adds a Lucas test (Baillie–PSW); with 64 random-base rounds, as `crypto/dsa` asks for, the chance
/// that a composite passes is below 4⁻⁶⁴ without it. The bases come from a generator seeded by the
/// candidate itself, as Go's do, so the test uses none of the render's randomness.
enum ProbablePrime {
    static let smallPrimes: [UInt64] = {
        var sieve = [Bool](repeating: true, count: 1 << 15)
        var primes: [UInt64] = []
        for n in 2..<sieve.count where sieve[n] {
            primes.append(UInt64(n))
            var multiple = n * n
            while multiple < sieve.count {
                sieve[multiple] = false
                multiple += n
            }
        }
        return primes
    }()

    /// Groups of small primes whose product fits in 64 bits: one long division per group.
    private static let primeGroups: [(product: UInt64, primes: [UInt64])] = {
        var groups: [(UInt64, [UInt64])] = []
        var product: UInt64 = 1
        var members: [UInt64] = []
        for p in smallPrimes {
            let (next, overflow) = product.multipliedReportingOverflow(by: p)
            if overflow {
                groups.append((product, members))
                product = p
                members = [p]
            } else {
                product = next
                members.append(p)
            }
        }
        if !members.isEmpty { groups.append((product, members)) }
        return groups
    }()

    static func isProbablePrime(_ n: BigUInt, rounds: Int) -> Bool {
        if n.bitLength <= 30 {
            // Below 2^30 the small primes reach past √n: trial division decides.
            let value = n.limbs.first ?? 0
            if value < 2 { return false }
            for p in smallPrimes where p * p <= value {
                if value % p == 0 { return false }
            }
            return true
        }
        // Most candidates end here, so this loop avoids iterators (slow in unoptimized builds).
        var g = 0
        while g < primeGroups.count {
            let group = primeGroups[g]
            let r = n.remainder(dividingBy: group.product)
            var k = 0
            while k < group.primes.count {
                if r % group.primes[k] == 0 { return false }
                k += 1
            }
            g += 1
        }
        guard let domain = MontgomeryModulus(n) else { return false }
        let nMinusOne = n - BigUInt(1)
        var d = nMinusOne
        var s = 0
        while !d.isOdd && !d.isZero {
            d = d / BigUInt(2)
            s += 1
        }
        let minusOne = domain.enter(nMinusOne)
        var generator = SplitMix64(seed: n.limbs.first ?? 0)
        for round in 0...rounds {
            let base = round == 0 ? BigUInt(2) : randomBase(below: n, &generator)
            if !passesMillerRabin(domain.enter(base), d: d, s: s, domain: domain, minusOne: minusOne) { return false }
        }
        return true
    }

    /// A base in [2, n-2]: random limbs below n's top limb, so always smaller than n - 2.
    private static func randomBase(below n: BigUInt, _ generator: inout SplitMix64) -> BigUInt {
        var limbs = (0..<max(n.limbs.count - 1, 1)).map { _ in generator.next() }
        if limbs.count == n.limbs.count, let top = n.limbs.last { limbs[limbs.count - 1] %= max(top, 1) }
        let base = BigUInt(limbs: limbs)
        return base < BigUInt(2) ? BigUInt(2) : base
    }

    private static func passesMillerRabin(_ base: [UInt64], d: BigUInt, s: Int, domain: MontgomeryModulus,
                                          minusOne: [UInt64]) -> Bool {
        var x = domain.powerInDomain(base, d)
        if x == domain.one || x == minusOne { return true }
        var i = 1
        while i < s {
            x = domain.multiply(x, x)
            if x == minusOne { return true }
            if x == domain.one { return false }
            i += 1
        }
        return false
    }
}

/// A small deterministic generator (SplitMix64) for Miller–Rabin bases.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
