/// Go's template truth (exec.go's isTrue after indirectInterface): empty values are false.
enum Truth {
    static func isTrue(_ v: Value) -> Bool {
        switch v {
        case .invalid, .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .uint8(let u): return u != 0
        case .float64(let f): return f != 0
        case .string(let s): return !s.isEmpty
        case .rawString: return true // never empty: it holds an invalid byte
        case .bytes(let b): return !b.isEmpty
        case .list(let l): return l.count > 0
        case .map(let m): return m.count > 0
        case .object(let o as GoSliceObject): return o.sliceElements.count > 0
        case .object: return true // structs and non-nil pointers
        }
    }
}
