import GoTemplate

/// Sprig's type conversions: `toString`, `toStrings`, `atoi`, `int`, `int64`, `float64`, `toDecimal`.
enum ConversionFunctions {
    static func register(into r: inout FunctionRegistry) {
        r.register("toString", [.interface]) { _, a in a[0].isNil ? .string("<nil>") : SprigCast.strvalValue(a[0]) }
        r.register("toStrings", [.interface]) { _, a in .list(GoList(strsliceValues(a[0]), elementType: .string)) }
        // Sprig wraps strconv.Atoi and drops the error.
        r.register("atoi", [.string]) { _, a in .int(GoStrconv.atoiIgnoringError(a[0].stringValue ?? "")) }
        r.register("int", [.interface]) { _, a in .int(SprigCast.toInt(a[0])) }
        r.register("int64", [.interface]) { _, a in .int64(SprigCast.toInt64(a[0])) }
        r.register("float64", [.interface]) { _, a in .float64(SprigCast.toFloat64(a[0])) }
        // Unix permission style: the value's `%v` text read as octal; anything unparsable is 0.
        r.register("toDecimal", [.interface]) { _, a in
            .int64(GoStrconv.parseInt(GoFormat.sprint([a[0]]), base: 8) ?? 0)
        }
    }

    /// `strslice` as Go string values, keeping bytes that are not UTF-8.
    static func strsliceValues(_ v: Value) -> [Value] {
        switch v {
        case .object(let o as GoSliceObject):
            return strsliceValues(.list(o.sliceElements))
        case .list(let l):
            if l.elementType == .string { return l.elements.map { $0.isGoString ? $0 : SprigCast.strvalValue($0) } }
            return l.elements.filter { !$0.isNil }.map(SprigCast.strvalValue)
        case .bytes(let b):
            return b.map { .string(String($0)) }
        case .invalid, .null:
            return []
        default:
            return [SprigCast.strvalValue(v)]
        }
    }

    /// Sprig's `strslice`: every slice element through `strval`, nil elements dropped; a non-slice
    /// becomes a one-element list, nil an empty one.
    static func strslice(_ v: Value) -> [String] {
        switch v {
        case .object(let o as GoSliceObject):
            return strslice(.list(o.sliceElements))
        case .list(let l):
            if l.elementType == .string { return l.elements.map { $0.stringValue ?? SprigCast.strval($0) } }
            return l.elements.filter { !$0.isNil }.map(SprigCast.strval)
        case .bytes(let b):
            return b.map { String($0) }
        case .invalid, .null:
            return []
        default:
            return [SprigCast.strval(v)]
        }
    }
}
