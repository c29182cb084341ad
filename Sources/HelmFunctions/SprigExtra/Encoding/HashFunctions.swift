import Crypto
import GoTemplate

/// Sprig's digest functions (hex digests from swift-crypto, and Adler-32 as a decimal) and `uuidv4`.
enum HashFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("sha1sum", [.string]) { _, args in
            .string(LowerHex.encode(Insecure.SHA1.hash(data: try ExtraArgs.bytes(args, 0))))
        }
        registry.register("sha256sum", [.string]) { _, args in
            .string(LowerHex.encode(SHA256.hash(data: try ExtraArgs.bytes(args, 0))))
        }
        registry.register("sha512sum", [.string]) { _, args in
            .string(LowerHex.encode(SHA512.hash(data: try ExtraArgs.bytes(args, 0))))
        }
        registry.register("adler32sum", [.string]) { _, args in
            .string(String(Adler32.checksum(try ExtraArgs.bytes(args, 0))))
        }
        registry.register("uuidv4", []) { ctx, _ in
            .string(uuidV4(RandomBytes.take(16, from: ctx.environment)))
        }
    }

    /// google/uuid's `New()`: 16 random bytes with the version (4) and RFC 4122 variant bits set.
    static func uuidV4(_ random: [UInt8]) -> String {
        var bytes = random
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = LowerHex.encode(bytes)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32]
        return groups.map { String(characters[$0]) }.joined(separator: "-")
    }
}
