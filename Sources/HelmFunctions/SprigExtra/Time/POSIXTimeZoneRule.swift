/// The POSIX TZ string at the end of a TZif file (`EST5EDT,M3.2.0,M11.1.0`), which Go's `tzset`
/// uses for instants after the file's last transition.
struct POSIXTimeZoneRule {
    private enum DayRule {
        case julian(Int)         // Jn: 1...365, February 29 never counted
        case zeroBased(Int)      // n: 0...365
        case monthWeekDay(month: Int, week: Int, day: Int)
    }

    private struct Rule { var day: DayRule; var time: Int }

    private let stdName: String
    private let stdOffset: Int
    private let dst: (name: String, offset: Int, start: Rule, end: Rule)?

    init?(_ text: String) {
        var s = Substring(text)
        guard let std = POSIXTimeZoneRule.name(&s), let stdOffsetWest = POSIXTimeZoneRule.offset(&s) else { return nil }
        stdName = std
        stdOffset = -stdOffsetWest
        if s.isEmpty {
            dst = nil
            return
        }
        guard let dstName = POSIXTimeZoneRule.name(&s) else { return nil }
        var dstOffset = stdOffset + 3600
        if let first = s.first, first != "," {
            guard let west = POSIXTimeZoneRule.offset(&s) else { return nil }
            dstOffset = -west
        }
        if s.isEmpty { s = ",M3.2.0,M11.1.0" }  // Go's default rule
        guard s.first == "," else { return nil }
        s.removeFirst()
        guard let start = POSIXTimeZoneRule.rule(&s), s.first == "," else { return nil }
        s.removeFirst()
        guard let end = POSIXTimeZoneRule.rule(&s), s.isEmpty else { return nil }
        dst = (dstName, dstOffset, start, end)
    }

    func lookup(_ sec: Int64) -> GoLocation.Lookup? {
        guard let dst else { return GoLocation.Lookup(name: stdName, offset: stdOffset, isDST: false) }
        let days = GoCalendar.floorDiv(sec, GoCalendar.secondsPerDay)
        let date = GoCalendar.civil(fromDays: days)
        let yearStartDays = GoCalendar.daysFromCivil(year: date.year, month: 1, day: 1)
        let ysec = sec - yearStartDays * GoCalendar.secondsPerDay
        var startSec = ruleTime(year: date.year, rule: dst.start, offset: stdOffset)
        var endSec = ruleTime(year: date.year, rule: dst.end, offset: dst.offset)
        var dstInfo = (name: dst.name, offset: dst.offset, isDST: true)
        var stdInfo = (name: stdName, offset: stdOffset, isDST: false)
        if endSec < startSec {
            swap(&startSec, &endSec)
            swap(&dstInfo, &stdInfo)
        }
        if ysec < startSec || ysec >= endSec {
            return GoLocation.Lookup(name: stdInfo.name, offset: stdInfo.offset, isDST: stdInfo.isDST)
        }
        return GoLocation.Lookup(name: dstInfo.name, offset: dstInfo.offset, isDST: dstInfo.isDST)
    }

    /// Seconds from the start of `year` (UTC) at which `rule` fires, as Go's `tzruleTime`.
    private func ruleTime(year: Int64, rule: Rule, offset: Int) -> Int64 {
        var seconds: Int64
        switch rule.day {
        case .julian(let n):
            seconds = Int64(n - 1) * 86400
            if GoCalendar.isLeap(year) && n >= 60 { seconds += 86400 }
        case .zeroBased(let n):
            seconds = Int64(n) * 86400
        case .monthWeekDay(let month, let week, let day):
            let firstOfMonth = GoCalendar.daysFromCivil(year: year, month: Int64(month), day: 1)
            let firstWeekday = GoCalendar.weekday(fromDays: firstOfMonth)
            var d = day - firstWeekday
            if d < 0 { d += 7 }
            for _ in 1..<max(week, 1) {
                if d + 7 >= GoCalendar.daysIn(month: month, year: year) { break }
                d += 7
            }
            let yearStart = GoCalendar.daysFromCivil(year: year, month: 1, day: 1)
            seconds = (firstOfMonth - yearStart + Int64(d)) * 86400
        }
        return seconds + Int64(rule.time) - Int64(offset)
    }

    private static func name(_ s: inout Substring) -> String? {
        if s.first == "<" {
            guard let close = s.firstIndex(of: ">") else { return nil }
            let name = String(s[s.index(after: s.startIndex)..<close])
            s = s[s.index(after: close)...]
            return name
        }
        let name = s.prefix { $0.isLetter }
        guard name.count >= 3 else { return nil }
        s = s.dropFirst(name.count)
        return String(name)
    }

    /// `[+-]hh[:mm[:ss]]`, in seconds (west of Greenwich is positive, as POSIX writes it).
    private static func offset(_ s: inout Substring) -> Int? {
        var sign = 1
        if s.first == "+" { s.removeFirst() } else if s.first == "-" { sign = -1; s.removeFirst() }
        guard let seconds = clock(&s) else { return nil }
        return sign * seconds
    }

    private static func clock(_ s: inout Substring) -> Int? {
        var parts: [Int] = []
        while parts.count < 3 {
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            parts.append(value)
            s = s.dropFirst(digits.count)
            if s.first == ":" { s.removeFirst() } else { break }
        }
        let hours = parts[0]
        let minutes = parts.count > 1 ? parts[1] : 0
        let seconds = parts.count > 2 ? parts[2] : 0
        return (hours * 60 + minutes) * 60 + seconds
    }

    private static func rule(_ s: inout Substring) -> Rule? {
        let day: DayRule
        if s.first == "J" {
            s.removeFirst()
            guard let n = number(&s), (1...365).contains(n) else { return nil }
            day = .julian(n)
        } else if s.first == "M" {
            s.removeFirst()
            guard let month = number(&s), s.first == "." else { return nil }
            s.removeFirst()
            guard let week = number(&s), s.first == "." else { return nil }
            s.removeFirst()
            guard let weekday = number(&s), (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday)
            else { return nil }
            day = .monthWeekDay(month: month, week: week, day: weekday)
        } else {
            guard let n = number(&s), (0...365).contains(n) else { return nil }
            day = .zeroBased(n)
        }
        var time = 2 * 3600
        if s.first == "/" {
            s.removeFirst()
            guard let t = offset(&s) else { return nil }
            time = t
        }
        return Rule(day: day, time: time)
    }

    private static func number(_ s: inout Substring) -> Int? {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 9, let value = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        return value
    }
}
