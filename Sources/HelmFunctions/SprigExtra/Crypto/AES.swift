/// The AES block cipher (FIPS 197) for 128/192/256-bit keys, one 16-byte block at a time.
/// `encryptAES`/`decryptAES` use it with a 32-byte key in CBC mode.
struct AES {
    private let roundKeys: [UInt32]
    private let rounds: Int

    static let sbox: [UInt8] = {
        // Built from the multiplicative inverse in GF(2^8) and the affine map, instead of a literal table.
        var box = [UInt8](repeating: 0, count: 256)
        var p: UInt8 = 1, q: UInt8 = 1
        repeat {
            p = p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x1B : 0)
            q ^= q << 1
            q ^= q << 2
            q ^= q << 4
            if (q & 0x80) != 0 { q ^= 0x09 }
            let rot = { (x: UInt8, n: UInt8) -> UInt8 in x << n | x >> (8 - n) }
            box[Int(p)] = q ^ rot(q, 1) ^ rot(q, 2) ^ rot(q, 3) ^ rot(q, 4) ^ 0x63
        } while p != 1
        box[0] = 0x63
        return box
    }()

    static let inverseSbox: [UInt8] = {
        var inverse = [UInt8](repeating: 0, count: 256)
        for (index, value) in sbox.enumerated() { inverse[Int(value)] = UInt8(index) }
        return inverse
    }()

    /// nil for a key that is not 16, 24 or 32 bytes.
    init?(key: [UInt8]) {
        guard [16, 24, 32].contains(key.count) else { return nil }
        let nk = key.count / 4
        rounds = nk + 6
        var w = [UInt32](repeating: 0, count: 4 * (rounds + 1))
        for i in 0..<nk {
            w[i] = UInt32(key[4 * i]) << 24 | UInt32(key[4 * i + 1]) << 16 | UInt32(key[4 * i + 2]) << 8 | UInt32(key[4 * i + 3])
        }
        var rcon: UInt8 = 1
        for i in nk..<w.count {
            var t = w[i - 1]
            if i % nk == 0 {
                t = AES.subWord(t << 8 | t >> 24) ^ (UInt32(rcon) << 24)
                rcon = AES.xtime(rcon)
            } else if nk > 6 && i % nk == 4 {
                t = AES.subWord(t)
            }
            w[i] = w[i - nk] ^ t
        }
        roundKeys = w
    }

    func encryptBlock(_ input: [UInt8]) -> [UInt8] {
        var s = input
        addRoundKey(&s, 0)
        for round in 1..<rounds {
            s = s.map { AES.sbox[Int($0)] }
            AES.shiftRows(&s, inverse: false)
            AES.mixColumns(&s, inverse: false)
            addRoundKey(&s, round)
        }
        s = s.map { AES.sbox[Int($0)] }
        AES.shiftRows(&s, inverse: false)
        addRoundKey(&s, rounds)
        return s
    }

    func decryptBlock(_ input: [UInt8]) -> [UInt8] {
        var s = input
        addRoundKey(&s, rounds)
        for round in stride(from: rounds - 1, through: 1, by: -1) {
            AES.shiftRows(&s, inverse: true)
            s = s.map { AES.inverseSbox[Int($0)] }
            addRoundKey(&s, round)
            AES.mixColumns(&s, inverse: true)
        }
        AES.shiftRows(&s, inverse: true)
        s = s.map { AES.inverseSbox[Int($0)] }
        addRoundKey(&s, 0)
        return s
    }

    private func addRoundKey(_ s: inout [UInt8], _ round: Int) {
        for column in 0..<4 {
            let word = roundKeys[round * 4 + column]
            for row in 0..<4 { s[column * 4 + row] ^= UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * row)) }
        }
    }

    /// State is column-major: byte `column * 4 + row`.
    private static func shiftRows(_ s: inout [UInt8], inverse: Bool) {
        let old = s
        for row in 1..<4 {
            for column in 0..<4 {
                let source = inverse ? (column - row + 4) % 4 : (column + row) % 4
                s[column * 4 + row] = old[source * 4 + row]
            }
        }
    }

    private static func mixColumns(_ s: inout [UInt8], inverse: Bool) {
        let coefficients: [UInt8] = inverse ? [14, 11, 13, 9] : [2, 3, 1, 1]
        for column in 0..<4 {
            let a = Array(s[(column * 4)..<(column * 4 + 4)])
            for row in 0..<4 {
                var value: UInt8 = 0
                for k in 0..<4 { value ^= multiply(a[(row + k) % 4], coefficients[k]) }
                s[column * 4 + row] = value
            }
        }
    }

    private static func xtime(_ x: UInt8) -> UInt8 { x << 1 ^ ((x & 0x80) != 0 ? 0x1B : 0) }

    private static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var result: UInt8 = 0, x = a, y = b
        while y != 0 {
            if y & 1 != 0 { result ^= x }
            x = xtime(x)
            y >>= 1
        }
        return result
    }

    private static func subWord(_ w: UInt32) -> UInt32 {
        [24, 16, 8, 0].reduce(UInt32(0)) { acc, shift in
            acc | UInt32(sbox[Int(UInt8(truncatingIfNeeded: w >> UInt32(shift)))]) << UInt32(shift)
        }
    }
}
