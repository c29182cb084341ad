/// Go's `fmt.fmt`: formatting of one basic operand (integer, float, string, bytes, rune) under the
/// current flags, width and precision, with padding.
struct FormatFlags {
    var widthPresent = false
    var precisionPresent = false
    var minus = false
    var plus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v` and `%#v`: set instead of `plus`/`sharp`, as Go does, because they change the whole value's layout.
    var plusV = false
    var sharpV = false
}

private let lowerDigits: [UInt8] = Array("0123456789abcdefx".utf8)
private let upperDigits: [UInt8] = Array("0123456789ABCDEFX".utf8)

extension GoPrinter {
    // MARK: Padding

    mutating func writePadding(_ n: Int) {
        if n <= 0 { return }
        buf.append(contentsOf: repeatElement(flags.zero ? UInt8(ascii: "0") : UInt8(ascii: " "), count: n))
    }

    /// Appends `bytes` padded to the width (left, or right with `-`); the width counts runes.
    mutating func pad<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if !flags.widthPresent || width == 0 {
            buf.append(contentsOf: bytes)
            return
        }
        let padding = width - runeCount(bytes)
        if !flags.minus {
            writePadding(padding)
            buf.append(contentsOf: bytes)
        } else {
            buf.append(contentsOf: bytes)
            writePadding(padding)
        }
    }

    mutating func padString(_ s: String) {
        if !flags.widthPresent || width == 0 {
            buf.append(contentsOf: s.utf8)
            return
        }
        pad(s.utf8)
    }

    /// `utf8.RuneCount`: each valid sequence, and each byte of an invalid one, is one rune.
    private func runeCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var n = 0
        var allStartBytes = true
        for b in bytes {
            if b & 0xC0 != 0x80 { n += 1 }
            if b >= 0x80 { allStartBytes = false }
        }
        if allStartBytes { return n }
        let array = Array(bytes)
        n = 0
        var i = 0
        while i < array.count {
            i += GoUTF8.decodeRune(array, at: i).width
            n += 1
        }
        return n
    }

    // MARK: Booleans and integers

    mutating func fmtBoolean(_ v: Bool) {
        padString(v ? "true" : "false")
    }

    /// Go's `fmtInteger`: `u` is the two's complement bits; `isSigned` says how to read them.
    mutating func fmtInteger(_ value: UInt64, base: UInt64, isSigned: Bool, verb: UInt32, upper: Bool = false) {
        // Fast path for the common plain decimal.
        if base == 10 && !flags.widthPresent && !flags.precisionPresent && !flags.plus && !flags.space {
            if isSigned {
                buf.append(contentsOf: String(Int64(bitPattern: value)).utf8)
            } else {
                buf.append(contentsOf: String(value).utf8)
            }
            return
        }
        let digits = upper ? upperDigits : lowerDigits
        var u = value
        let negative = isSigned && Int64(bitPattern: u) < 0
        if negative { u = 0 &- u }

        var prec = 0
        if flags.precisionPresent {
            prec = precision
            // Precision 0 and value 0 print nothing but padding.
            if prec == 0 && u == 0 {
                let oldZero = flags.zero
                flags.zero = false
                writePadding(width)
                flags.zero = oldZero
                return
            }
        } else if flags.zero && !flags.minus && flags.widthPresent {
            prec = width
            if negative || flags.plus || flags.space { prec -= 1 } // leave room for the sign
        }

        // Digits are produced right to left.
        var out: [UInt8] = []
        out.reserveCapacity(max(24, prec + 4))
        switch base {
        case 10:
            while u >= 10 {
                let next = u / 10
                out.append(UInt8(ascii: "0") &+ UInt8(u &- next &* 10))
                u = next
            }
        case 16:
            while u >= 16 {
                out.append(digits[Int(u & 0xF)])
                u >>= 4
            }
        case 8:
            while u >= 8 {
                out.append(UInt8(ascii: "0") &+ UInt8(u & 7))
                u >>= 3
            }
        default:
            while u >= 2 {
                out.append(UInt8(ascii: "0") &+ UInt8(u & 1))
                u >>= 1
            }
        }
        out.append(digits[Int(u)])
        while prec > out.count {
            out.append(UInt8(ascii: "0"))
        }
        if flags.sharp {
            switch base {
            case 2:
                out.append(UInt8(ascii: "b"))
                out.append(UInt8(ascii: "0"))
            case 8:
                if out.last != UInt8(ascii: "0") { out.append(UInt8(ascii: "0")) }
            case 16:
                out.append(digits[16])
                out.append(UInt8(ascii: "0"))
            default:
                break
            }
        }
        if verb == UInt32(UInt8(ascii: "O")) {
            out.append(UInt8(ascii: "o"))
            out.append(UInt8(ascii: "0"))
        }
        if negative {
            out.append(UInt8(ascii: "-"))
        } else if flags.plus {
            out.append(UInt8(ascii: "+"))
        } else if flags.space {
            out.append(UInt8(ascii: " "))
        }
        // Zero padding was done above as precision, or is overruled by an explicit precision.
        let oldZero = flags.zero
        flags.zero = false
        pad(out.reversed())
        flags.zero = oldZero
    }

    /// `%U`: `U+0078`, or with `#` `U+0078 'x'`.
    mutating func fmtUnicode(_ value: UInt64) {
        var u = value
        var prec = 4
        if flags.precisionPresent && precision > 4 { prec = precision }
        var out: [UInt8] = []
        if flags.sharp && u <= 0x10FFFF && GoQuoting.isPrint(UInt32(u)) {
            var quoted: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "'")]
            GoQuoting.appendUTF8(UInt32(u), to: &quoted)
            quoted.append(UInt8(ascii: "'"))
            out.append(contentsOf: quoted.reversed())
        }
        while u >= 16 {
            out.append(upperDigits[Int(u & 0xF)])
            prec -= 1
            u >>= 4
        }
        out.append(upperDigits[Int(u)])
        prec -= 1
        while prec > 0 {
            out.append(UInt8(ascii: "0"))
            prec -= 1
        }
        out.append(UInt8(ascii: "+"))
        out.append(UInt8(ascii: "U"))
        let oldZero = flags.zero
        flags.zero = false
        pad(out.reversed())
        flags.zero = oldZero
    }

    /// `%c`: the integer as a character; invalid code points print U+FFFD.
    mutating func fmtC(_ c: UInt64) {
        var out: [UInt8] = []
        GoQuoting.appendUTF8(c > 0x10FFFF ? 0xFFFD : UInt32(c), to: &out)
        pad(out)
    }

    /// `%q` of an integer: a single-quoted character literal.
    mutating func fmtQc(_ c: UInt64) {
        var out: [UInt8] = []
        GoQuoting.appendQuotedRune(c > 0x10FFFF ? 0xFFFD : UInt32(c), asciiOnly: flags.plus, to: &out)
        pad(out)
    }

    // MARK: Strings and bytes

    /// The string cut to `precision` runes, if a precision is set.
    func truncate(_ s: String) -> Substring {
        guard flags.precisionPresent else { return Substring(s) }
        var n = precision
        for i in s.unicodeScalars.indices {
            n -= 1
            if n < 0 { return s[s.startIndex..<i] }
        }
        return Substring(s)
    }

    mutating func fmtS(_ s: String) {
        if !flags.precisionPresent && (!flags.widthPresent || width == 0) {
            buf.append(contentsOf: s.utf8)
            return
        }
        pad(truncate(s).utf8)
    }

    /// `%s` of a byte slice or of a string that is not UTF-8: the bytes themselves; a precision counts
    /// runes, each invalid byte one.
    mutating func fmtBs(_ b: [UInt8]) {
        if !flags.precisionPresent && (!flags.widthPresent || width == 0) {
            buf.append(contentsOf: b)
            return
        }
        pad(truncateBytes(b))
    }

    /// The bytes cut to `precision` runes, if a precision is set.
    func truncateBytes(_ b: [UInt8]) -> ArraySlice<UInt8> {
        guard flags.precisionPresent else { return b[...] }
        var n = precision
        var i = 0
        while i < b.count {
            n -= 1
            if n < 0 { return b[..<i] }
            i += GoUTF8.decodeRune(b, at: i).width
        }
        return b[...]
    }

    /// `%q` of bytes (a `[]byte` or a string that is not UTF-8): invalid bytes as `\x` escapes, and
    /// never backquoted (`%#q`) when any byte is invalid.
    mutating func fmtQBytes(_ b: [UInt8]) {
        let cut = Array(truncateBytes(b))
        if let text = String(validating: cut, as: UTF8.self) {
            let saved = flags.precisionPresent
            flags.precisionPresent = false
            fmtQ(text)
            flags.precisionPresent = saved
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(cut.count + 8)
        GoQuoting.appendQuoted(bytes: cut, quote: UInt8(ascii: "\""), asciiOnly: flags.plus, to: &out)
        pad(out)
    }

    /// `%x`/`%X` of a string or byte slice: two hex digits per byte, `% x` spaced, `%#x` prefixed.
    mutating func fmtSbx<C: Collection>(_ bytes: C, upper: Bool) where C.Element == UInt8 {
        let digits = upper ? upperDigits : lowerDigits
        var length = bytes.count
        if flags.precisionPresent && precision < length { length = precision }
        var encodedWidth = 2 * length
        if encodedWidth > 0 {
            if flags.space {
                if flags.sharp { encodedWidth *= 2 }
                encodedWidth += length - 1
            } else if flags.sharp {
                encodedWidth += 2
            }
        } else {
            if flags.widthPresent { writePadding(width) }
            return
        }
        if flags.widthPresent && width > encodedWidth && !flags.minus {
            writePadding(width - encodedWidth)
        }
        if flags.sharp {
            buf.append(UInt8(ascii: "0"))
            buf.append(digits[16])
        }
        var i = 0
        for c in bytes {
            if i >= length { break }
            if flags.space && i > 0 {
                buf.append(UInt8(ascii: " "))
                if flags.sharp {
                    buf.append(UInt8(ascii: "0"))
                    buf.append(digits[16])
                }
            }
            buf.append(digits[Int(c >> 4)])
            buf.append(digits[Int(c & 0xF)])
            i += 1
        }
        if flags.widthPresent && width > encodedWidth && flags.minus {
            writePadding(width - encodedWidth)
        }
    }

    /// `%q` of a string: Go-quoted, or backquoted with `#` when possible, ASCII-only with `+`.
    mutating func fmtQ(_ s: String) {
        let text = String(truncate(s))
        if flags.sharp && GoQuoting.canBackquote(text) {
            padString("`" + text + "`")
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        GoQuoting.appendQuoted(text, quote: UInt8(ascii: "\""), asciiOnly: flags.plus, to: &out)
        pad(out)
    }

    // MARK: Floats

    /// Go's `fmt.fmtFloat`: strconv formatting plus sign, `#`, zero-padding and NaN/Inf rules.
    mutating func fmtFloat(_ v: Double, verb: UInt8, precision defaultPrecision: Int) {
        let prec = flags.precisionPresent ? precision : defaultPrecision
        // num[0] is the sign slot, as in Go.
        var num: [UInt8] = [UInt8(ascii: "+")]
        num.reserveCapacity(26)
        FloatFormatting.append(v, format: verb, precision: prec, to: &num)
        if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") {
            num.removeFirst()
        }
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus {
            num[0] = UInt8(ascii: " ")
        }
        // Infinities and NaN are not numbers to zero-pad.
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            let oldZero = flags.zero
            flags.zero = false
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus {
                num.removeFirst()
            }
            pad(num)
            flags.zero = oldZero
            return
        }
        // `#` forces a decimal point and keeps trailing zeros.
        if flags.sharp && verb != UInt8(ascii: "b") {
            var digits = 0
            switch verb {
            case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
                digits = prec
                if digits == -1 { digits = 6 }
            default:
                break
            }
            var tail: [UInt8] = []
            var hasDecimalPoint = false
            var sawNonzeroDigit = false
            var i = 1
            while i < num.count {
                let c = num[i]
                if c == UInt8(ascii: ".") {
                    hasDecimalPoint = true
                } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P") {
                    tail.append(contentsOf: num[i...])
                    num.removeSubrange(i...)
                    break
                } else if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E"))
                            && verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X") {
                    tail.append(contentsOf: num[i...])
                    num.removeSubrange(i...)
                    break
                } else {
                    if c != UInt8(ascii: "0") { sawNonzeroDigit = true }
                    // Count significant digits after the first non-zero digit.
                    if sawNonzeroDigit { digits -= 1 }
                }
                i += 1
            }
            if !hasDecimalPoint {
                // A lone leading 0 counts as one digit.
                if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
                num.append(UInt8(ascii: "."))
            }
            while digits > 0 {
                num.append(UInt8(ascii: "0"))
                digits -= 1
            }
            num.append(contentsOf: tail)
        }
        if flags.plus || num[0] != UInt8(ascii: "+") {
            // Zero padding goes between the sign and the digits.
            if flags.zero && !flags.minus && flags.widthPresent && width > num.count {
                buf.append(num[0])
                writePadding(width - num.count)
                buf.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(num[1...])
    }
}
