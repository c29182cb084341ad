/// One element of a Go time layout (`2006`, `Jan`, `-07:00`, `.000`), as `nextStdChunk` finds them.
enum GoLayoutChunk: Equatable {
    case longMonth, month, numMonth, zeroMonth
    case longWeekDay, weekDay
    case day, underDay, zeroDay
    case underYearDay, zeroYearDay
    case hour, hour12, zeroHour12
    case minute, zeroMinute
    case second, zeroSecond
    case longYear, year
    case pm, lowerPM
    case tz
    case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
    case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
    /// `.000` (trailing zeros kept) or `.999` (trimmed); `digits` long, with `.` or `,` as separator.
    case fracSecond(trim: Bool, digits: Int, separator: UInt8)

    var isFraction: Bool {
        if case .fracSecond = self { return true }
        return false
    }

    /// Splits the layout at its first element: literal prefix, element (nil when none), rest.
    static func next(_ layout: ArraySlice<UInt8>) -> (prefix: ArraySlice<UInt8>, chunk: GoLayoutChunk?, suffix: ArraySlice<UInt8>) {
        let start = layout.startIndex
        var i = start
        func has(_ text: String, at index: Int) -> Bool {
            let bytes = Array(text.utf8)
            guard index + bytes.count <= layout.endIndex else { return false }
            return layout[index..<index + bytes.count].elementsEqual(bytes)
        }
        func lowerAt(_ index: Int) -> Bool {
            index < layout.endIndex && layout[index] >= 97 && layout[index] <= 122
        }
        func result(_ chunk: GoLayoutChunk, length: Int) -> (ArraySlice<UInt8>, GoLayoutChunk?, ArraySlice<UInt8>) {
            (layout[start..<i], chunk, layout[(i + length)...])
        }
        while i < layout.endIndex {
            switch layout[i] {
            case UInt8(ascii: "J"):
                if has("Jan", at: i) {
                    if has("January", at: i) { return result(.longMonth, length: 7) }
                    if !lowerAt(i + 3) { return result(.month, length: 3) }
                }
            case UInt8(ascii: "M"):
                if has("Mon", at: i) {
                    if has("Monday", at: i) { return result(.longWeekDay, length: 6) }
                    if !lowerAt(i + 3) { return result(.weekDay, length: 3) }
                }
                if has("MST", at: i) { return result(.tz, length: 3) }
            case UInt8(ascii: "0"):
                if i + 1 < layout.endIndex, layout[i + 1] >= 49, layout[i + 1] <= 54 {
                    let table: [GoLayoutChunk] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return result(table[Int(layout[i + 1] - 49)], length: 2)
                }
                if has("002", at: i) { return result(.zeroYearDay, length: 3) }
            case UInt8(ascii: "1"):
                if has("15", at: i) { return result(.hour, length: 2) }
                return result(.numMonth, length: 1)
            case UInt8(ascii: "2"):
                if has("2006", at: i) { return result(.longYear, length: 4) }
                return result(.day, length: 1)
            case UInt8(ascii: "_"):
                if has("_2", at: i) {
                    // `_2006` is a literal underscore followed by the year.
                    if has("_2006", at: i) { return (layout[start...i], .longYear, layout[(i + 5)...]) }
                    return result(.underDay, length: 2)
                }
                if has("__2", at: i) { return result(.underYearDay, length: 3) }
            case UInt8(ascii: "3"): return result(.hour12, length: 1)
            case UInt8(ascii: "4"): return result(.minute, length: 1)
            case UInt8(ascii: "5"): return result(.second, length: 1)
            case UInt8(ascii: "P"):
                if has("PM", at: i) { return result(.pm, length: 2) }
            case UInt8(ascii: "p"):
                if has("pm", at: i) { return result(.lowerPM, length: 2) }
            case UInt8(ascii: "-"):
                if has("-070000", at: i) { return result(.numSecondsTZ, length: 7) }
                if has("-07:00:00", at: i) { return result(.numColonSecondsTZ, length: 9) }
                if has("-0700", at: i) { return result(.numTZ, length: 5) }
                if has("-07:00", at: i) { return result(.numColonTZ, length: 6) }
                if has("-07", at: i) { return result(.numShortTZ, length: 3) }
            case UInt8(ascii: "Z"):
                if has("Z070000", at: i) { return result(.iso8601SecondsTZ, length: 7) }
                if has("Z07:00:00", at: i) { return result(.iso8601ColonSecondsTZ, length: 9) }
                if has("Z0700", at: i) { return result(.iso8601TZ, length: 5) }
                if has("Z07:00", at: i) { return result(.iso8601ColonTZ, length: 6) }
                if has("Z07", at: i) { return result(.iso8601ShortTZ, length: 3) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if i + 1 < layout.endIndex, layout[i + 1] == 48 || layout[i + 1] == 57 {
                    let digit = layout[i + 1]
                    var j = i + 1
                    while j < layout.endIndex && layout[j] == digit { j += 1 }
                    // The run of digits must end the number: only a fractional second is all digits.
                    if !(j < layout.endIndex && layout[j] >= 48 && layout[j] <= 57) {
                        let chunk = GoLayoutChunk.fracSecond(trim: digit == 57, digits: (j - (i + 1)) & 0xFFF, separator: layout[i])
                        return (layout[start..<i], chunk, layout[j...])
                    }
                }
            default:
                break
            }
            i += 1
        }
        return (layout, nil, layout[layout.endIndex...])
    }
}
