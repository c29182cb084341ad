/// Go's `strconv.FormatFloat(d, 'g', -1, 32)`: how sigs.k8s.io/yaml turns a YAML float bound for a
/// string field into text (`1.10` → "1.1", `0.1e-7` → "1e-08").
enum GoFloat32Format {
    static func shortest(_ value: Double) -> String {
        let f = Float(value)
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
        if f == 0 { return f.sign == .minus ? "-0" : "0" }
        let negative = f < 0
        // Swift prints the shortest round-tripping digits; take them apart.
        var text = Swift.abs(f).description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = parts.first.map(String.init) ?? ""
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array(intPart + fracPart)
        var decimalPoint = intPart.count + exponent
        while let first = digits.first, first == "0", digits.count > 1 {
            digits.removeFirst()
            decimalPoint -= 1
        }
        while let last = digits.last, last == "0", digits.count > 1 { digits.removeLast() }
        let sign = negative ? "-" : ""
        let exp = decimalPoint - 1
        // Go: shortest %g switches to %e when exp < -4 || exp >= 6.
        let eprec = 6
        if exp < -4 || exp >= eprec {
            return sign + eFormat(digits, exp)
        }
        return sign + fFormat(digits, decimalPoint)
    }

    private static func eFormat(_ digits: [Character], _ exp: Int) -> String {
        var s = String(digits[0])
        if digits.count > 1 { s += "." + String(digits[1...]) }
        let magnitude = Swift.abs(exp)
        return s + (exp < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    private static func fFormat(_ digits: [Character], _ decimalPoint: Int) -> String {
        if decimalPoint <= 0 {
            return "0." + String(repeating: "0", count: -decimalPoint) + String(digits)
        }
        if decimalPoint >= digits.count {
            return String(digits) + String(repeating: "0", count: decimalPoint - digits.count)
        }
        return String(digits[..<decimalPoint]) + "." + String(digits[decimalPoint...])
    }
}
