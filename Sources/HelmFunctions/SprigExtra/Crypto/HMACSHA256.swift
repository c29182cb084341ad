/// HMAC-SHA256 (RFC 2104), used by `derivePassword` and PBKDF2.
enum HMACSHA256 {
    static func authenticate(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let blockSize = 64
        var keyBlock = key.count > blockSize ? SHA256.hash(key) : key
        keyBlock.append(contentsOf: [UInt8](repeating: 0, count: blockSize - keyBlock.count))
        let inner = SHA256.hash(keyBlock.map { $0 ^ 0x36 } + message)
        return SHA256.hash(keyBlock.map { $0 ^ 0x5C } + inner)
    }
}
