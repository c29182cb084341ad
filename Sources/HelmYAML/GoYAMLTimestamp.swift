/// go-yaml v2's `parseTimestamp`: does the text parse with Go's `time.Parse` under one of the layouts
/// `2006-1-2T15:4:5.999999999Z07:00`, `2006-1-2t15:4:5.999999999Z07:00`, `2006-1-2 15:4:5.999999999`
/// or `2006-1-2`? Only the verdict matters: decoded into `interface{}` the text stays a string, and the
/// encoder double-quotes such strings.
enum GoYAMLTimestamp {
    static func matches(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        // Quick check, as go-yaml: four digits then '-'.
        guard s.count > 4, s[0..<4].allSatisfy(isDigit), s[4] == UInt8(ascii: "-") else { return false }
        var i = 5
        guard let month = number(s, &i), month >= 1, month <= 12,
              i < s.count, s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let day = number(s, &i) else { return false }
        let year = s[0..<4].reduce(0) { $0 * 10 + Int($1 &- 48) }
        guard day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if i == s.count { return true }
        switch s[i] {
        case UInt8(ascii: "T"), UInt8(ascii: "t"):
            i += 1
            guard clock(s, &i) else { return false }
            return zone(s, &i) && i == s.count
        case UInt8(ascii: " "):
            // A space in a Go layout matches any run of spaces.
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            return clock(s, &i) && i == s.count
        default:
            return false
        }
    }

    /// `15:4:5` then an optional `.999999999` fraction.
    private static func clock(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        guard let hour = number(s, &i), hour < 24, i < s.count, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let minute = number(s, &i), minute < 60, i < s.count, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let second = number(s, &i), second < 60 else { return false }
        if i + 1 < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ","), isDigit(s[i + 1]) {
            i += 1
            while i < s.count, isDigit(s[i]) { i += 1 }
        }
        return true
    }

    /// `Z07:00`: `Z`, or a sign, two digits, ':' and two digits.
    private static func zone(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        guard i < s.count else { return false }
        if s[i] == UInt8(ascii: "Z") { i += 1; return true }
        guard s.count - i >= 6, s[i + 3] == UInt8(ascii: ":"),
              s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-"),
              isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 4]), isDigit(s[i + 5]) else { return false }
        let hours = Int(s[i + 1] &- 48) * 10 + Int(s[i + 2] &- 48)
        let minutes = Int(s[i + 4] &- 48) * 10 + Int(s[i + 5] &- 48)
        guard hours <= 24, minutes <= 60 else { return false }
        i += 6
        return true
    }

    /// Go's `getnum(s, false)`: one or two digits.
    private static func number(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        guard i < s.count, isDigit(s[i]) else { return nil }
        var n = Int(s[i] &- 48)
        i += 1
        if i < s.count, isDigit(s[i]) {
            n = n * 10 + Int(s[i] &- 48)
            i += 1
        }
        return n
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
