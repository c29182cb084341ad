/// Go's `Time.Format` with reference-time layouts (`2006-01-02T15:04:05Z07:00`).
enum GoTimeFormatter {
    static func format(_ time: GoTime, layout: String) -> String {
        let wall = time.wall
        var out: [UInt8] = []
        var rest = Array(layout.utf8)[...]
        while !rest.isEmpty {
            let (prefix, chunk, suffix) = GoLayoutChunk.next(rest)
            out.append(contentsOf: prefix)
            guard let chunk else { break }
            rest = suffix
            append(chunk, wall: wall, nanoseconds: time.nanoseconds, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ chunk: GoLayoutChunk, wall: GoTime.Wall, nanoseconds: Int, to out: inout [UInt8]) {
        let date = wall.date
        switch chunk {
        case .year:
            let y = date.year < 0 ? -date.year : date.year
            appendInt(&out, y % 100, width: 2)
        case .longYear: appendInt(&out, date.year, width: 4)
        case .month: out += GoCalendar.longMonthNames[date.month - 1].utf8.prefix(3)
        case .longMonth: out += GoCalendar.longMonthNames[date.month - 1].utf8
        case .numMonth: appendInt(&out, Int64(date.month), width: 0)
        case .zeroMonth: appendInt(&out, Int64(date.month), width: 2)
        case .weekDay: out += GoCalendar.longDayNames[GoCalendar.weekday(fromDays: wall.days)].utf8.prefix(3)
        case .longWeekDay: out += GoCalendar.longDayNames[GoCalendar.weekday(fromDays: wall.days)].utf8
        case .day: appendInt(&out, Int64(date.day), width: 0)
        case .underDay:
            if date.day < 10 { out.append(32) }
            appendInt(&out, Int64(date.day), width: 0)
        case .zeroDay: appendInt(&out, Int64(date.day), width: 2)
        case .underYearDay:
            let yday = GoCalendar.yearDay(date)
            if yday < 100 { out.append(32); if yday < 10 { out.append(32) } }
            appendInt(&out, Int64(yday), width: 0)
        case .zeroYearDay: appendInt(&out, Int64(GoCalendar.yearDay(date)), width: 3)
        case .hour: appendInt(&out, Int64(wall.hour), width: 2)
        case .hour12: appendInt(&out, Int64(wall.hour % 12 == 0 ? 12 : wall.hour % 12), width: 0)
        case .zeroHour12: appendInt(&out, Int64(wall.hour % 12 == 0 ? 12 : wall.hour % 12), width: 2)
        case .minute: appendInt(&out, Int64(wall.minute), width: 0)
        case .zeroMinute: appendInt(&out, Int64(wall.minute), width: 2)
        case .second: appendInt(&out, Int64(wall.second), width: 0)
        case .zeroSecond: appendInt(&out, Int64(wall.second), width: 2)
        case .pm: out += (wall.hour >= 12 ? "PM" : "AM").utf8
        case .lowerPM: out += (wall.hour >= 12 ? "pm" : "am").utf8
        case .iso8601TZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonSecondsTZ,
             .numTZ, .numColonTZ, .numSecondsTZ, .numShortTZ, .numColonSecondsTZ:
            appendOffset(chunk, offset: wall.offset, to: &out)
        case .tz:
            if !wall.zoneName.isEmpty {
                out += wall.zoneName.utf8
            } else {
                var zone = wall.offset / 60
                out.append(zone < 0 ? 45 : 43)
                zone = abs(zone)
                appendInt(&out, Int64(zone / 60), width: 2)
                appendInt(&out, Int64(zone % 60), width: 2)
            }
        case .fracSecond(let trim, let digits, let separator):
            appendNano(&out, nanoseconds, trim: trim, digits: digits, separator: separator)
        }
    }

    private static func appendOffset(_ chunk: GoLayoutChunk, offset: Int, to out: inout [UInt8]) {
        let isISO = [.iso8601TZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonSecondsTZ].contains(chunk)
        if offset == 0 && isISO {
            out.append(UInt8(ascii: "Z"))
            return
        }
        var zone = offset / 60
        var absOffset = offset
        if zone < 0 {
            out.append(UInt8(ascii: "-"))
            zone = -zone
            absOffset = -absOffset
        } else {
            out.append(UInt8(ascii: "+"))
        }
        appendInt(&out, Int64(zone / 60), width: 2)
        if [.iso8601ColonTZ, .numColonTZ, .iso8601ColonSecondsTZ, .numColonSecondsTZ].contains(chunk) {
            out.append(UInt8(ascii: ":"))
        }
        if chunk != .numShortTZ && chunk != .iso8601ShortTZ {
            appendInt(&out, Int64(zone % 60), width: 2)
        }
        if [.iso8601SecondsTZ, .numSecondsTZ, .numColonSecondsTZ, .iso8601ColonSecondsTZ].contains(chunk) {
            if chunk == .numColonSecondsTZ || chunk == .iso8601ColonSecondsTZ { out.append(UInt8(ascii: ":")) }
            appendInt(&out, Int64(absOffset % 60), width: 2)
        }
    }

    private static func appendNano(_ out: inout [UInt8], _ nanoseconds: Int, trim: Bool, digits: Int, separator: UInt8) {
        if trim && (digits == 0 || nanoseconds == 0) { return }
        var buffer: [UInt8] = [separator]
        appendInt(&buffer, Int64(nanoseconds), width: 9)
        if digits < 9 { buffer.removeLast(9 - digits) }
        if trim {
            while let last = buffer.last, last == 48 { buffer.removeLast() }
            if buffer.last == separator { buffer.removeLast() }
        }
        out += buffer
    }

    /// Go's `appendInt`: decimal, zero-padded to `width` digits (sign excluded).
    static func appendInt(_ out: inout [UInt8], _ x: Int64, width: Int) {
        if x < 0 { out.append(45) }
        let magnitude = x < 0 ? UInt64(bitPattern: 0 &- x) : UInt64(x)
        let digits = String(magnitude)
        if digits.count < width { out += [UInt8](repeating: 48, count: width - digits.count) }
        out += digits.utf8
    }
}
