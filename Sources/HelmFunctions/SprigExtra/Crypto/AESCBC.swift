/// AES in CBC mode with PKCS#7 padding on encryption, as Sprig's `encryptAES`/`decryptAES` use it.
enum AESCBC {
    static func encrypt(key: [UInt8], iv: [UInt8], plaintext: [UInt8]) -> [UInt8] {
        guard let cipher = AES(key: key) else { return [] }
        let padding = 16 - plaintext.count % 16
        let content = plaintext + [UInt8](repeating: UInt8(padding), count: padding)
        var output = iv
        var previous = iv
        for start in stride(from: 0, to: content.count, by: 16) {
            let block = zip(content[start..<start + 16], previous).map { $0 ^ $1 }
            previous = cipher.encryptBlock(block)
            output += previous
        }
        return output
    }

    /// Decrypts whole blocks; the caller strips padding (Sprig trusts the last byte).
    static func decrypt(key: [UInt8], iv: [UInt8], ciphertext: [UInt8]) -> [UInt8] {
        guard let cipher = AES(key: key) else { return [] }
        var output: [UInt8] = []
        var previous = iv
        for start in stride(from: 0, to: ciphertext.count - ciphertext.count % 16, by: 16) {
            let block = Array(ciphertext[start..<start + 16])
            output += zip(cipher.decryptBlock(block), previous).map { $0 ^ $1 }
            previous = block
        }
        return output
    }
}
