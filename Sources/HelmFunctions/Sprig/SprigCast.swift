import GoTemplate

/// Sprig's value conversions: spf13/cast v1.7 (`ToInt64`, `ToInt`, `ToFloat64`, errors swallowed to 0),
/// Sprig's `strval` (`toString`) and `empty`, shared by every family.
enum SprigCast {
    /// `cast.ToInt64`: ints as-is, floats truncated (Go's conversion), strings parsed with base prefixes
    /// after trimming a zero decimal part (`"1.0"`), bools 1/0, anything else 0.
    static func toInt64(_ v: Value) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .uint8(let u): return Int64(u)
        case .float64(let d): return goFloatToInt64(d)
        case .string(let s): return GoStrconv.parseInt(base0: trimZeroDecimal(s)) ?? 0
        case .bool(let b): return b ? 1 : 0
        default: return 0
        }
    }

    /// `cast.ToInt` (Go `int` is 64-bit here).
    static func toInt(_ v: Value) -> Int { Int(toInt64(v)) }

    /// `cast.ToFloat64`.
    static func toFloat64(_ v: Value) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .uint8(let u): return Double(u)
        case .float64(let d): return d
        case .string(let s): return GoStrconv.parseFloat(s) ?? 0
        case .bool(let b): return b ? 1 : 0
        default: return 0
        }
    }

    /// Go's `int64(f)` on amd64: out-of-range and NaN give the "integer indefinite" value, math.MinInt64.
    static func goFloatToInt64(_ d: Double) -> Int64 {
        guard d.isFinite, d > -9223372036854775809.0, d < 9223372036854775808.0 else { return Int64.min }
        return Int64(d.rounded(.towardZero))
    }

    /// cast's `trimZeroDecimal`: `"12.00"` → `"12"`, `"12.01"` unchanged.
    static func trimZeroDecimal(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var foundZero = false
        var i = bytes.count
        while i > 0 {
            switch bytes[i - 1] {
            case UInt8(ascii: "."):
                if foundZero { return String(decoding: bytes[..<(i - 1)], as: UTF8.self) }
                // A bare trailing "." is kept, as in cast.
                return s
            case UInt8(ascii: "0"):
                foundZero = true
            default:
                return s
            }
            i -= 1
        }
        return s
    }

    /// Sprig's `strval`: strings as-is, byte slices as text, Stringers and everything else via `%v`.
    /// Bytes that are not UTF-8 read as U+FFFD here; `strvalValue` keeps them.
    static func strval(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .rawString(let b), .bytes(let b): return GoUTF8.lossyString(b)
        default: return GoFormat.sprint([v])
        }
    }

    /// `strval` as a Go string value: `string([]byte)` and `fmt.Sprint` keep bytes that are not UTF-8.
    static func strvalValue(_ v: Value) -> Value {
        switch v {
        case .string, .rawString: return v
        case .bytes(let b): return Value.goString(b)
        default: return GoFormat.sprintValue([v])
        }
    }

    /// Sprig's `empty`: zero numbers, false, nil and zero-length strings/slices/maps; structs never.
    static func isEmpty(_ v: Value) -> Bool {
        switch v {
        case .invalid, .null: return true
        case .bool(let b): return !b
        case .int(let i): return i == 0
        case .int64(let i): return i == 0
        case .uint8(let u): return u == 0
        case .float64(let d): return d == 0
        case .string(let s): return s.isEmpty
        case .rawString: return false
        case .bytes(let b): return b.isEmpty
        case .list(let l): return l.elements.isEmpty
        case .map(let m): return m.entries.isEmpty
        case .object(let o as GoSliceObject): return o.sliceElements.count == 0
        case .object: return false
        }
    }
}
