/// Go's `fmt` and `strconv` formatting over `Value`, as `text/template` and Helm use them.
public enum GoFormat {
    /// `fmt.Sprint`: operands formatted with `%v`, a space between two operands when neither is a string.
    public static func sprint(_ args: [Value]) -> String {
        if args.count == 1 { return formatOperand(args[0]) }
        var printer = GoPrinter()
        printer.doPrint(args)
        return printer.result
    }

    /// `fmt.Sprintln`: operands always separated by spaces, followed by a newline.
    public static func sprintln(_ args: [Value]) -> String {
        var printer = GoPrinter()
        printer.doPrintln(args)
        return printer.result
    }

    /// `fmt.Sprintf`.
    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        var printer = GoPrinter()
        printer.doPrintf(format, args)
        return printer.result
    }

    /// `fmt.Sprint` as a Go string value, keeping bytes that are not UTF-8 (`print`, `cat`, `toString`).
    public static func sprintValue(_ args: [Value]) -> Value {
        if args.count == 1, args[0].isGoString { return args[0] }
        var printer = GoPrinter()
        printer.doPrint(args)
        return printer.resultValue
    }

    /// `fmt.Sprintln` as a Go string value.
    public static func sprintlnValue(_ args: [Value]) -> Value {
        var printer = GoPrinter()
        printer.doPrintln(args)
        return printer.resultValue
    }

    /// `fmt.Sprintf` as a Go string value; the format itself may be a `.rawString`.
    public static func sprintfValue(_ format: Value, _ args: [Value]) -> Value {
        var printer = GoPrinter()
        switch format {
        case .string(let text): printer.doPrintf(text, args)
        default: printer.doPrintf(formatBytes: format.goStringBytes ?? [], args)
        }
        return printer.resultValue
    }

    /// text/template's `printValue`: the invalid value prints `<no value>`, anything else as `fmt.Fprint`.
    /// The hottest call of rendering (`{{ .Values.x }}`), so strings, integers and floats skip the printer.
    public static func printValue(_ v: Value) -> String {
        if case .invalid = v { return "<no value>" }
        return formatOperand(v)
    }

    /// text/template's printing of a pointer to a struct: it prints the struct pointed to (`{…}`, not `&{…}`).
    public static func printPointee(_ object: GoStructFormattable) -> String {
        var printer = GoPrinter()
        printer.printStruct(object, verb: UInt32(UInt8(ascii: "v")), depth: 0, indirect: true)
        return printer.result
    }

    /// `fmt.Sprint(v)` of one operand.
    private static func formatOperand(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .uint8(let b): return String(b)
        case .bool(let b): return b ? "true" : "false"
        case .invalid, .null: return "<nil>"
        case .float64(let d):
            // Integral values below 1e6 print as integers under %v; -0 keeps its sign.
            let magnitude = d.magnitude
            if magnitude < 1e6 {
                if d == d.rounded(.towardZero) && !(d == 0 && d.sign == .minus) {
                    return String(Int(d))
                }
                // Go lays out %v as %f for decimal exponents -4…5, which is also Swift's layout there.
                if magnitude >= 1e-4 { return d.description }
            }
            return formatFloat(d, format: "g", precision: -1)
        default:
            var printer = GoPrinter()
            printer.printArg(v, verb: UInt32(UInt8(ascii: "v")))
            return printer.result
        }
    }

    /// `strconv.FormatFloat(d, format, precision, 64)`: formats `b`, `e`, `E`, `f`, `g`, `G`, `x`, `X`;
    /// precision -1 gives the shortest text that parses back to `d`.
    public static func formatFloat(_ d: Double, format: Character, precision: Int) -> String {
        guard let verb = format.asciiValue else { return "%" + String(format) }
        var buf: [UInt8] = []
        buf.reserveCapacity(24)
        FloatFormatting.append(d, format: verb, precision: precision, to: &buf)
        return String(decoding: buf, as: UTF8.self)
    }

    /// `strconv.Quote`: a double-quoted Go string literal; non-printable runes escaped, printable Unicode kept.
    public static func quote(_ s: String) -> String {
        var buf: [UInt8] = []
        buf.reserveCapacity(s.utf8.count + 2)
        GoQuoting.appendQuoted(s, quote: UInt8(ascii: "\""), asciiOnly: false, to: &buf)
        return String(decoding: buf, as: UTF8.self)
    }

    /// `strconv.QuoteToASCII`: like `quote`, with every non-ASCII rune escaped.
    public static func quoteToASCII(_ s: String) -> String {
        var buf: [UInt8] = []
        buf.reserveCapacity(s.utf8.count + 2)
        GoQuoting.appendQuoted(s, quote: UInt8(ascii: "\""), asciiOnly: true, to: &buf)
        return String(decoding: buf, as: UTF8.self)
    }

    /// `strconv.QuoteRune`: a single-quoted Go character literal.
    public static func quoteRune(_ r: Unicode.Scalar) -> String {
        var buf: [UInt8] = []
        GoQuoting.appendQuotedRune(r.value, asciiOnly: false, to: &buf)
        return String(decoding: buf, as: UTF8.self)
    }

    /// `strconv.CanBackquote`: `s` fits unchanged in a single-line raw string literal.
    public static func canBackquote(_ s: String) -> Bool {
        GoQuoting.canBackquote(s)
    }
}
