/// PBKDF2 with HMAC-SHA256 (RFC 8018), the outer layer of scrypt.
enum PBKDF2 {
    static func deriveKey(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        var derived: [UInt8] = []
        var blockIndex: UInt32 = 1
        while derived.count < keyLength {
            var u = HMACSHA256.authenticate(key: password, message: salt + MerkleDamgard.bigEndianBytes32(blockIndex))
            var t = u
            if iterations > 1 {
                for _ in 1..<iterations {
                    u = HMACSHA256.authenticate(key: password, message: u)
                    for i in 0..<t.count { t[i] ^= u[i] }
                }
            }
            derived.append(contentsOf: t)
            blockIndex &+= 1
        }
        return Array(derived.prefix(keyLength))
    }
}
