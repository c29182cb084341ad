import GoTemplate

/// Helm's `toToml`: BurntSushi/toml's encoder. Within a table, plain keys come first, then sub-tables
/// and arrays of tables, each group sorted; nested tables are indented two spaces per level and top-level
/// tables are preceded by a blank line; floats are Go's `%g` with `.0` added when it looks like an int.
/// On failure Helm prints the error text, so this never throws.
public enum TOMLEncoding {
    /// The text `{{ toToml x }}` prints: the TOML, or the encoder's error text (Helm returns it).
    /// For inputs where Go's encoder panics (nil at the top or inside an array) this returns the panic
    /// text; use `helmToToml` to fail the template as Helm does.
    public static func toToml(_ v: Value) -> String {
        do {
            return try helmToToml(v)
        } catch {
            return YAMLDecoding.message(error)
        }
    }

    /// Like `toToml`, but throws where Go's encoder panics, which aborts Helm's render with
    /// `error calling toToml: reflect: call of reflect.Value.Type on zero Value`.
    public static func helmToToml(_ v: Value) throws -> String {
        try helmToTomlValue(v).stringValue ?? ""
    }

    /// `toToml` as a Go string: BurntSushi's encoder copies string bytes that are not UTF-8 into the
    /// output (`a = "\xff"`), so the result is a `.rawString` then.
    public static func toTomlValue(_ v: Value) -> Value {
        do {
            return try helmToTomlValue(v)
        } catch {
            return .string(YAMLDecoding.message(error))
        }
    }

    /// Like `toTomlValue`, throwing where Go's encoder panics.
    public static func helmToTomlValue(_ v: Value) throws -> Value {
        // Bytes that are not UTF-8 travel through the String-based writer as RawByteEscape scalars, unless
        // some text already uses that range (then they read as U+FFFD).
        let escapeRaw = containsRawString(v) && !containsEscapeRange(v)
        let text = try helmToTomlText(v, escapeRaw: escapeRaw)
        return escapeRaw ? RawByteEscape.unescape(text) : .string(text)
    }

    /// Both scans stop at Go's nesting limit: a map can contain itself (`set $d "self" $d`).
    private static func containsRawString(_ v: Value, depth: Int = 0) -> Bool {
        guard depth < DeepNesting.goLimit else { return false }
        switch v {
        case .rawString: return true
        case .list(let list): return list.elements.contains { containsRawString($0, depth: depth + 1) }
        case .map(let map): return map.entries.values.contains { containsRawString($0, depth: depth + 1) }
        default: return false
        }
    }

    private static func containsEscapeRange(_ v: Value, depth: Int = 0) -> Bool {
        guard depth < DeepNesting.goLimit else { return false }
        func escapes(_ s: String) -> Bool { s.unicodeScalars.contains { RawByteEscape.isEscape($0) } }
        switch v {
        case .string(let s): return escapes(s)
        case .list(let list): return list.elements.contains { containsEscapeRange($0, depth: depth + 1) }
        case .map(let map):
            return map.entries.keys.contains(where: escapes)
                || map.entries.values.contains { containsEscapeRange($0, depth: depth + 1) }
        default: return false
        }
    }

    private static func helmToTomlText(_ v: Value, escapeRaw: Bool) throws -> String {
        var writer = TOMLWriter()
        writer.escapeRaw = escapeRaw
        do {
            switch v {
            case .map(let map):
                try writer.table(map, key: [])
            case .invalid, .null:
                throw TOMLPanic()
            case .list(let list) where TOMLWriter.isTableArray(list):
                return "toml: top-level values must be Go maps or structs"
            default:
                try writer.element(v, key: [])
            }
        } catch let error as YAMLError {
            return error.message
        }
        return writer.out
    }
}

/// Go's encoder panics on nil values; the template reports the panic as the call's error.
struct TOMLPanic: Error, CustomStringConvertible {
    var description: String { "reflect: call of reflect.Value.Type on zero Value" }
}

private struct TOMLWriter {
    var out = ""
    var hasWritten = false
    /// Write strings that are not UTF-8 as RawByteEscape text (restored by the caller).
    var escapeRaw = false

    mutating func write(_ s: String) {
        out += s
        hasWritten = true
    }

