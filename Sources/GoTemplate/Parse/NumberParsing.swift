/// Go's `Tree.newNumber`: every reading (int, uint, float, complex) a literal admits.
enum NumberParsing {
    static func number(pos: Int, text: String, kind: LexItemKind,
                       error: (String) -> TemplateError) throws -> NumberNode {
        var n = NumberNode(pos: pos, text: text)
        switch kind {
        case .charConstant:
            let bytes = Array(text.utf8)
            guard bytes.count >= 3 else { throw error("invalid syntax") }
            var i = 1
            var scratch: [UInt8] = []
            let rune: UInt32
            do {
                rune = try GoStringLiteral.unquoteChar(bytes[...], &i, quote: 0x27, into: &scratch)
            } catch let syntaxError {
                _ = syntaxError
                throw error("invalid syntax")
            }
            guard i == bytes.count - 1, bytes[i] == 0x27 else {
                throw error("malformed character constant: \(text)")
            }
            n.int64 = Int64(rune)
            n.isInt = true
            n.uint64 = UInt64(rune)
            n.isUint = true
            n.float64 = Double(rune) // odd, but those are Go's rules
            n.isFloat = true
            return n
        case .complexNumber:
            throw error("complex number literals are not supported: \(text)")
        default:
            break
        }
        if text.hasSuffix("i"), GoNumberLiteral.parseFloat(String(text.dropLast())) != nil {
            throw error("complex number literals are not supported: \(text)")
        }
        let u = GoNumberLiteral.parseUint(text)
        if let u = u {
            n.isUint = true
            n.uint64 = u
        }
        if let i = GoNumberLiteral.parseInt(text) {
            n.isInt = true
            n.int64 = i
            if i == 0 {
                n.isUint = true // in case of -0
                n.uint64 = u ?? 0
            }
        }
        if n.isInt {
            n.isFloat = true
            n.float64 = Double(n.int64)
        } else if n.isUint {
            n.isFloat = true
            n.float64 = Double(n.uint64)
        } else if let f = GoNumberLiteral.parseFloat(text) {
            // Parsed as a float but looks like an integer: an integer too large for 64 bits.
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw error("integer overflow: \(GoFormat.quote(text))")
            }
            n.isFloat = true
            n.float64 = f
            if !n.isInt, f >= -9.223372036854775808e18, f < 9.223372036854775808e18, Double(Int64(f)) == f {
                n.isInt = true
                n.int64 = Int64(f)
            }
            if !n.isUint, f >= 0, f < 1.8446744073709551616e19, Double(UInt64(f)) == f {
                n.isUint = true
                n.uint64 = UInt64(f)
            }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            throw error("illegal number syntax: \(GoFormat.quote(text))")
        }
        return n
    }
}
