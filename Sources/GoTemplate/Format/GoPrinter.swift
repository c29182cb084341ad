/// Go's `fmt.pp`: the printer behind `Sprint`, `Sprintln` and `Sprintf`, dispatching each operand on
/// its dynamic Go type and the verb, including Go's exact error forms (`%!d(string=x)`, `%!s(MISSING)`).
struct GoPrinter {
    var buf: [UInt8] = []
    var flags = FormatFlags()
    var width = 0
    var precision = 0
    /// Set while printing the operand of a bad-verb message, as Go's `erroring`.
    private var erroring = false
    /// The format used explicit argument indexes (`%[2]d`); then unused arguments are not reported.
    private var reordered = false
    /// The most recent argument index was valid.
    private var goodArgNum = true

    init() {
        buf.reserveCapacity(32)
    }

    var result: String { String(decoding: buf, as: UTF8.self) }

    /// The output as a Go string: `.rawString` when an operand or the format left bytes that are not UTF-8.
    var resultValue: Value { Value.goString(buf) }

    private mutating func clearFlags() {
        flags = FormatFlags()
        width = 0
        precision = 0
    }

    private static func isString(_ v: Value) -> Bool { v.isGoString }

    // MARK: Print and Println

    mutating func doPrint(_ args: [Value]) {
        var previousWasString = false
        for (i, arg) in args.enumerated() {
            let isString = Self.isString(arg)
            // A space between two operands when neither is a string.
            if i > 0 && !isString && !previousWasString {
                buf.append(UInt8(ascii: " "))
            }
            printArg(arg, verb: UInt32(UInt8(ascii: "v")))
            previousWasString = isString
        }
    }

    mutating func doPrintln(_ args: [Value]) {
        for (i, arg) in args.enumerated() {
            if i > 0 { buf.append(UInt8(ascii: " ")) }
            printArg(arg, verb: UInt32(UInt8(ascii: "v")))
        }
        buf.append(UInt8(ascii: "\n"))
    }

    // MARK: Printf

    /// `tooLarge`: widths and precisions beyond a million are refused.
    private static func tooLarge(_ x: Int) -> Bool { x > 1_000_000 || x < -1_000_000 }

