import GoTemplate

/// A TOML datetime as BurntSushi/toml hands it over: a Go `time.Time`. Offset datetimes carry their zone
/// (`Z` → UTC, `+05:30` → an unnamed fixed zone); local datetimes, dates and times sit in the library's
/// fixed zero-offset zones `datetime-local`, `date-local` and `time-local`, and times fall on 0000-01-01.
///
/// Go would put an offset equal to the process's local offset in `time.Local`; Helm runs in UTC here, so
/// a zero offset is shown as `UTC`.
final class TOMLDateTime: GoObject, GoMarshalable {
    enum Zone: Equatable {
        case utc
        case offset(seconds: Int)
        case named(String)
    }

    let year: Int, month: Int, day: Int
    let hour: Int, minute: Int, second: Int, nanosecond: Int
    let zone: Zone

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanosecond: Int, zone: Zone) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
        self.zone = zone == .offset(seconds: 0) ? .utc : zone
    }

    var goTypeName: String { "time.Time" }
    var goKindName: String { "struct" }
    func method(named name: String) -> GoFunction? { nil }
    func field(named name: String) -> Value? { nil }

    /// `Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST`.
    func format(plus: Bool) -> String {
        let offset = offsetSeconds
        let numericOffset = Self.offsetText(offset, colon: false)
        let name: String
        switch zone {
        case .utc: name = "UTC"
        case .offset: name = numericOffset
        case .named(let n): name = n
        }
        return "\(dateText) \(clockText)\(fractionText) \(numericOffset) \(name)"
    }

    /// Go's `MarshalJSON` refusal for a zone offset of 24 hours (TOML lets `+24:00` through).
    struct OffsetOutOfRange: Error {}

    /// `MarshalJSON`/`MarshalText`: RFC 3339 with nanoseconds.
    func marshalValue() throws -> Value {
        let offset = offsetSeconds
        if abs(offset) >= 24 * 3600 { throw OffsetOutOfRange() }
        let zoneText = offset == 0 ? "Z" : Self.offsetText(offset, colon: true)
        return .string("\(dateText)T\(clockText)\(fractionText)\(zoneText)")
    }

    private var offsetSeconds: Int {
        if case .offset(let seconds) = zone { return seconds }
        return 0
    }

    private var dateText: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
    private var clockText: String { "\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))" }

    /// `.999999999`: trailing zeros dropped, nothing at all for whole seconds.
    private var fractionText: String {
        guard nanosecond > 0 else { return "" }
        var digits = Self.pad(nanosecond, 9)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    private static func offsetText(_ seconds: Int, colon: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds) / 60
        return sign + pad(magnitude / 60, 2) + (colon ? ":" : "") + pad(magnitude % 60, 2)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// BurntSushi's `valueDatetime`: the text (with `t`, `z` and a space normalized) tried against each layout
/// in turn with Go's `time.ParseInLocation`; also rejects numbers missing a leading zero.
enum TOMLDateTimeParser {
    static func parse(_ raw: String) -> TOMLDateTime? {
        let text = Array(raw.utf8.map { c -> UInt8 in
            switch c {
            case UInt8(ascii: "z"): return UInt8(ascii: "Z")
            case UInt8(ascii: "t"), UInt8(ascii: " "): return UInt8(ascii: "T")
            default: return c
            }
        })
        // The order is BurntSushi's: full datetimes before dates before times; seconds may be omitted.
        let layouts: [(date: Bool, time: Bool, seconds: Bool, offset: Bool, local: String)] = [
            (true, true, true, true, ""),
            (true, true, true, false, "datetime-local"),
            (true, false, false, false, "date-local"),
            (false, true, true, false, "time-local"),
            (true, true, false, true, ""),
            (true, true, false, false, "datetime-local"),
            (false, true, false, false, "time-local"),
        ]
        for layout in layouts {
            if let value = parse(text, date: layout.date, time: layout.time, seconds: layout.seconds,
                                 offset: layout.offset, localZone: layout.local) {
                return value
            }
        }
        return nil
    }

    private static func parse(_ s: [UInt8], date: Bool, time: Bool, seconds: Bool, offset: Bool,
                              localZone: String) -> TOMLDateTime? {
        var i = 0
        var year = 0, month = 1, day = 1
        if date {
            guard let y = digits(s, &i, 4), expect(s, &i, "-"), let m = digits(s, &i, 2), expect(s, &i, "-"),
                  let d = digits(s, &i, 2) else { return nil }
            guard m >= 1, m <= 12, d >= 1, d <= daysIn(month: m, year: y) else { return nil }
            (year, month, day) = (y, m, d)
            if time { guard expect(s, &i, "T") else { return nil } }
        }
        var hour = 0, minute = 0, second = 0, nanosecond = 0
        if time {
            guard let h = digits(s, &i, 2), expect(s, &i, ":"), let m = digits(s, &i, 2) else { return nil }
            guard h < 24, m < 60 else { return nil }
            (hour, minute) = (h, m)
            if seconds {
                guard expect(s, &i, ":"), let sec = digits(s, &i, 2), sec < 60 else { return nil }
                second = sec
                // Go reads any number of fraction digits and keeps nine.
                if i + 1 < s.count, s[i] == UInt8(ascii: "."), isDigit(s[i + 1]) {
                    i += 1
                    var count = 0
                    while i < s.count, isDigit(s[i]) {
                        if count < 9 { nanosecond = nanosecond * 10 + Int(s[i] &- 48) }
                        count += 1
                        i += 1
                    }
                    for _ in min(count, 9)..<9 { nanosecond *= 10 }
                }
            }
        }
        var zone = TOMLDateTime.Zone.named(localZone)
        if offset {
            guard i < s.count else { return nil }
            if s[i] == UInt8(ascii: "Z") {
                i += 1
                zone = .utc
            } else {
                guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") else { return nil }
                let negative = s[i] == UInt8(ascii: "-")
                i += 1
                guard let h = digits(s, &i, 2), expect(s, &i, ":"), let m = digits(s, &i, 2),
                      h <= 24, m <= 60 else { return nil }
                let total = (h * 60 + m) * 60
                zone = .offset(seconds: negative ? -total : total)
            }
        }
        guard i == s.count else { return nil }
        return TOMLDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                            nanosecond: nanosecond, zone: zone)
    }

    private static func digits(_ s: [UInt8], _ i: inout Int, _ count: Int) -> Int? {
        guard i + count <= s.count else { return nil }
        var n = 0
        for k in i..<(i + count) {
            guard isDigit(s[k]) else { return nil }
            n = n * 10 + Int(s[k] &- 48)
        }
        i += count
        return n
    }

    private static func expect(_ s: [UInt8], _ i: inout Int, _ c: Unicode.Scalar) -> Bool {
        guard i < s.count, s[i] == UInt8(ascii: c) else { return false }
        i += 1
        return true
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
