/// bcrypt as golang.org/x/crypto/bcrypt generates it: `$2a$`, two-digit cost, 22-character salt and
/// 31-character hash in bcrypt's base64 alphabet.
enum Bcrypt {
    /// Sprig calls `GenerateFromPassword` with `bcrypt.DefaultCost`.
    static let defaultCost = 10

    struct PasswordTooLong: Error {
        let message = "bcrypt: password length exceeds 72 bytes"
    }

    static func hash(password: [UInt8], salt: [UInt8], cost: Int = defaultCost) throws -> String {
        guard password.count <= 72 else { throw PasswordTooLong() }
        let digest = rawHash(password: password, salt: salt, cost: cost)
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2a$" + costText + "$" + BcryptBase64.encode(salt) + BcryptBase64.encode(Array(digest.prefix(23)))
    }

    /// The 24-byte eksblowfish output: "OrpheanBeholderScryDoubt" encrypted 64 times.
    static func rawHash(password: [UInt8], salt: [UInt8], cost: Int) -> [UInt8] {
        let key = password + [0] // Go's bcrypt hashes the password with its C-string terminator
        var state = Blowfish()
        state.expandKey(key, salt: salt)
        let rounds = 1 << UInt64(max(0, min(cost, 31)))
        for _ in 0..<rounds {
            state.expandKey(key)
            state.expandKey(salt)
        }
        var words: [UInt32] = []
        let magic = Array("OrpheanBeholderScryDoubt".utf8)
        for i in stride(from: 0, to: 24, by: 4) {
            words.append(magic[i..<i + 4].reduce(0) { $0 << 8 | UInt32($1) })
        }
        for block in stride(from: 0, to: 6, by: 2) {
            var (l, r) = (words[block], words[block + 1])
            for _ in 0..<64 { (l, r) = state.encrypt(l, r) }
            words[block] = l
            words[block + 1] = r
        }
        return words.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }
}

/// bcrypt's base64: the standard algorithm over `./A–Za–z0–9`, unpadded.
enum BcryptBase64 {
    private static let standard = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let bcrypt = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        let translated = GoBase64.encode(bytes).utf8.compactMap { symbol -> UInt8? in
            guard let index = standard.firstIndex(of: symbol) else { return nil } // drops "=" padding
            return bcrypt[index]
        }
        return String(decoding: translated, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        var translated: [UInt8] = []
        for symbol in text.utf8 {
            guard let index = bcrypt.firstIndex(of: symbol) else { return nil }
            translated.append(standard[index])
        }
        while translated.count % 4 != 0 { translated.append(UInt8(ascii: "=")) }
        guard case .success(let bytes) = GoBase64.decode(String(decoding: translated, as: UTF8.self)) else { return nil }
        return bytes
    }
}
