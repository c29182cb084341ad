import GoTemplate

/// Sprig's crypto family that needs no public-key machinery: `encryptAES`, `decryptAES`,
/// `derivePassword`, and `randInt`.
enum CryptoFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("encryptAES", [.string, .string]) { ctx, args in
            let plaintext = try ExtraArgs.bytes(args, 1)
            if plaintext.isEmpty { return .string("") }
            let iv = RandomBytes.take(16, from: ctx.environment)
            // Cannot fail: the key is always 32 bytes and the IV 16.
            guard let ciphertext = AESCBC.encrypt(key: sprigKey(try ExtraArgs.bytes(args, 0)), iv: iv, plaintext: plaintext)
            else { throw FunctionError("crypto/aes: encryption failed") }
            return .string(GoBase64.encode(iv + ciphertext))
        }
        registry.register("decryptAES", [.string, .string]) { _, args in
            Value.goString(try decrypt(password: try ExtraArgs.bytes(args, 0), base64: try ExtraArgs.string(args, 1)))
        }
        registry.register("derivePassword", [.int, .string, .string, .string, .string]) { _, args in
            .string(MasterPassword.derive(counter: UInt32(truncatingIfNeeded: try ExtraArgs.int(args, 0)),
                                          type: try ExtraArgs.string(args, 1), password: try ExtraArgs.bytes(args, 2),
                                          user: try ExtraArgs.bytes(args, 3), site: try ExtraArgs.bytes(args, 4)))
        }
        registry.register("randInt", [.int, .int]) { ctx, args in
            // Go's rand.Intn panics unless max-min > 0; text/template reports the panic as an error.
            let low = try ExtraArgs.int(args, 0), high = try ExtraArgs.int(args, 1)
            let (span, overflow) = high.subtractingReportingOverflow(low)
            guard !overflow, span > 0 else { throw FunctionError("invalid argument to Intn") }
            return .int(low &+ Int(ctx.environment.random() % UInt64(span)))
        }
    }

    /// Sprig copies the password into a zeroed 32-byte key (truncating longer ones): AES-256.
    private static func sprigKey(_ password: [UInt8]) -> [UInt8] {
        var key = [UInt8](repeating: 0, count: 32)
        for (index, byte) in password.prefix(32).enumerated() { key[index] = byte }
        return key
    }

    /// Sprig's `decryptAES`, including the Go runtime panics it produces on malformed input, which Helm
    /// reports as errors.
    private static func decrypt(password: [UInt8], base64: String) throws -> [UInt8] {
        if base64.isEmpty { return [] }
        let crypt: [UInt8]
        switch GoBase64.decode(base64) {
        case .success(let bytes): crypt = bytes
        case .failure(let error): throw FunctionError(error.message)
        }
        guard crypt.count >= 16 else {
            // The decoded slice's capacity is what DecodeString allocated.
            throw FunctionError("runtime error: slice bounds out of range [:16] with capacity \(base64.utf8.count / 4 * 3)")
        }
        let body = Array(crypt[16...])
        guard body.count % 16 == 0 else { throw FunctionError("crypto/cipher: input not full blocks") }
        // Cannot fail: a 32-byte key, a 16-byte IV and whole blocks.
        guard let decrypted = AESCBC.decrypt(key: sprigKey(password), iv: Array(crypt[0..<16]), ciphertext: body) else {
            throw FunctionError("crypto/aes: decryption failed")
        }
        guard let last = decrypted.last else { throw FunctionError("runtime error: index out of range [-1]") }
        let end = decrypted.count - Int(last)
        guard end >= 0 else { throw FunctionError("runtime error: slice bounds out of range [:\(end)]") }
        return Array(decrypted[0..<end])
    }
}
