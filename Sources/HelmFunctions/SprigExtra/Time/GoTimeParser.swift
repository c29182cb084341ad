/// Go's `time.ParseInLocation`, with Go's `ParseError` messages
/// (`parsing time "bad" as "2006-01-02": cannot parse "bad" as "2006"`).
enum GoTimeParser {
    struct ParseError: Error { var message: String }

    private static let shortDayNames = GoCalendar.longDayNames.map { String($0.prefix(3)) }
    private static let shortMonthNames = GoCalendar.longMonthNames.map { String($0.prefix(3)) }

    static func parse(layout layoutText: String, value valueText: String, location local: GoLocation) throws -> GoTime {
        var layout = Array(layoutText.utf8)[...]
        var value = Array(valueText.utf8)[...]
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        func failure(_ layoutElement: ArraySlice<UInt8>, _ valueElement: ArraySlice<UInt8>, _ message: String = "") -> ParseError {
            if message.isEmpty {
                return ParseError(message: "parsing time " + goTimeQuote(valueText) + " as " + goTimeQuote(layoutText)
                    + ": cannot parse " + goTimeQuote(text(valueElement)) + " as " + goTimeQuote(text(layoutElement)))
            }
            return ParseError(message: "parsing time " + goTimeQuote(valueText) + message)
        }

        var rangeError = ""
        var amSet = false, pmSet = false
        var year: Int64 = 0
        var month = -1, day = -1, yday = -1
        var hour = 0, minute = 0, second = 0, nanosecond = 0
        var fixedLocation: GoLocation?
        var zoneOffset = -1
        var zoneName = ""

        while true {
            let (prefix, chunk, suffix) = GoLayoutChunk.next(layout)
            let stdText = layout[(layout.startIndex + prefix.count)..<suffix.startIndex]
            guard let skipped = skip(value, prefix) else { throw failure(prefix, value) }
            value = skipped
            guard let chunk else {
                if !value.isEmpty { throw failure([], value, ": extra text: " + goTimeQuote(text(value))) }
                break
            }
            layout = suffix
            let hold = value
            var bad = false
            switch chunk {
            case .year:
                guard value.count >= 2, let y = atoi(value.prefix(2)) else { bad = true; break }
                value = value.dropFirst(2)
                year = Int64(y >= 69 ? y + 1900 : y + 2000)
            case .longYear:
                guard value.count >= 4, isDigit(value, 0), let y = atoi(value.prefix(4)) else { bad = true; break }
                value = value.dropFirst(4)
                year = Int64(y)
            case .month, .longMonth:
                guard let (index, rest) = lookup(chunk == .month ? shortMonthNames : GoCalendar.longMonthNames, value)
                else { bad = true; break }
                month = index + 1
                value = rest
            case .numMonth, .zeroMonth:
                guard let (n, rest) = getnum(value, fixed: chunk == .zeroMonth) else { bad = true; break }
                month = n
                value = rest
                if month <= 0 || month > 12 { rangeError = "month" }
            case .weekDay, .longWeekDay:
                guard let (_, rest) = lookup(chunk == .weekDay ? shortDayNames : GoCalendar.longDayNames, value)
                else { bad = true; break }
                value = rest
            case .day, .underDay, .zeroDay:
                if chunk == .underDay, value.first == 32 { value = value.dropFirst() }
                guard let (n, rest) = getnum(value, fixed: chunk == .zeroDay) else { bad = true; break }
                day = n
                value = rest
            case .underYearDay, .zeroYearDay:
                for _ in 0..<2 where chunk == .underYearDay && value.first == 32 { value = value.dropFirst() }
                guard let (n, rest) = getnum3(value, fixed: chunk == .zeroYearDay) else { bad = true; break }
                yday = n
                value = rest
            case .hour:
                guard let (n, rest) = getnum(value, fixed: false) else { bad = true; break }
                hour = n
                value = rest
                if hour < 0 || hour >= 24 { rangeError = "hour" }
            case .hour12, .zeroHour12:
                guard let (n, rest) = getnum(value, fixed: chunk == .zeroHour12) else { bad = true; break }
                hour = n
                value = rest
                if hour < 0 || hour > 12 { rangeError = "hour" }
            case .minute, .zeroMinute:
                guard let (n, rest) = getnum(value, fixed: chunk == .zeroMinute) else { bad = true; break }
                minute = n
                value = rest
                if minute < 0 || minute >= 60 { rangeError = "minute" }
            case .second, .zeroSecond:
                guard let (n, rest) = getnum(value, fixed: chunk == .zeroSecond) else { bad = true; break }
                second = n
                value = rest
                if second < 0 || second >= 60 { rangeError = "second"; break }
                // A fractional second in the input that the layout does not mention.
                if value.count >= 2, isCommaOrPeriod(value.first), isDigit(value, 1) {
                    if let next = GoLayoutChunk.next(layout).chunk, next.isFraction { break }
                    var n = 2
                    while n < value.count && isDigit(value, n) { n += 1 }
                    guard let nanos = parseNanoseconds(value, n) else { bad = true; break }
                    nanosecond = nanos
                    value = value.dropFirst(n)
                }
            case .pm, .lowerPM:
                guard value.count >= 2 else { bad = true; break }
                let p = text(value.prefix(2))
                value = value.dropFirst(2)
                let (pmText, amText) = chunk == .pm ? ("PM", "AM") : ("pm", "am")
                if p == pmText { pmSet = true } else if p == amText { amSet = true } else { bad = true }
            case .iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ,
                 .numTZ, .numShortTZ, .numColonTZ, .numSecondsTZ, .numColonSecondsTZ:
                let isISO = [.iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ].contains(chunk)
                if isISO, value.first == UInt8(ascii: "Z") {
                    value = value.dropFirst()
                    fixedLocation = .utc
                    break
                }
                let v = Array(value)
                var sign: UInt8 = 0
                var h: ArraySlice<UInt8> = [], m: ArraySlice<UInt8> = [], s: ArraySlice<UInt8> = Array("00".utf8)[...]
                switch chunk {
                case .iso8601ColonTZ, .numColonTZ:
                    guard v.count >= 6, v[3] == UInt8(ascii: ":") else { bad = true; break }
                    sign = v[0]; h = v[1..<3]; m = v[4..<6]; value = value.dropFirst(6)
                case .numShortTZ, .iso8601ShortTZ:
                    guard v.count >= 3 else { bad = true; break }
                    sign = v[0]; h = v[1..<3]; m = Array("00".utf8)[...]; value = value.dropFirst(3)
                case .iso8601ColonSecondsTZ, .numColonSecondsTZ:
                    guard v.count >= 9, v[3] == UInt8(ascii: ":"), v[6] == UInt8(ascii: ":") else { bad = true; break }
                    sign = v[0]; h = v[1..<3]; m = v[4..<6]; s = v[7..<9]; value = value.dropFirst(9)
                case .iso8601SecondsTZ, .numSecondsTZ:
                    guard v.count >= 7 else { bad = true; break }
                    sign = v[0]; h = v[1..<3]; m = v[3..<5]; s = v[5..<7]; value = value.dropFirst(7)
                default:
                    guard v.count >= 5 else { bad = true; break }
                    sign = v[0]; h = v[1..<3]; m = v[3..<5]; value = value.dropFirst(5)
                }
                if bad { break }
                guard let (hr, _) = getnum(h, fixed: true), let (mm, _) = getnum(m, fixed: true),
                      let (ss, _) = getnum(s, fixed: true) else { bad = true; break }
                if hr > 24 { rangeError = "time zone offset hour" }
                if mm > 60 { rangeError = "time zone offset minute" }
                if ss > 60 { rangeError = "time zone offset second" }
                zoneOffset = (hr * 60 + mm) * 60 + ss
                if sign == UInt8(ascii: "-") { zoneOffset = -zoneOffset } else if sign != UInt8(ascii: "+") { bad = true }
            case .tz:
                if value.starts(with: "UTC".utf8) {
                    fixedLocation = .utc
                    value = value.dropFirst(3)
                    break
                }
                guard let n = timeZoneLength(value) else { bad = true; break }
                zoneName = text(value.prefix(n))
                value = value.dropFirst(n)
            case .fracSecond(let trim, let digits, _):
                if !trim {
                    let count = 1 + digits
                    guard value.count >= count, let nanos = parseNanoseconds(value, count) else { bad = true; break }
                    nanosecond = nanos
                    value = value.dropFirst(count)
                } else {
                    guard value.count >= 2, isCommaOrPeriod(value.first), isDigit(value, 1) else { break }
                    var i = 0
                    while i + 1 < value.count && isDigit(value, i + 1) { i += 1 }
                    guard let nanos = parseNanoseconds(value, 1 + i) else { bad = true; break }
                    nanosecond = nanos
                    value = value.dropFirst(1 + i)
                }
            }
            if !rangeError.isEmpty { throw failure(stdText, value, ": " + rangeError + " out of range") }
            if bad { throw failure(stdText, hold) }
        }
        if pmSet && hour < 12 { hour += 12 } else if amSet && hour == 12 { hour = 0 }

        if yday >= 0 {
            var d = 0, m = 0
            if GoCalendar.isLeap(year) {
                if yday == 31 + 29 { m = 2; d = 29 } else if yday > 31 + 29 { yday -= 1 }
            }
            if yday < 1 || yday > 365 { throw failure([], value, ": day-of-year out of range") }
            if m == 0 {
                m = (yday - 1) / 31 + 1
                if daysBefore(m + 1) < yday { m += 1 }
                d = yday - daysBefore(m)
            }
            if month >= 0 && month != m { throw failure([], value, ": day-of-year does not match month") }
            month = m
            if day >= 0 && day != d { throw failure([], value, ": day-of-year does not match day") }
            day = d
        } else {
            if month < 0 { month = 1 }
            if day < 0 { day = 1 }
        }
        if day < 1 || day > GoCalendar.daysIn(month: month, year: year) { throw failure([], value, ": day out of range") }

        func build(_ location: GoLocation) -> GoTime {
            GoTime.date(year: year, month: Int64(month), day: Int64(day), hour: Int64(hour), minute: Int64(minute),
                        second: Int64(second), nanosecond: Int64(nanosecond), location: location)
        }
        if let fixedLocation { return build(fixedLocation) }
        if zoneOffset != -1 {
            let utc = build(.utc)
            let instant = utc.seconds - Int64(zoneOffset)
            let found = local.lookup(instant)
            if found.offset == zoneOffset && (zoneName.isEmpty || found.name == zoneName) {
                return GoTime(seconds: instant, nanoseconds: utc.nanoseconds, location: local)
            }
            return GoTime(seconds: instant, nanoseconds: utc.nanoseconds, location: .fixed(name: zoneName, offset: zoneOffset))
        }
        if !zoneName.isEmpty {
            let utc = build(.utc)
            if let offset = local.offset(ofZoneNamed: zoneName, near: utc.seconds) {
                return GoTime(seconds: utc.seconds - Int64(offset), nanoseconds: utc.nanoseconds, location: local)
            }
            var offset = 0
            if zoneName.count > 3, zoneName.hasPrefix("GMT"), let hours = Int(zoneName.dropFirst(3)) { offset = hours * 3600 }
            return GoTime(seconds: utc.seconds, nanoseconds: utc.nanoseconds, location: .fixed(name: zoneName, offset: offset))
        }
        return build(local)
    }

