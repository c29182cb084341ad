import ChartEngine
import GoTemplate

/// Fuzz target: the input is one `--set` argument, given to each of the strvals parsers Helm's
/// `--set`, `--set-string`, `--set-json` and `--set-literal` use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSet(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Strvals.parse(line)
    _ = try? Strvals.parseString(line)
    _ = try? Strvals.parseLiteral(line)
    _ = try? Strvals.parseJSON(line, into: GoMap())
    // Into values already set, as repeated --set flags are.
    let existing = GoMap(["a": .list([.int64(1), .map(["b": .string("c")])]), "m": .map(["k": .string("v")])])
    _ = try? Strvals.parseInto(line, existing)
    _ = try? Strvals.parseFile(line, into: GoMap()) { path in .string(path) }
    return 0
}
