import GoTemplate

/// Reads the arguments the evaluator has already converted to a function's declared Go types. A
/// mismatch here means a registration declares the wrong type, so it is reported, never trapped.
enum ExtraArgs {
    static func string(_ args: [Value], _ index: Int) throws -> String {
        guard index < args.count, case .string(let s) = args[index] else { throw mismatch(args, index, "string") }
        return s
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
