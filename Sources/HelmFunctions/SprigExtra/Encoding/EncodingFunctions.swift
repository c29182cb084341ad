import GoTemplate

/// Sprig's encoding family: b64enc, b64dec, b32enc, b32dec.
///
/// The decoders never fail: on bad input Sprig returns Go's error text as the result
/// (`illegal base64 data at input byte 4`), and Helm renders that string.
enum EncodingFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("b64enc", [.string]) { _, args in
            .string(GoBase64.encode(try ExtraArgs.bytes(args, 0)))
        }
        registry.register("b64dec", [.string]) { _, args in
            decodedString(GoBase64.decode(try ExtraArgs.string(args, 0)))
        }
        registry.register("b32enc", [.string]) { _, args in
            .string(GoBase32.encode(try ExtraArgs.bytes(args, 0)))
        }
        registry.register("b32dec", [.string]) { _, args in
            decodedString(GoBase32.decode(try ExtraArgs.string(args, 0)))
        }
    }

    /// Go's `string(data)`: bytes that are not UTF-8 are kept (a `.rawString`).
    private static func decodedString(_ result: Result<[UInt8], GoDecodeError>) -> Value {
        switch result {
        case .success(let bytes): return Value.goString(bytes)
        case .failure(let error): return .string(error.message)
        }
    }
}
