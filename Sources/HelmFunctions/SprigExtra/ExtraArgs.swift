import GoTemplate

/// Reads the arguments the evaluator has already converted to a function's declared Go types. A
/// mismatch here means a registration declares the wrong type, so it is reported, never trapped.
enum ExtraArgs {
    /// A string argument's text; one that is not UTF-8 reads as Go reads it rune by rune (U+FFFD).
    static func string(_ args: [Value], _ index: Int) throws -> String {
        guard index < args.count, args[index].isGoString, let s = args[index].stringValue else {
            throw mismatch(args, index, "string")
        }
        return s
    }

    /// A string argument's exact bytes (Go's `[]byte(s)`).
    static func bytes(_ args: [Value], _ index: Int) throws -> [UInt8] {
        guard index < args.count, let bytes = args[index].goStringBytes else { throw mismatch(args, index, "string") }
        return bytes
    }

    static func int(_ args: [Value], _ index: Int) throws -> Int {
        guard index < args.count else { throw mismatch(args, index, "int") }
        switch args[index] {
        case .int(let i): return i
        case .int64(let i): return Int(i)
        case .uint8(let i): return Int(i)
        default: throw mismatch(args, index, "int")
        }
    }

    static func value(_ args: [Value], _ index: Int) -> Value {
        index < args.count ? args[index] : .invalid
    }

    private static func mismatch(_ args: [Value], _ index: Int, _ expected: String) -> FunctionError {
        let got = index < args.count ? args[index].goTypeName : "nothing"
        return FunctionError("internal: argument \(index) should be \(expected), got \(got)")
    }
}
