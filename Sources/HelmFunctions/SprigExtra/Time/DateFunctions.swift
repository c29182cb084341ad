import GoTemplate

/// Sprig's date family. `date`, `htmlDate` and the parse functions use Go's `time.Local` (from `TZ`,
/// else /etc/localtime), as Helm does.
enum DateFunctions {
    static let timeType = GoType.named("time.Time")

    static func register(_ registry: inout FunctionRegistry) {
        registry.register("now", []) { ctx, _ in .object(GoTime.now(ctx.environment)) }

        let dateInZone: (CallContext, [Value]) throws -> Value = { ctx, args in
            .string(formatInZone(try ExtraArgs.string(args, 0), ExtraArgs.value(args, 1), zone: try ExtraArgs.string(args, 2), ctx))
        }
        registry.register("date", [.string, .interface]) { ctx, args in
            .string(formatInZone(try ExtraArgs.string(args, 0), ExtraArgs.value(args, 1), zone: "Local", ctx))
        }
        registry.register("dateInZone", [.string, .interface, .string], dateInZone)
        registry.register("date_in_zone", [.string, .interface, .string], dateInZone)
        registry.register("htmlDate", [.interface]) { ctx, args in
            .string(formatInZone("2006-01-02", ExtraArgs.value(args, 0), zone: "Local", ctx))
        }
        registry.register("htmlDateInZone", [.interface, .string]) { ctx, args in
            .string(formatInZone("2006-01-02", ExtraArgs.value(args, 0), zone: try ExtraArgs.string(args, 1), ctx))
        }

        // dateModify ignores a bad duration and returns the date unchanged; mustDateModify reports it.
        let dateModify: (CallContext, [Value]) throws -> Value = { _, args in
            let date = try GoTimeMethods.time(args, 1)
            guard let d = try? GoDuration.parse(try ExtraArgs.string(args, 0)) else { return .object(date) }
            return .object(date.adding(nanoseconds: d))
        }
        let mustDateModify: (CallContext, [Value]) throws -> Value = { _, args in
            let date = try GoTimeMethods.time(args, 1)
            do {
                return .object(date.adding(nanoseconds: try GoDuration.parse(try ExtraArgs.string(args, 0))))
            } catch let error as GoDuration.ParseError {
                throw FunctionError(error.message)
            }
        }
        registry.register("dateModify", [.string, timeType], dateModify)
        registry.register("date_modify", [.string, timeType], dateModify)
        registry.register("mustDateModify", [.string, timeType], mustDateModify)
        registry.register("must_date_modify", [.string, timeType], mustDateModify)

        registry.register("toDate", [.string, .string]) { _, args in
            let parsed = try? GoTimeParser.parse(layout: try ExtraArgs.string(args, 0), value: try ExtraArgs.string(args, 1),
                                                 location: .local)
            return .object(parsed ?? GoTime.zero)
        }
        registry.register("mustToDate", [.string, .string]) { _, args in
            do {
                return .object(try GoTimeParser.parse(layout: try ExtraArgs.string(args, 0),
                                                      value: try ExtraArgs.string(args, 1), location: .local))
            } catch let error as GoTimeParser.ParseError {
                throw FunctionError(error.message)
            }
        }
        registry.register("unixEpoch", [timeType]) { _, args in
            .string(String(try GoTimeMethods.time(args, 0).seconds))
        }

        registry.register("ago", [.interface]) { ctx, args in
            let now = GoTime.now(ctx.environment)
            let then: GoTime
            switch ExtraArgs.value(args, 0) {
            case .object(let object as GoTime): then = object
            case .int64(let seconds): then = .unix(seconds)
            case .int(let seconds): then = .unix(Int64(seconds))
            default: then = now
            }
            return .string(GoDuration.string(GoDuration.round(now.sub(then), to: GoDuration.second)))
        }
        registry.register("duration", [.interface]) { _, args in
            var seconds: Int64 = 0
            switch ExtraArgs.value(args, 0) {
            case .string(let text): seconds = Int64(text) ?? 0
            case .int64(let n): seconds = n
            default: break
            }
            return .string(GoDuration.string(seconds &* GoDuration.second))
        }
        registry.register("durationRound", [.interface]) { ctx, args in
            var d: Int64 = 0
            switch ExtraArgs.value(args, 0) {
            case .string(let text): d = (try? GoDuration.parse(text)) ?? 0
            case .int64(let n): d = n
            case .object(let object as GoTime): d = GoTime.now(ctx.environment).sub(object)
            default: break
            }
            return .string(roundedDuration(d))
        }
    }

    /// Sprig's `dateInZone`: time.Time or Unix seconds (int, int64); anything else means now. An unknown
    /// zone falls back to UTC.
    static func formatInZone(_ layout: String, _ date: Value, zone: String, _ ctx: CallContext) -> String {
        let time: GoTime
        switch date {
        case .object(let object as GoTime): time = object
        case .int64(let seconds): time = .unix(seconds)
        case .int(let seconds): time = .unix(Int64(seconds))
        default: time = GoTime.now(ctx.environment)
        }
        let location = GoLocation.load(zone) ?? .utc
        return GoTimeFormatter.format(time.inLocation(location), layout: layout)
    }

    /// Sprig's `durationRound`: the largest whole unit, truncated (`2h`, `3mo`, `1y`).
    static func roundedDuration(_ d: Int64) -> String {
        let u = d < 0 ? UInt64(bitPattern: 0 &- d) : UInt64(bitPattern: d)
        let hour = UInt64(GoDuration.hour)
        let units: [(UInt64, String)] = [
            (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
            (UInt64(GoDuration.minute), "m"), (UInt64(GoDuration.second), "s"),
        ]
        for (size, suffix) in units where u > size {
            return String(u / size) + suffix
        }
        return "0s"
    }
}