    /// A blank line, unless nothing was written yet.
    mutating func newline() {
        if hasWritten { out += "\n" }
    }

    static func indent(_ key: [String]) -> String {
        String(repeating: "  ", count: max(key.count - 1, 0))
    }

    static func keyText(_ key: [String]) -> String {
        key.map(quotedKey).joined(separator: ".")
    }

    static func quotedKey(_ k: String) -> String {
        let bare = !k.isEmpty && k.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
        }
        return bare ? k : quoted(k)
    }

    static func quoted(_ s: String) -> String {
        var result = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{08}": result += "\\b"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\u{0C}": result += "\\f"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Tables are maps; arrays whose elements are all maps are arrays of tables.
    static func isTable(_ v: Value) -> Bool {
        switch v {
        case .map: return true
        case .list(let list): return isTableArray(list)
        default: return false
        }
    }

    static func isTableArray(_ list: GoList) -> Bool {
        guard !list.elements.isEmpty else { return false }
        return list.elements.allSatisfy { if case .map = $0 { return true } else { return false } }
    }

    mutating func table(_ map: GoMap, key: [String]) throws {
        var direct = [String](), sub = [String]()
        for (k, v) in map.entries {
            if Self.isTable(v) { sub.append(k) } else { direct.append(k) }
        }
        let byteOrder: (String, String) -> Bool = { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for k in direct.sorted(by: byteOrder) {
            let v = map.entries[k] ?? .null
            if v.isNil { continue }
            // BurntSushi/toml skips nil slices as it skips nil interfaces.
            if case .list(let list) = v, list.isNil { continue }
            let childKey = key + [k]
            write(Self.indent(childKey) + Self.quotedKey(k) + " = ")
            try element(v, key: childKey)
            newline()
        }
        for k in sub.sorted(by: byteOrder) {
            let childKey = key + [k]
            switch map.entries[k] {
            case .map(let child)?:
                if childKey.count == 1 { newline() }
                write(Self.indent(childKey) + "[" + Self.keyText(childKey) + "]")
                newline()
                try table(child, key: childKey)
            case .list(let list)?:
                for case .map(let child) in list.elements {
                    newline()
                    write(Self.indent(childKey) + "[[" + Self.keyText(childKey) + "]]")
                    newline()
                    try table(child, key: childKey)
                }
            default:
                break
            }
        }
    }

    mutating func element(_ v: Value, key: [String]) throws {
        switch v {
        case .bool(let b): write(b ? "true" : "false")
        case .int(let i): write(String(i))
        case .int64(let i): write(String(i))
        case .uint8(let u): write(String(u))
        case .float64(let f): write(Self.float(f))
        case .string(let s): write(Self.quoted(s))
        case .rawString(let bytes):
            let text = escapeRaw ? RawByteEscape.escape(bytes) : nil
            write(Self.quoted(text ?? GoUTF8.lossyString(bytes)))
        case .bytes(let bytes): write(Self.quoted(GoUTF8.lossyString(bytes)))
        case .list(let list):
            write("[")
            for (i, e) in list.elements.enumerated() {
                if i > 0 { write(", ") }
                if e.isNil { throw TOMLPanic() }
                try element(e, key: key)
            }
            write("]")
        case .map(let map):
            // An inline table, as in an array mixing tables and other values.
            write("{")
            let keys = map.entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var first = true
            for k in keys {
                let value = map.entries[k] ?? .null
                if value.isNil { continue }
                if !first { write(", ") }
                first = false
                write(Self.quotedKey(k) + " = ")
                try element(value, key: key + [k])
            }
            write("}")
        case .invalid, .null:
            throw TOMLPanic()
        case .object(let slice as GoSliceObject):
            try element(.list(slice.sliceElements), key: key)
        case .object(let object):
            write(Self.quoted(object.format(plus: false)))
        }
    }

    /// `%g` with `.0` appended when the text has neither a point nor an exponent; nan and inf spelled out.
    static func float(_ f: Double) -> String {
        if f.isNaN { return f.sign == .minus ? "-nan" : "nan" }
        if f.isInfinite { return f < 0 ? "-inf" : "inf" }
        let text = GoFloatFormat.g(f)
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }
}
