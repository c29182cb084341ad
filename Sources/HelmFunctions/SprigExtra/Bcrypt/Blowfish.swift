/// The Blowfish cipher state as bcrypt drives it (golang.org/x/crypto/blowfish): the P-array and four
/// S-boxes, initialised from π, with the plain and salted key schedules.
struct Blowfish {
    var p: [UInt32]
    var s0: [UInt32], s1: [UInt32], s2: [UInt32], s3: [UInt32]

    /// P (18 words) then the four S-boxes (256 words each), in π's order.
    private static let initialState: [UInt32] = PiFraction.words(18 + 4 * 256)

    init() {
        let words = Blowfish.initialState
        p = Array(words[0..<18])
        s0 = Array(words[18..<274])
        s1 = Array(words[274..<530])
        s2 = Array(words[530..<786])
        s3 = Array(words[786..<1042])
    }

    /// Encrypts one 64-bit block given as two big-endian halves.
    func encrypt(_ left: UInt32, _ right: UInt32) -> (UInt32, UInt32) {
        var l = left ^ p[0], r = right
        var i = 1
        while i < 17 {
            r ^= f(l) ^ p[i]
            l ^= f(r) ^ p[i + 1]
            i += 2
        }
        return (r ^ p[17], l)
    }

    @inline(__always)
    private func f(_ x: UInt32) -> UInt32 {
        ((s0[Int(x >> 24)] &+ s1[Int((x >> 16) & 0xFF)]) ^ s2[Int((x >> 8) & 0xFF)]) &+ s3[Int(x & 0xFF)]
    }

    /// The standard key schedule (`ExpandKey`).
    mutating func expandKey(_ key: [UInt8]) {
        expand(key: key, salt: nil)
    }

    /// bcrypt's salted key schedule (`expandKeyWithSalt`): the salt is mixed into every block encrypted.
    mutating func expandKey(_ key: [UInt8], salt: [UInt8]) {
        expand(key: key, salt: salt)
    }

    private mutating func expand(key: [UInt8], salt: [UInt8]?) {
        var keyPosition = 0
        for i in 0..<18 { p[i] ^= Blowfish.nextWord(key, &keyPosition) }
        var saltPosition = 0
        var l: UInt32 = 0, r: UInt32 = 0
        func next() {
            if let salt = salt {
                l ^= Blowfish.nextWord(salt, &saltPosition)
                r ^= Blowfish.nextWord(salt, &saltPosition)
            }
            (l, r) = encrypt(l, r)
        }
        for i in stride(from: 0, to: 18, by: 2) { next(); p[i] = l; p[i + 1] = r }
        for i in stride(from: 0, to: 256, by: 2) { next(); s0[i] = l; s0[i + 1] = r }
        for i in stride(from: 0, to: 256, by: 2) { next(); s1[i] = l; s1[i + 1] = r }
        for i in stride(from: 0, to: 256, by: 2) { next(); s2[i] = l; s2[i + 1] = r }
        for i in stride(from: 0, to: 256, by: 2) { next(); s3[i] = l; s3[i + 1] = r }
    }

    /// Four bytes, big-endian, cycling through `data`.
    private static func nextWord(_ data: [UInt8], _ position: inout Int) -> UInt32 {
        var word: UInt32 = 0
        for _ in 0..<4 {
            if position >= data.count { position = 0 }
            word = word << 8 | UInt32(data.isEmpty ? 0 : data[position])
            position += 1
        }
        return word
    }
}
