/// scrypt (RFC 7914), the key derivation behind `derivePassword` (N=32768, r=8, p=2).
enum Scrypt {
    struct ParameterError: Error { var message: String }

    static func deriveKey(password: [UInt8], salt: [UInt8], n: Int, r: Int, p: Int,
                          keyLength: Int) throws -> [UInt8] {
        guard n > 1, n & (n - 1) == 0 else {
            throw ParameterError(message: "scrypt: N must be > 1 and a power of 2")
        }
        guard r > 0, p > 0, r <= 1 << 20, p <= 1 << 20, n <= 1 << 24 else {
            throw ParameterError(message: "scrypt: parameters are too large")
        }
        let blockBytes = 128 * r
        var b = PBKDF2.deriveKey(password: password, salt: salt, iterations: 1, keyLength: p * blockBytes)
        let wordsPerBlock = 32 * r
        var x = [UInt32](repeating: 0, count: wordsPerBlock)
        var v = [UInt32](repeating: 0, count: wordsPerBlock * n)
        var scratch = [UInt32](repeating: 0, count: wordsPerBlock)
        for chunk in 0..<p {
            let base = chunk * blockBytes
            for i in 0..<wordsPerBlock {
                let o = base + i * 4
                x[i] = UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
            }
            romix(&x, &v, &scratch, n: n, r: r)
            for i in 0..<wordsPerBlock {
                let o = base + i * 4
                let word = x[i]
                b[o] = UInt8(truncatingIfNeeded: word)
                b[o + 1] = UInt8(truncatingIfNeeded: word >> 8)
                b[o + 2] = UInt8(truncatingIfNeeded: word >> 16)
                b[o + 3] = UInt8(truncatingIfNeeded: word >> 24)
            }
        }
        return PBKDF2.deriveKey(password: password, salt: b, iterations: 1, keyLength: keyLength)
    }

    private static func romix(_ x: inout [UInt32], _ v: inout [UInt32], _ scratch: inout [UInt32], n: Int, r: Int) {
        let words = 32 * r
        x.withUnsafeMutableBufferPointer { xp in
            v.withUnsafeMutableBufferPointer { vp in
                scratch.withUnsafeMutableBufferPointer { sp in
                    for i in 0..<n {
                        for k in 0..<words { vp[i * words + k] = xp[k] }
                        blockMix(xp, sp, r: r)
                    }
                    for _ in 0..<n {
                        // Integerify: the first word of the last 64-byte block, modulo N.
                        let j = Int(xp[(2 * r - 1) * 16]) & (n - 1)
                        for k in 0..<words { xp[k] ^= vp[j * words + k] }
                        blockMix(xp, sp, r: r)
                    }
                }
            }
        }
    }

    /// BlockMix with Salsa20/8; `y` is scratch space of the same size as `b`. Works on raw buffers
    /// because derivePassword runs it two million times.
    private static func blockMix(_ b: UnsafeMutableBufferPointer<UInt32>, _ y: UnsafeMutableBufferPointer<UInt32>, r: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 32) { temp in
            guard let x = temp.baseAddress else { return }
            let work = x + 16
            for k in 0..<16 { x[k] = b[(2 * r - 1) * 16 + k] }
            for i in 0..<(2 * r) {
                for k in 0..<16 { x[k] ^= b[i * 16 + k] }
                salsa208(x, work)
                // Even blocks go to the first half of the output, odd ones to the second.
                let target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16
                for k in 0..<16 { y[target + k] = x[k] }
            }
        }
        for k in 0..<(32 * r) { b[k] = y[k] }
    }

    private static func salsa208(_ block: UnsafeMutablePointer<UInt32>, _ x: UnsafeMutablePointer<UInt32>) {
        for i in 0..<16 { x[i] = block[i] }
        @inline(__always) func rotl(_ a: UInt32, _ n: UInt32) -> UInt32 { a << n | a >> (32 - n) }
        for _ in 0..<4 {
            x[4] ^= rotl(x[0] &+ x[12], 7); x[8] ^= rotl(x[4] &+ x[0], 9)
            x[12] ^= rotl(x[8] &+ x[4], 13); x[0] ^= rotl(x[12] &+ x[8], 18)
            x[9] ^= rotl(x[5] &+ x[1], 7); x[13] ^= rotl(x[9] &+ x[5], 9)
            x[1] ^= rotl(x[13] &+ x[9], 13); x[5] ^= rotl(x[1] &+ x[13], 18)
            x[14] ^= rotl(x[10] &+ x[6], 7); x[2] ^= rotl(x[14] &+ x[10], 9)
            x[6] ^= rotl(x[2] &+ x[14], 13); x[10] ^= rotl(x[6] &+ x[2], 18)
            x[3] ^= rotl(x[15] &+ x[11], 7); x[7] ^= rotl(x[3] &+ x[15], 9)
            x[11] ^= rotl(x[7] &+ x[3], 13); x[15] ^= rotl(x[11] &+ x[7], 18)
            x[1] ^= rotl(x[0] &+ x[3], 7); x[2] ^= rotl(x[1] &+ x[0], 9)
            x[3] ^= rotl(x[2] &+ x[1], 13); x[0] ^= rotl(x[3] &+ x[2], 18)
            x[6] ^= rotl(x[5] &+ x[4], 7); x[7] ^= rotl(x[6] &+ x[5], 9)
            x[4] ^= rotl(x[7] &+ x[6], 13); x[5] ^= rotl(x[4] &+ x[7], 18)
            x[11] ^= rotl(x[10] &+ x[9], 7); x[8] ^= rotl(x[11] &+ x[10], 9)
            x[9] ^= rotl(x[8] &+ x[11], 13); x[10] ^= rotl(x[9] &+ x[8], 18)
            x[12] ^= rotl(x[15] &+ x[14], 7); x[13] ^= rotl(x[12] &+ x[15], 9)
            x[14] ^= rotl(x[13] &+ x[12], 13); x[15] ^= rotl(x[14] &+ x[13], 18)
        }
        for i in 0..<16 { block[i] = block[i] &+ x[i] }
    }
}
