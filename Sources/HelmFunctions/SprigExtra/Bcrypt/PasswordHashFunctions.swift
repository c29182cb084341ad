import GoTemplate

/// Sprig's `bcrypt`, `htpasswd` and `randBytes`.
enum PasswordHashFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("bcrypt", [.string]) { ctx, args in
            .string(bcrypt(try ExtraArgs.bytes(args, 0), ctx.environment))
        }
        registry.register("htpasswd", [.string, .string]) { ctx, args in
            let user = try ExtraArgs.bytes(args, 0)
            // A colon would end the user field of the htpasswd line; Sprig prints a message instead.
            if user.contains(UInt8(ascii: ":")) { return Value.goString(Array("invalid username: ".utf8) + user) }
            return Value.goString(user + Array(":".utf8) + Array(bcrypt(try ExtraArgs.bytes(args, 1), ctx.environment).utf8))
        }
        registry.register("randBytes", [.int]) { ctx, args in
            let count = try ExtraArgs.int(args, 0)
            // Go's make([]byte, n) panics for negative n; far beyond memory it would abort the process,
            // so such sizes report the panic instead.
            guard count >= 0, count <= maximumRandomBytes else {
                throw FunctionError("runtime error: makeslice: len out of range")
            }
            return .string(GoBase64.encode(RandomBytes.take(count, from: ctx.environment)))
        }
    }

    private static let maximumRandomBytes = 1 << 32

    /// Sprig prints the error in place of the hash (only a password over 72 bytes fails).
    private static func bcrypt(_ password: [UInt8], _ environment: RenderEnvironment) -> String {
        do {
            return try Bcrypt.hash(password: password, salt: RandomBytes.take(16, from: environment))
        } catch let error as Bcrypt.PasswordTooLong {
            return "failed to encrypt string with bcrypt: " + error.message
        } catch {
            return "failed to encrypt string with bcrypt: \(error)"
        }
    }
}
