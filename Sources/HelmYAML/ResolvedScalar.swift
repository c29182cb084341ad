/// The Go value go-yaml v2 resolves a scalar to when decoding into `interface{}`.
enum ResolvedScalar {
    case null
    case bool(Bool)
    /// Go `int` (64-bit).
    case int(Int64)
    /// Go `uint64`: integers above `Int64.max` that fit 64 bits.
    case uint(UInt64)
    case float(Double)
    case string(String)
    /// Looks like a timestamp; go-yaml v2 keeps the original text as a string for `interface{}`.
    case timestamp(String)
    /// `!!binary`: base64-decoded bytes, which need not be UTF-8.
    case binary([UInt8])
    /// The `<<` merge key.
    case merge
}
