import Foundation
import GoTemplate

/// A Go `time.Time`: an instant (Unix seconds and nanoseconds), the location it is shown in, and, for
/// values that came from `now`, a monotonic clock reading (printed as ` m=+0.001`).
final class GoTime: GoObject {
    let seconds: Int64
    let nanoseconds: Int
    let location: GoLocation
    /// Monotonic reading in nanoseconds, when the time came from the clock.
    let monotonic: Int64?

    init(seconds: Int64, nanoseconds: Int, location: GoLocation, monotonic: Int64? = nil) {
        // Keep nanoseconds in 0..<1e9, carrying into seconds.
        let carry = Int64(nanoseconds).quotientAndRemainder(dividingBy: 1_000_000_000)
        var s = seconds &+ carry.quotient
        var n = Int(carry.remainder)
        if n < 0 { n += 1_000_000_000; s &-= 1 }
        self.seconds = s
        self.nanoseconds = n
        self.location = location
        self.monotonic = monotonic
    }

    /// Go's zero `time.Time{}`: January 1, year 1, 00:00:00 UTC.
    static let zero = GoTime(seconds: -62_135_596_800, nanoseconds: 0, location: .utc)

    /// `time.Unix(sec, 0)` in the local zone.
    static func unix(_ seconds: Int64) -> GoTime { GoTime(seconds: seconds, nanoseconds: 0, location: .local) }

    /// Process start, the origin of monotonic readings (Go's is also process start).
    private static let processStart = Date()

    /// `time.Now()` from the render environment's clock.
    static func now(_ environment: RenderEnvironment) -> GoTime {
        let date = environment.now()
        let interval = min(max(date.timeIntervalSince1970, -9e15), 9e15)
        let whole = interval.rounded(.down)
        // Clamped so an injected clock far from process start cannot overflow the conversion.
        let elapsed = min(max(date.timeIntervalSince(processStart) * 1e9, -9e18), 9e18)
        let mono = Int64(elapsed.rounded())
        return GoTime(seconds: Int64(whole), nanoseconds: Int(((interval - whole) * 1e9).rounded(.down)),
                      location: .local, monotonic: max(mono, 1))
    }

    var isZero: Bool { seconds == GoTime.zero.seconds && nanoseconds == 0 }

    func adding(nanoseconds d: Int64) -> GoTime {
        let split = d.quotientAndRemainder(dividingBy: 1_000_000_000)
        return GoTime(seconds: seconds &+ split.quotient, nanoseconds: nanoseconds + Int(split.remainder),
                      location: location, monotonic: monotonic.map { $0 &+ d })
    }

    func inLocation(_ newLocation: GoLocation) -> GoTime {
        GoTime(seconds: seconds, nanoseconds: nanoseconds, location: newLocation)
    }

    /// Go's `t.Sub(u)`, saturating at the Duration limits.
    func sub(_ other: GoTime) -> Int64 {
        if let a = monotonic, let b = other.monotonic { return a &- b }
        let (secondsDiff, o1) = seconds.subtractingReportingOverflow(other.seconds)
        let (scaled, o2) = secondsDiff.multipliedReportingOverflow(by: 1_000_000_000)
        let (total, o3) = scaled.addingReportingOverflow(Int64(nanoseconds - other.nanoseconds))
        if o1 || o2 || o3 { return seconds > other.seconds || (seconds == other.seconds && nanoseconds > other.nanoseconds) ? Int64.max : Int64.min }
        return total
    }

    /// The wall clock in the time's own zone.
    struct Wall {
        var date: GoCalendar.CivilDate
        var days: Int64
        var hour: Int, minute: Int, second: Int
        var zoneName: String
        var offset: Int
    }

    var wall: Wall {
        let zone = location.lookup(seconds)
        let local = seconds &+ Int64(zone.offset)
        let days = GoCalendar.floorDiv(local, GoCalendar.secondsPerDay)
        let secondOfDay = Int(local &- days &* GoCalendar.secondsPerDay)
        return Wall(date: GoCalendar.civil(fromDays: days), days: days, hour: secondOfDay / 3600,
                    minute: secondOfDay % 3600 / 60, second: secondOfDay % 60, zoneName: zone.name, offset: zone.offset)
    }

    /// Go's `time.Date`: a wall clock in `location` (fields may overflow and are normalized).
    static func date(year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64,
                     nanosecond: Int64, location: GoLocation) -> GoTime {
        let nanoCarry = GoCalendar.floorDiv(nanosecond, 1_000_000_000)
        let nanos = GoCalendar.floorMod(nanosecond, 1_000_000_000)
        let days = GoCalendar.daysFromCivil(year: year, month: month, day: day)
        let unixLocal = days &* GoCalendar.secondsPerDay &+ hour &* 3600 &+ minute &* 60 &+ second &+ nanoCarry
        // Find the offset in effect for that wall clock, as Go does, adjusting near transitions.
        var offset = location.lookup(unixLocal).offset
        if offset != 0 {
            let second = location.lookup(unixLocal &- Int64(offset)).offset
            if second != offset { offset = second }
        }
        return GoTime(seconds: unixLocal &- Int64(offset), nanoseconds: Int(nanos), location: location)
    }

    // MARK: GoObject

    var goTypeName: String { "time.Time" }
    var goKindName: String { "struct" }
    func field(named name: String) -> Value? { nil }

    /// `Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST`, plus ` m=±s.nnnnnnnnn` when monotonic.
    func format(plus: Bool) -> String {
        var text = GoTimeFormatter.format(self, layout: "2006-01-02 15:04:05.999999999 -0700 MST")
        if let mono = monotonic {
            let sign = mono < 0 ? "-" : "+"
            let magnitude = mono < 0 ? UInt64(bitPattern: 0 &- mono) : UInt64(mono)
            let fraction = String(magnitude % 1_000_000_000)
            text += " m=" + sign + String(magnitude / 1_000_000_000) + "."
                + String(repeating: "0", count: 9 - fraction.count) + fraction
        }
        return text
    }

    /// RFC 3339 with nanoseconds, as `MarshalJSON`/`MarshalText` write it (`toJson`, `toYaml`).
    var rfc3339Nano: String { GoTimeFormatter.format(self, layout: "2006-01-02T15:04:05.999999999Z07:00") }

    func method(named name: String) -> GoFunction? {
        GoTimeMethods.method(named: name, on: self)
    }
}