    private static func daysBefore(_ month: Int) -> Int {
        [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365][max(0, min(12, month - 1))]
    }

    private static func isDigit(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
        let index = s.startIndex + i
        return index < s.endIndex && s[index] >= 48 && s[index] <= 57
    }

    private static func isCommaOrPeriod(_ c: UInt8?) -> Bool { c == UInt8(ascii: ".") || c == UInt8(ascii: ",") }

    /// Go's `skip`: matches the literal prefix, a space in the layout matching any run of spaces.
    private static func skip(_ value: ArraySlice<UInt8>, _ prefix: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var v = value, p = prefix
        while let first = p.first {
            if first == 32 {
                if let c = v.first, c != 32 { return nil }
                p = p.drop { $0 == 32 }
                v = v.drop { $0 == 32 }
                continue
            }
            guard v.first == first else { return nil }
            p = p.dropFirst()
            v = v.dropFirst()
        }
        return v
    }

    private static func getnum(_ s: ArraySlice<UInt8>, fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
        guard isDigit(s, 0) else { return nil }
        let first = Int(s[s.startIndex] - 48)
        guard isDigit(s, 1) else { return fixed ? nil : (first, s.dropFirst()) }
        return (first * 10 + Int(s[s.startIndex + 1] - 48), s.dropFirst(2))
    }

