import GoTemplate

/// The `time.Time` methods templates can call (those with one result, or a result and an error).
enum GoTimeMethods {
    static func method(named name: String, on t: GoTime) -> GoFunction? {
        func none(_ body: @escaping () -> Value) -> GoFunction { GoFunction([]) { _, _ in body() } }
        switch name {
        case "String": return none { .string(t.format(plus: false)) }
        case "Format":
            return GoFunction([.string]) { _, args in .string(GoTimeFormatter.format(t, layout: try ExtraArgs.string(args, 0))) }
        case "Unix": return none { .int64(t.seconds) }
        case "UnixMilli": return none { .int64(t.seconds &* 1000 &+ Int64(t.nanoseconds / 1_000_000)) }
        case "UnixMicro": return none { .int64(t.seconds &* 1_000_000 &+ Int64(t.nanoseconds / 1000)) }
        case "UnixNano": return none { .int64(t.seconds &* 1_000_000_000 &+ Int64(t.nanoseconds)) }
        case "UTC": return none { .object(t.inLocation(.utc)) }
        case "Local": return none { .object(t.inLocation(.local)) }
        case "Year": return none { .int(Int(truncatingIfNeeded: t.wall.date.year)) }
        case "Month": return none { .object(GoNamedInt.month(t.wall.date.month)) }
        case "Day": return none { .int(t.wall.date.day) }
        case "Hour": return none { .int(t.wall.hour) }
        case "Minute": return none { .int(t.wall.minute) }
        case "Second": return none { .int(t.wall.second) }
        case "Nanosecond": return none { .int(t.nanoseconds) }
        case "YearDay": return none { .int(GoCalendar.yearDay(t.wall.date)) }
        case "Weekday": return none { .object(GoNamedInt.weekday(GoCalendar.weekday(fromDays: t.wall.days))) }
        case "IsZero": return none { .bool(t.isZero) }
        case "Add":
            // The parameter is a time.Duration (int64 nanoseconds).
            return GoFunction([.int64]) { _, args in
                guard case .int64(let d) = ExtraArgs.value(args, 0) else { throw FunctionError("internal: Add expects a duration") }
                return .object(t.adding(nanoseconds: d))
            }
        case "AddDate":
            return GoFunction([.int, .int, .int]) { _, args in
                let wall = t.wall
                let years = Int64(try ExtraArgs.int(args, 0)), months = Int64(try ExtraArgs.int(args, 1))
                let days = Int64(try ExtraArgs.int(args, 2))
                let moved = GoTime.date(year: wall.date.year &+ years, month: Int64(wall.date.month) &+ months,
                                        day: Int64(wall.date.day) &+ days, hour: Int64(wall.hour), minute: Int64(wall.minute),
                                        second: Int64(wall.second), nanosecond: Int64(t.nanoseconds), location: t.location)
                return .object(moved)
            }
        case "Sub":
            return GoFunction([.named("time.Time")]) { _, args in
                .object(GoDurationObject(t.sub(try time(args, 0))))
            }
        case "Before":
            return GoFunction([.named("time.Time")]) { _, args in .bool(t.sub(try time(args, 0)) < 0) }
        case "After":
            return GoFunction([.named("time.Time")]) { _, args in .bool(t.sub(try time(args, 0)) > 0) }
        case "Equal":
            return GoFunction([.named("time.Time")]) { _, args in
                let other = try time(args, 0)
                return .bool(other.seconds == t.seconds && other.nanoseconds == t.nanoseconds)
            }
        default:
            return nil
        }
    }

    static func time(_ args: [Value], _ index: Int) throws -> GoTime {
        guard case .object(let object) = ExtraArgs.value(args, index), let t = object as? GoTime else {
            throw FunctionError("internal: argument \(index) should be time.Time")
        }
        return t
    }
}