    /// Go's `parsenum`: ASCII digits at `start`; `(0, false, end)` on overflow.
    private static func parseNumber(_ f: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (num: Int, isNum: Bool, next: Int) {
        if start >= end { return (0, false, end) }
        var num = 0
        var isNum = false
        var i = start
        while i < end && f[i] >= UInt8(ascii: "0") && f[i] <= UInt8(ascii: "9") {
            if tooLarge(num) { return (0, false, end) }
            num = num &* 10 &+ Int(f[i] &- UInt8(ascii: "0"))
            isNum = true
            i += 1
        }
        return (num, isNum, i)
    }

    /// Go's `intFromArg`: the argument as a width or precision, if it is an integer of sane size.
    private static func intFromArg(_ args: [Value], _ argNum: Int) -> (num: Int, isInt: Bool, next: Int) {
        guard argNum < args.count else { return (0, false, argNum) }
        var num = 0
        var isInt = false
        switch args[argNum] {
        case .int(let i): num = i; isInt = true
        case .int64(let i): num = Int(i); isInt = true
        case .uint8(let i): num = Int(i); isInt = true
        default: break
        }
        if tooLarge(num) {
            num = 0
            isInt = false
        }
        return (num, isInt, argNum + 1)
    }

    /// Go's `parseArgNumber`: `[n]` at `start`, one-based; returns the zero-based index and bytes consumed.
    private static func parseArgNumber(_ f: UnsafeBufferPointer<UInt8>, _ start: Int) -> (index: Int, width: Int, ok: Bool) {
        if f.count - start < 3 { return (0, 1, false) }
        var i = start + 1
        while i < f.count {
            if f[i] == UInt8(ascii: "]") {
                let (n, ok, next) = parseNumber(f, start + 1, i)
                if !ok || next != i { return (0, i - start + 1, false) }
                return (n - 1, i - start + 1, true)
            }
            i += 1
        }
        return (0, 1, false)
    }

    /// Go's `argNumber`.
    private mutating func argNumber(_ argNum: Int, _ f: UnsafeBufferPointer<UInt8>, _ i: Int, _ numArgs: Int)
        -> (argNum: Int, i: Int, found: Bool) {
        if f.count <= i || f[i] != UInt8(ascii: "[") { return (argNum, i, false) }
        reordered = true
        let (index, consumed, ok) = Self.parseArgNumber(f, i)
        if ok && index >= 0 && index < numArgs {
            return (index, i + consumed, true)
        }
        goodArgNum = false
        return (argNum, i + consumed, ok)
    }

    /// Decodes the UTF-8 rune at `i` (invalid bytes give U+FFFD, width 1).
    private static func decodeRune(_ f: UnsafeBufferPointer<UInt8>, _ i: Int) -> (rune: UInt32, size: Int) {
        let b0 = f[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < f.count, f[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(f[i + k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) {
            let r = UInt32(b0 & 0x1F) << 6 | c1
            if r >= 0x80 { return (r, 2) }
        } else if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            let r = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
            if r >= 0x800 && !(0xD800...0xDFFF).contains(r) { return (r, 3) }
        } else if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let r = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if r >= 0x10000 && r <= 0x10FFFF { return (r, 4) }
        }
        return (0xFFFD, 1)
    }

    mutating func doPrintf(_ format: String, _ args: [Value]) {
        var format = format
        format.withUTF8 { doPrintf(bytes: $0, args) }
    }

    /// `Sprintf` with a format that may not be UTF-8 (its literal bytes are copied as they are).
    mutating func doPrintf(formatBytes: [UInt8], _ args: [Value]) {
        formatBytes.withUnsafeBufferPointer { doPrintf(bytes: $0, args) }
    }

    private mutating func doPrintf(bytes f: UnsafeBufferPointer<UInt8>, _ args: [Value]) {
        let end = f.count
        var argNum = 0
        var afterIndex = false
        reordered = false
        var i = 0
        formatLoop: while i < end {
            goodArgNum = true
            let literalStart = i
            while i < end && f[i] != UInt8(ascii: "%") { i += 1 }
            if i > literalStart { buf.append(contentsOf: f[literalStart..<i]) }
            if i >= end { break }
            i += 1 // the '%'

            clearFlags()
            flagLoop: while i < end {
                let c = f[i]
                switch c {
                case UInt8(ascii: "#"): flags.sharp = true
                case UInt8(ascii: "0"): flags.zero = !flags.minus // zero padding only to the left
                case UInt8(ascii: "+"): flags.plus = true
                case UInt8(ascii: "-"):
                    flags.minus = true
                    flags.zero = false
                case UInt8(ascii: " "): flags.space = true
                default:
                    // Fast path: a lower-case verb right after the flags.
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && argNum < args.count {
                        if c == UInt8(ascii: "v") || c == UInt8(ascii: "w") {
                            flags.sharpV = flags.sharp
                            flags.sharp = false
                            flags.plusV = flags.plus
                            flags.plus = false
                        }
                        printArg(args[argNum], verb: UInt32(c))
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break flagLoop
                }
                i += 1
            }

            (argNum, i, afterIndex) = argNumber(argNum, f, i, args.count)

            // Width.
            if i < end && f[i] == UInt8(ascii: "*") {
                i += 1
                let (n, ok, next) = Self.intFromArg(args, argNum)
                width = n
                flags.widthPresent = ok
                argNum = next
                if !ok { buf.append(contentsOf: "%!(BADWIDTH)".utf8) }
                if width < 0 {
                    width = -width
                    flags.minus = true
                    flags.zero = false
                }
                afterIndex = false
            } else {
                let (n, ok, next) = Self.parseNumber(f, i, end)
                width = n
                flags.widthPresent = ok
                i = next
                if afterIndex && flags.widthPresent { goodArgNum = false } // "%[3]2d"
            }

            // Precision.
            if i + 1 < end && f[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false } // "%[3].2d"
                (argNum, i, afterIndex) = argNumber(argNum, f, i, args.count)
                if i < end && f[i] == UInt8(ascii: "*") {
                    i += 1
                    let (n, ok, next) = Self.intFromArg(args, argNum)
                    precision = n
                    flags.precisionPresent = ok
                    argNum = next
                    if precision < 0 {
                        precision = 0
                        flags.precisionPresent = false
                    }
                    if !flags.precisionPresent { buf.append(contentsOf: "%!(BADPREC)".utf8) }
                    afterIndex = false
                } else {
                    let (n, ok, next) = Self.parseNumber(f, i, end)
                    precision = n
                    flags.precisionPresent = ok
                    i = next
                    if !flags.precisionPresent {
                        precision = 0
                        flags.precisionPresent = true
                    }
                }
            }

            if !afterIndex {
                (argNum, i, afterIndex) = argNumber(argNum, f, i, args.count)
            }

            if i >= end {
                buf.append(contentsOf: "%!(NOVERB)".utf8)
                break
            }

            let (verb, size) = Self.decodeRune(f, i)
            i += size

            if verb == UInt32(UInt8(ascii: "%")) {
                buf.append(UInt8(ascii: "%")) // absorbs no operand; ignores width and precision
            } else if !goodArgNum {
                badArgNum(verb)
            } else if argNum >= args.count {
                missingArg(verb)
            } else {
                if verb == UInt32(UInt8(ascii: "v")) || verb == UInt32(UInt8(ascii: "w")) {
                    flags.sharpV = flags.sharp
                    flags.sharp = false
                    flags.plusV = flags.plus
                    flags.plus = false
                }
                printArg(args[argNum], verb: verb)
                argNum += 1
            }
        }

        // Unused arguments are reported, unless the format reordered them.
        if !reordered && argNum < args.count {
            clearFlags()
            buf.append(contentsOf: "%!(EXTRA ".utf8)
            for (k, arg) in args[argNum...].enumerated() {
                if k > 0 { buf.append(contentsOf: ", ".utf8) }
                if arg.isNil {
                    buf.append(contentsOf: "<nil>".utf8)
                } else {
                    buf.append(contentsOf: arg.goTypeName.utf8)
                    buf.append(UInt8(ascii: "="))
                    printArg(arg, verb: UInt32(UInt8(ascii: "v")))
                }
            }
            buf.append(UInt8(ascii: ")"))
        }
    }

    private mutating func appendRune(_ r: UInt32) {
        GoQuoting.appendUTF8(r, to: &buf)
    }

    private mutating func badArgNum(_ verb: UInt32) {
        buf.append(contentsOf: "%!".utf8)
        appendRune(verb)
        buf.append(contentsOf: "(BADINDEX)".utf8)
    }

    private mutating func missingArg(_ verb: UInt32) {
        buf.append(contentsOf: "%!".utf8)
        appendRune(verb)
        buf.append(contentsOf: "(MISSING)".utf8)
    }

    /// `%!verb(type=value)`, the value printed with `%v` under the current flags, as Go does.
    mutating func badVerb(_ verb: UInt32, _ arg: Value) {
        erroring = true
        buf.append(contentsOf: "%!".utf8)
        appendRune(verb)
        buf.append(UInt8(ascii: "("))
        if arg.isNil {
            buf.append(contentsOf: "<nil>".utf8)
        } else {
            buf.append(contentsOf: arg.goTypeName.utf8)
            buf.append(UInt8(ascii: "="))
            printValue(arg, verb: UInt32(UInt8(ascii: "v")), depth: 0)
        }
        buf.append(UInt8(ascii: ")"))
        erroring = false
    }

    // MARK: Operands

    /// Go's `printArg`: one top-level operand.
    mutating func printArg(_ arg: Value, verb: UInt32) {
        if arg.isNil {
            switch verb {
            case UInt32(UInt8(ascii: "T")), UInt32(UInt8(ascii: "v")):
                padString("<nil>")
            default:
                badVerb(verb, arg)
            }
            return
        }
        switch verb {
        case UInt32(UInt8(ascii: "T")):
            fmtS(arg.goTypeName)
            return
        case UInt32(UInt8(ascii: "p")):
            fmtPointer(arg, verb: verb)
            return
        default:
            break
        }
        printValue(arg, verb: verb, depth: 0)
    }

    /// `%p`: Go prints an address, which has no stable meaning here; reference kinds print a fixed
    /// non-nil address, everything else Go's bad-verb form.
    private mutating func fmtPointer(_ arg: Value, verb: UInt32) {
        switch arg {
        case .list, .map, .bytes, .object:
            fmtS("0xc000010000")
        default:
            badVerb(verb, arg)
        }
    }

    /// Nesting beyond this is only reachable through a map that contains itself (`set $d "self" $d`),
    /// where Go overflows its stack; we print a marker instead of crashing.
    static let maxDepth = 200

    /// Go's `printValue`: an operand at any depth (elements of slices and maps have depth > 0).
    mutating func printValue(_ value: Value, verb: UInt32, depth: Int) {
        if depth > Self.maxDepth {
            buf.append(contentsOf: "%!v(DEPTH)".utf8)
            return
        }
        switch value {
        case .invalid, .null:
            // A nil interface inside a slice or map.
            if flags.sharpV {
                buf.append(contentsOf: "interface {}(nil)".utf8)
            } else if depth == 0 {
                printArg(value, verb: verb)
            } else {
                buf.append(contentsOf: "<nil>".utf8)
            }
        case .bool(let b):
            switch verb {
            case UInt32(UInt8(ascii: "t")), UInt32(UInt8(ascii: "v")): fmtBoolean(b)
            default: badVerb(verb, value)
            }
        case .int(let i):
            printInteger(UInt64(bitPattern: Int64(i)), isSigned: true, verb: verb, value: value)
        case .int64(let i):
            printInteger(UInt64(bitPattern: i), isSigned: true, verb: verb, value: value)
        case .uint8(let b):
            printInteger(UInt64(b), isSigned: false, verb: verb, value: value)
        case .float64(let d):
            printFloat(d, verb: verb, value: value)
        case .string(let s):
            printString(s, verb: verb, value: value)
        case .rawString(let b):
            switch verb {
            case UInt32(UInt8(ascii: "v")):
                if flags.sharpV { fmtQBytes(b) } else { fmtBs(b) }
            case UInt32(UInt8(ascii: "s")): fmtBs(b)
            case UInt32(UInt8(ascii: "x")): fmtSbx(b, upper: false)
            case UInt32(UInt8(ascii: "X")): fmtSbx(b, upper: true)
            case UInt32(UInt8(ascii: "q")): fmtQBytes(b)
            default: badVerb(verb, value)
            }
        case .bytes(let b):
            printBytes(b, verb: verb, typeName: depth == 0 ? "[]byte" : "[]uint8", value: value, depth: depth)
        case .list(let list):
            if verb == UInt32(UInt8(ascii: "w")) && depth == 0 && !erroring {
                badVerb(verb, value)
                return
            }
            if list.elementType == .uint8 && Self.isByteVerb(verb) {
                let bytes = list.elements.map { element -> UInt8 in
                    if case .uint8(let b) = element { return b }
                    return 0
                }
                printBytes(bytes, verb: verb, typeName: value.goTypeName, value: value, depth: depth)
                return
            }
            printList(list, verb: verb, depth: depth)
        case .map(let map):
            if verb == UInt32(UInt8(ascii: "w")) && depth == 0 && !erroring {
                badVerb(verb, value)
                return
            }
            printMap(map, verb: verb, depth: depth)
        case .object(let sliceObject as GoSliceObject):
            if verb == UInt32(UInt8(ascii: "w")) && depth == 0 && !erroring {
                badVerb(verb, value)
                return
            }
            printList(sliceObject.sliceElements, verb: verb, depth: depth, typeName: sliceObject.goTypeName)
        case .object(let object):
            if let structValue = object as? GoStructFormattable {
                if structValue.formatIsStringer && !flags.sharpV && Self.isStringVerb(verb) {
                    printString(object.format(plus: false), verb: verb, value: value)
                } else if verb == UInt32(UInt8(ascii: "w")) && depth == 0 && !erroring {
                    badVerb(verb, value)
                } else {
                    printStruct(structValue, verb: verb, depth: depth)
                }
            } else {
                printObject(object, verb: verb, value: value)
            }
        }
    }

    /// The verbs for which Go formats a `Stringer` through its `String` method.
    private static func isStringVerb(_ verb: UInt32) -> Bool {
        verb == UInt32(UInt8(ascii: "v")) || isByteVerb(verb)
    }

    private static func isByteVerb(_ verb: UInt32) -> Bool {
        verb == UInt32(UInt8(ascii: "s")) || verb == UInt32(UInt8(ascii: "q"))
            || verb == UInt32(UInt8(ascii: "x")) || verb == UInt32(UInt8(ascii: "X"))
    }

    /// Go's `pp.fmtInteger`.
    private mutating func printInteger(_ v: UInt64, isSigned: Bool, verb: UInt32, value: Value) {
        switch verb {
        case UInt32(UInt8(ascii: "v")):
            if flags.sharpV && !isSigned {
                fmt0x64(v, leading0x: true)
            } else {
                fmtInteger(v, base: 10, isSigned: isSigned, verb: verb)
            }
        case UInt32(UInt8(ascii: "d")): fmtInteger(v, base: 10, isSigned: isSigned, verb: verb)
        case UInt32(UInt8(ascii: "b")): fmtInteger(v, base: 2, isSigned: isSigned, verb: verb)
        case UInt32(UInt8(ascii: "o")), UInt32(UInt8(ascii: "O")): fmtInteger(v, base: 8, isSigned: isSigned, verb: verb)
        case UInt32(UInt8(ascii: "x")): fmtInteger(v, base: 16, isSigned: isSigned, verb: verb)
        case UInt32(UInt8(ascii: "X")): fmtInteger(v, base: 16, isSigned: isSigned, verb: verb, upper: true)
        case UInt32(UInt8(ascii: "c")): fmtC(v)
        case UInt32(UInt8(ascii: "q")): fmtQc(v)
        case UInt32(UInt8(ascii: "U")): fmtUnicode(v)
        default: badVerb(verb, value)
        }
    }

    /// Hexadecimal with or without `0x`, by temporarily setting `#`.
    private mutating func fmt0x64(_ v: UInt64, leading0x: Bool) {
        let sharp = flags.sharp
        flags.sharp = leading0x
        fmtInteger(v, base: 16, isSigned: false, verb: UInt32(UInt8(ascii: "v")))
        flags.sharp = sharp
    }

    /// Go's `pp.fmtFloat`, with each verb's default precision.
    private mutating func printFloat(_ d: Double, verb: UInt32, value: Value) {
        switch verb {
        case UInt32(UInt8(ascii: "v")): fmtFloat(d, verb: UInt8(ascii: "g"), precision: -1)
        case UInt32(UInt8(ascii: "b")), UInt32(UInt8(ascii: "g")), UInt32(UInt8(ascii: "G")),
             UInt32(UInt8(ascii: "x")), UInt32(UInt8(ascii: "X")):
            fmtFloat(d, verb: UInt8(truncatingIfNeeded: verb), precision: -1)
        case UInt32(UInt8(ascii: "f")), UInt32(UInt8(ascii: "e")), UInt32(UInt8(ascii: "E")):
            fmtFloat(d, verb: UInt8(truncatingIfNeeded: verb), precision: 6)
        case UInt32(UInt8(ascii: "F")): fmtFloat(d, verb: UInt8(ascii: "f"), precision: 6)
        default: badVerb(verb, value)
        }
    }

    /// Go's `pp.fmtString`.
    private mutating func printString(_ s: String, verb: UInt32, value: Value) {
        switch verb {
        case UInt32(UInt8(ascii: "v")):
            if flags.sharpV { fmtQ(s) } else { fmtS(s) }
        case UInt32(UInt8(ascii: "s")): fmtS(s)
        case UInt32(UInt8(ascii: "x")): fmtSbx(s.utf8, upper: false)
        case UInt32(UInt8(ascii: "X")): fmtSbx(s.utf8, upper: true)
        case UInt32(UInt8(ascii: "q")): fmtQ(s)
        default: badVerb(verb, value)
        }
    }

    /// Go's `pp.fmtBytes`.
    private mutating func printBytes(_ b: [UInt8], verb: UInt32, typeName: String, value: Value, depth: Int) {
        switch verb {
        case UInt32(UInt8(ascii: "v")), UInt32(UInt8(ascii: "d")):
            if flags.sharpV {
                buf.append(contentsOf: typeName.utf8)
                buf.append(UInt8(ascii: "{"))
                for (i, c) in b.enumerated() {
                    if i > 0 { buf.append(contentsOf: ", ".utf8) }
                    fmt0x64(UInt64(c), leading0x: true)
                }
                buf.append(UInt8(ascii: "}"))
            } else {
                buf.append(UInt8(ascii: "["))
                for (i, c) in b.enumerated() {
                    if i > 0 { buf.append(UInt8(ascii: " ")) }
                    fmtInteger(UInt64(c), base: 10, isSigned: false, verb: verb)
                }
                buf.append(UInt8(ascii: "]"))
            }
        case UInt32(UInt8(ascii: "s")): fmtBs(b)
        case UInt32(UInt8(ascii: "x")): fmtSbx(b, upper: false)
        case UInt32(UInt8(ascii: "X")): fmtSbx(b, upper: true)
        case UInt32(UInt8(ascii: "q")): fmtQBytes(b)
        default:
            // Other verbs format the bytes as a slice of uint8.
            printList(GoList(b.map { .uint8($0) }, elementType: .uint8), verb: verb, depth: depth)
        }
    }

    /// `typeName` names a named slice type for `%#v` (`common.VersionSet{"v1"}`).
    private mutating func printList(_ list: GoList, verb: UInt32, depth: Int, typeName: String? = nil) {
        if flags.sharpV {
            buf.append(contentsOf: (typeName ?? "[]" + list.elementType.name).utf8)
            if list.isNil {
                buf.append(contentsOf: "(nil)".utf8)
                return
            }
            buf.append(UInt8(ascii: "{"))
            for (i, element) in list.elements.enumerated() {
                if i > 0 { buf.append(contentsOf: ", ".utf8) }
                printValue(element, verb: verb, depth: depth + 1)
            }
            buf.append(UInt8(ascii: "}"))
        } else {
            buf.append(UInt8(ascii: "["))
            for (i, element) in list.elements.enumerated() {
                if i > 0 { buf.append(UInt8(ascii: " ")) }
                printValue(element, verb: verb, depth: depth + 1)
            }
            buf.append(UInt8(ascii: "]"))
        }
    }

    /// Maps print with keys in Go's sorted order: `map[a:1 b:2]`, or `map[string]interface {}{"a":1}` for `%#v`.
    private mutating func printMap(_ map: GoMap, verb: UInt32, depth: Int) {
        if flags.sharpV {
            buf.append(contentsOf: map.typeName.utf8)
            buf.append(UInt8(ascii: "{"))
        } else {
            buf.append(contentsOf: "map[".utf8)
        }
        for (i, key) in map.sortedKeys.enumerated() {
            if i > 0 {
                if flags.sharpV {
                    buf.append(contentsOf: ", ".utf8)
                } else {
                    buf.append(UInt8(ascii: " "))
                }
            }
            printString(key, verb: verb, value: .string(key))
            buf.append(UInt8(ascii: ":"))
            printValue(map.entries[key] ?? .null, verb: verb, depth: depth + 1)
        }
        buf.append(UInt8(ascii: flags.sharpV ? "}" : "]"))
    }

    /// Structs and named types format through `GoObject.format(plus:)`; string verbs apply to that text,
    /// as they do to a Go `Stringer`.
    private mutating func printObject(_ object: GoObject, verb: UInt32, value: Value) {
        switch verb {
        case UInt32(UInt8(ascii: "v")):
            let text = object.format(plus: flags.plusV)
            if flags.sharpV { buf.append(contentsOf: text.utf8) } else { fmtS(text) }
        case UInt32(UInt8(ascii: "s")), UInt32(UInt8(ascii: "q")), UInt32(UInt8(ascii: "x")), UInt32(UInt8(ascii: "X")):
            printString(object.format(plus: false), verb: verb, value: value)
        default:
            if erroring {
                buf.append(contentsOf: object.format(plus: false).utf8)
            } else {
                badVerb(verb, value)
            }
        }
    }
}
