/// Proleptic Gregorian calendar arithmetic on Unix seconds, as Go's `time` package does it
/// (no Foundation Calendar, whose range and rules differ).
enum GoCalendar {
    static let secondsPerDay: Int64 = 86400

    /// Days since 1970-01-01 for a civil date (month and day may be out of range; they are normalized).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        // Normalize the month into 1...12 first, carrying into the year.
        var y = year &+ floorDiv(month &- 1, 12)
        let m = floorMod(month &- 1, 12) &+ 1
        y = m <= 2 ? y &- 1 : y
        let era = floorDiv(y, 400)
        let yoe = y &- era &* 400
        let mp = (m &+ 9) % 12
        let doy = (153 &* mp &+ 2) / 5
        let doe = yoe &* 365 &+ yoe / 4 &- yoe / 100 &+ doy
        return era &* 146097 &+ doe &- 719468 &+ (day &- 1)
    }

    struct CivilDate { var year: Int64; var month: Int; var day: Int }

    static func civil(fromDays days: Int64) -> CivilDate {
        let z = days &+ 719468
        let era = floorDiv(z, 146097)
        let doe = z &- era &* 146097
        let yoe = (doe &- doe / 1460 &+ doe / 36524 &- doe / 146096) / 365
        let doy = doe &- (365 &* yoe &+ yoe / 4 &- yoe / 100)
        let mp = (5 &* doy &+ 2) / 153
        let day = doy &- (153 &* mp &+ 2) / 5 &+ 1
        let month = mp < 10 ? mp &+ 3 : mp &- 9
        let year = yoe &+ era &* 400 &+ (month <= 2 ? 1 : 0)
        return CivilDate(year: year, month: Int(month), day: Int(day))
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int64) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 1-based day of the year.
    static func yearDay(_ date: CivilDate) -> Int {
        Int(daysFromCivil(year: date.year, month: Int64(date.month), day: Int64(date.day))
            &- daysFromCivil(year: date.year, month: 1, day: 1)) &+ 1
    }

    /// 0 = Sunday. 1970-01-01 was a Thursday.
    static func weekday(fromDays days: Int64) -> Int {
        Int(floorMod(days &+ 4, 7))
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q &- 1 : q
    }

    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        let r = a % b
        return r != 0 && (r < 0) != (b < 0) ? r &+ b : r
    }

    static let longMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