    private static func getnum3(_ s: ArraySlice<UInt8>, fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
        var n = 0, i = 0
        while i < 3 && isDigit(s, i) {
            n = n * 10 + Int(s[s.startIndex + i] - 48)
            i += 1
        }
        if i == 0 || (fixed && i != 3) { return nil }
        return (n, s.dropFirst(i))
    }

    /// Go's `atoi`: optional sign, then digits only.
    private static func atoi(_ s: ArraySlice<UInt8>) -> Int? {
        var digits = s
        var negative = false
        if let c = digits.first, c == 45 || c == 43 {
            negative = c == 45
            digits = digits.dropFirst()
        }
        // Like Go's leadingInt, no digits at all reads as 0.
        guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), digits.count <= 18 else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        return negative ? -value : value
    }

    private static func lookup(_ table: [String], _ value: ArraySlice<UInt8>) -> (Int, ArraySlice<UInt8>)? {
        for (index, name) in table.enumerated() {
            let bytes = Array(name.utf8)
            guard value.count >= bytes.count else { continue }
            let candidate = value.prefix(bytes.count)
            let matches = zip(candidate, bytes).allSatisfy { a, b in
                a == b || ((a | 0x20) == (b | 0x20) && (a | 0x20) >= 97 && (a | 0x20) <= 122)
            }
            if matches { return (index, value.dropFirst(bytes.count)) }
        }
        return nil
    }

    private static func parseNanoseconds(_ value: ArraySlice<UInt8>, _ count: Int) -> Int? {
        guard isCommaOrPeriod(value.first) else { return nil }
        let n = min(count, 10)
        guard let ns = atoi(value.dropFirst().prefix(n - 1)), ns >= 0 else { return nil }
        var result = ns
        for _ in 0..<(10 - n) { result *= 10 }
        return result
    }

    /// Go's `parseTimeZone`: the length of a zone abbreviation at the start of `value`.
    private static func timeZoneLength(_ value: ArraySlice<UInt8>) -> Int? {
        guard value.count >= 3 else { return nil }
        let v = Array(value)
        if v.count >= 4, v[0..<4].elementsEqual("ChST".utf8) || v[0..<4].elementsEqual("MeST".utf8) { return 4 }
        if v[0..<3].elementsEqual("GMT".utf8) {
            if v.count == 3 { return 3 }
            return 3 + signedOffsetLength(v[3...])
        }
        if v[0] == 43 || v[0] == 45 {
            let n = signedOffsetLength(v[...])
            return n > 0 ? n : nil
        }
        var upper = 0
        while upper < 6 && upper < v.count && v[upper] >= 65 && v[upper] <= 90 { upper += 1 }
        switch upper {
        case 5: return v[4] == UInt8(ascii: "T") ? 5 : nil
        case 4: return v[3] == UInt8(ascii: "T") || v[0..<4].elementsEqual("WITA".utf8) ? 4 : nil
        case 3: return 3
        default: return nil
        }
    }

    private static func signedOffsetLength(_ value: ArraySlice<UInt8>) -> Int {
        guard let sign = value.first, sign == 43 || sign == 45 else { return 0 }
        let digits = value.dropFirst().prefix { $0 >= 48 && $0 <= 57 }
        guard !digits.isEmpty, digits.count <= 18 else { return 0 }
        let x = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        if x > 23 { return 0 }
        return 1 + digits.count
    }
}
