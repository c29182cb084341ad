import Foundation
import XCTest
import GoTemplate
@testable import HelmFunctions

/// Expected values observed from `helm template` (v4.1.4) with the local zone UTC (TZ=UTC).
final class DateFunctionsTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        setenv("TZ", "UTC", 1)
    }

    private func time(_ value: Value, file: StaticString = #filePath, line: UInt = #line) -> GoTime? {
        guard case .object(let object) = value, let t = object as? GoTime else {
            XCTFail("not a time.Time: \(value.goTypeName)", file: file, line: line)
            return nil
        }
        return t
    }

    private func toDate(_ layout: String, _ text: String) throws -> GoTime? {
        time(try SprigExtraTest.call("toDate", [.string(layout), .string(text)]))
    }

    private func callMethod(_ t: GoTime, _ name: String, _ args: [Value] = []) throws -> Value {
        guard let method = t.method(named: name) else { throw FunctionError("no method \(name)") }
        return try method.body(SprigExtraTestContext(), args)
    }

    private func printed(_ value: Value) -> String {
        switch value {
        case .object(let o): return o.format(plus: false)
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .bool(let b): return String(b)
        case .string(let s): return s
        default: return "?"
        }
    }

    func testDateInZoneFormatsGoLayouts() {
        let cases: [(String, Int64, String, String)] = [
            ("2006-01-02T15:04:05Z07:00", 1700000000, "UTC", "2023-11-14T22:13:20Z"),
            ("2006-01-02T15:04:05Z07:00", 1700000000, "America/New_York", "2023-11-14T17:13:20-05:00"),
            ("2006-01-02T15:04:05Z07:00", 1690000000, "America/New_York", "2023-07-22T00:26:40-04:00"),
            ("Mon Jan _2 15:04:05 MST 2006", 1700000000, "Europe/Berlin", "Tue Nov 14 23:13:20 CET 2023"),
            ("Monday, 02-Jan-06 15:04:05 MST", 1690000000, "Europe/Berlin", "Saturday, 22-Jul-23 06:26:40 CEST"),
            ("3:04PM", 1700000000, "Asia/Kolkata", "3:43AM"),
            ("03:04:05pm -07:00:00 Z070000 -07", 1700000000, "Asia/Kolkata", "03:43:20am +05:30:00 +053000 +05"),
            ("2006-01-02 15:04:05 MST", 1700000000, "Asia/Dubai", "2023-11-15 02:13:20 +04"),
            ("2006-01-02 15:04:05 MST", 1700000000, "Australia/Lord_Howe", "2023-11-15 09:13:20 +11"),
            ("2006-01-02 15:04:05 MST", 4102444800, "America/New_York", "2099-12-31 19:00:00 EST"),
            ("2006-01-02 15:04:05 MST", 4118000000, "America/New_York", "2100-06-29 20:53:20 EDT"),
            ("2006-01-02 15:04:05 MST", -2000000000, "America/New_York", "1906-08-16 15:26:40 EST"),
            ("2006-01-02 15:04:05 MST", -2000000000, "Asia/Dubai", "1906-08-17 00:07:52 LMT"),
            ("__2 002 .000 .999 ,000000 06 1 2 _2 Jan January", 1700000000, "UTC", "318 318 .000  ,000000 23 11 14 14 Nov November"),
            ("2006-01-02", -62135596800, "UTC", "0001-01-01"),
            ("2006-01-02 Z07:00", 1700000000, "", "2023-11-14 Z"),
            ("2006-01-02 MST", 1700000000, "Local", "2023-11-14 UTC"),
            ("Jan-2006-Mon Month Monday", 1700000000, "UTC", "Nov-2023-Tue Month Tuesday"),
            ("15 3 03 4 04 5 05 PM pm", 1699999999, "America/Sao_Paulo", "19 7 07 13 13 19 19 PM pm"),
        ]
        for (layout, seconds, zone, expected) in cases {
            XCTAssertEqual(SprigExtraTest.string("dateInZone", [.string(layout), .int64(seconds), .string(zone)]), expected,
                           "\(layout) \(seconds) \(zone)")
        }
        XCTAssertEqual(SprigExtraTest.string("date_in_zone", [.string("2006"), .int(0), .string("UTC")]), "1970")
        XCTAssertEqual(SprigExtraTest.string("dateInZone", [.string("2006-01-02 15:04 MST"), .int(1_700_000_000), .string("Bogus/Zone")]),
                       "2023-11-14 22:13 UTC")
        XCTAssertEqual(SprigExtraTest.string("date", [.string("2006-01-02 15:04:05 Mon Jan MST -0700"), .int(0)]),
                       "1970-01-01 00:00:00 Thu Jan UTC +0000")
        XCTAssertEqual(SprigExtraTest.string("date", [.string("2006"), .int64(1_700_000_000)]), "2023")
        XCTAssertEqual(SprigExtraTest.string("htmlDate", [.int(1_700_000_000)]), "2023-11-14")
        XCTAssertEqual(SprigExtraTest.string("htmlDateInZone", [.int(1_700_000_000), .string("Asia/Tokyo")]), "2023-11-15")
        // A float64 is not a date: Sprig formats the current time instead.
        let context = SprigExtraTestContext(now: Date(timeIntervalSince1970: 1_600_000_000))
        XCTAssertEqual(SprigExtraTest.string("date", [.string("2006-01-02"), .float64(1.5)], context: context), "2020-09-13")
    }

    func testToDateParsesGoLayouts() throws {
        let cases: [(String, String, String)] = [
            ("2006-01-02", "2020-02-03", "2020-02-03 00:00:00 +0000 UTC"),
            ("2006-01-02", "bad", "0001-01-01 00:00:00 +0000 UTC"),
            ("2006-01-02T15:04:05Z07:00", "2020-02-03T04:05:06+02:00", "2020-02-03 04:05:06 +0200 +0200"),
            ("2006-01-02T15:04:05.999Z07:00", "2020-02-03T04:05:06.123456+02:00", "2020-02-03 04:05:06.123456 +0200 +0200"),
            ("2006-01-02 15:04:05.000", "2021-06-07 08:09:10.123", "2021-06-07 08:09:10.123 +0000 UTC"),
            ("2006-01-02 15:04:05", "2021-06-07 08:09:10.123456789", "2021-06-07 08:09:10.123456789 +0000 UTC"),
            ("2006-01-02 15:04:05 MST", "2021-06-07 08:09:10 PDT", "2021-06-07 08:09:10 +0000 PDT"),
            ("2006-01-02 15:04:05 MST", "2021-06-07 08:09:10 UTC", "2021-06-07 08:09:10 +0000 UTC"),
            ("2006-01-02 15:04:05 -0700", "2021-06-07 08:09:10 +0000", "2021-06-07 08:09:10 +0000 UTC"),
            ("2006-01-02 15:04:05 -0700", "2021-06-07 08:09:10 -0530", "2021-06-07 08:09:10 -0530 -0530"),
            ("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)", "2013-02-03 19:54:00 +0000 PST"),
            ("2006-01-02T15:04:05Z07:00", "2021-06-07T08:09:10Z", "2021-06-07 08:09:10 +0000 UTC"),
            ("02/01/06", "31/12/99", "1999-12-31 00:00:00 +0000 UTC"),
            ("02/01/06", "31/12/68", "2068-12-31 00:00:00 +0000 UTC"),
            ("2006-002", "2020-060", "2020-02-29 00:00:00 +0000 UTC"),
            ("2006-002", "2021-060", "2021-03-01 00:00:00 +0000 UTC"),
            ("January 2 2006", "march 5 2020", "2020-03-05 00:00:00 +0000 UTC"),
            ("15:04", "25:00", "0001-01-01 00:00:00 +0000 UTC"),
            ("2006-01-02", "2021-02-29", "0001-01-01 00:00:00 +0000 UTC"),
            ("2006-01-02", "2021-02-28 extra", "0001-01-01 00:00:00 +0000 UTC"),
            ("2006-01-02 MST", "2021-02-28 GMT+3", "2021-02-28 03:00:00 +0300 GMT+3"),
            ("2006-01-02 MST", "2021-02-28 CEST", "2021-02-28 00:00:00 +0000 CEST"),
            ("2006  01", "2020 03", "2020-03-01 00:00:00 +0000 UTC"),
            ("2006-01-02T15:04:05.999999999Z07:00", "2023-11-14T22:13:20.5+05:30", "2023-11-14 22:13:20.5 +0530 +0530"),
        ]
        for (layout, text, expected) in cases {
            XCTAssertEqual(try toDate(layout, text)?.format(plus: false), expected, "\(layout) \(text)")
        }
        XCTAssertEqual(SprigExtraTest.errorMessage("mustToDate", [.string("2006-01-02"), .string("bad")]),
                       "parsing time \"bad\" as \"2006-01-02\": cannot parse \"bad\" as \"2006\"")
    }

    func testTimeMethods() throws {
        guard let day = try toDate("2006-01-02", "2020-02-03"), let leap = try toDate("2006-01-02", "2020-02-29"),
              let endOfJanuary = try toDate("2006-01-02", "2020-01-31"), let newYear = try toDate("2006-01-02", "2020-01-01"),
              let clock = try toDate("2006-01-02 15:04:05", "2020-02-03 04:05:06"), let zero = try toDate("2006-01-02", "bad")
        else { return }
        let cases: [(GoTime, String, [Value], String)] = [
            (day, "Unix", [], "1580688000"),
            (day, "Month", [], "February"),
            (day, "Weekday", [], "Monday"),
            (day, "Year", [], "2020"),
            (day, "UTC", [], "2020-02-03 00:00:00 +0000 UTC"),
            (day, "Format", [.string("Jan 2, 2006")], "Feb 3, 2020"),
            (leap, "AddDate", [.int(1), .int(0), .int(0)], "2021-03-01 00:00:00 +0000 UTC"),
            (endOfJanuary, "AddDate", [.int(0), .int(1), .int(0)], "2020-03-02 00:00:00 +0000 UTC"),
            (day, "YearDay", [], "34"),
            (day, "Day", [], "3"),
            (day, "UnixNano", [], "1580688000000000000"),
            (clock, "Hour", [], "4"),
            (clock, "Minute", [], "5"),
            (clock, "Second", [], "6"),
            (day, "Sub", [.object(newYear)], "792h0m0s"),
            (day, "After", [.object(newYear)], "true"),
            (day, "Before", [.object(newYear)], "false"),
            (zero, "IsZero", [], "true"),
            (zero, "Unix", [], "-62135596800"),
        ]
        for (t, name, args, expected) in cases {
            XCTAssertEqual(printed(try callMethod(t, name, args)), expected, name)
        }
    }

    func testDateModifyAndEpoch() throws {
        guard let day = try toDate("2006-01-02", "2020-02-03"),
              let zoned = try toDate("2006-01-02T15:04:05Z07:00", "2020-02-03T04:05:06+02:00") else { return }
        let modified: [(String, String)] = [
            ("1h30m", "2020-02-03 01:30:00 +0000 UTC"),
            ("bad", "2020-02-03 00:00:00 +0000 UTC"),
            ("-1.5h", "2020-02-02 22:30:00 +0000 UTC"),
        ]
        for (shift, expected) in modified {
            XCTAssertEqual(time(try SprigExtraTest.call("dateModify", [.string(shift), .object(day)]))?.format(plus: false), expected)
        }
        let nextDay = try SprigExtraTest.call("dateModify", [.string("24h"), .object(day)])
        XCTAssertEqual(SprigExtraTest.string("date", [.string("2006-01-02"), nextDay]), "2020-02-04")
        XCTAssertEqual(SprigExtraTest.errorMessage("mustDateModify", [.string("bad"), .object(day)]), "time: invalid duration \"bad\"")
        XCTAssertEqual(SprigExtraTest.string("unixEpoch", [.object(day)]), "1580688000")
        XCTAssertEqual(SprigExtraTest.string("unixEpoch", [.object(zoned)]), "1580695506")
    }

    func testDurations() {
        let cases: [(String, Value, String)] = [
            ("duration", .int(90), "0s"),
            ("duration", .string("90"), "1m30s"),
            ("duration", .int64(3700), "1h1m40s"),
            ("duration", .float64(1.5), "0s"),
            ("duration", .string("1.5"), "0s"),
            ("duration", .string("abc"), "0s"),
            ("durationRound", .string("2h10m5s"), "2h"),
            ("durationRound", .int64(3_600_000_000_000), "60m"),
            ("durationRound", .int(3600), "0s"),
            ("durationRound", .string("-3h"), "3h"),
            ("durationRound", .string("1m"), "60s"),
            ("durationRound", .string("61s"), "1m"),
            ("durationRound", .string("800h"), "1mo"),
            ("durationRound", .string("9000h"), "1y"),
            ("durationRound", .string("1s"), "0s"),
            ("durationRound", .string("1.5s"), "1s"),
        ]
        for (name, argument, expected) in cases {
            XCTAssertEqual(SprigExtraTest.string(name, [argument]), expected, "\(name) \(argument)")
        }
    }

    func testNowAndAgoShapes() throws {
        let context = SprigExtraTestContext(now: Date(timeIntervalSince1970: 1_700_000_000.25))
        guard let now = time(try SprigExtraTest.call("now", [], context: context)) else { return }
        // Helm prints e.g. `2026-11-21 20:48:17.842001869 +0000 UTC m=+0.068446427`.
        XCTAssertTrue(now.format(plus: false).hasPrefix("2023-11-14 22:13:20.25 +0000 UTC m=+"), now.format(plus: false))
        XCTAssertEqual(now.goTypeName, "time.Time")
        XCTAssertEqual(SprigExtraTest.string("ago", [.int(1_700_000_000 - 3725)], context: context), "1h2m5s")
    }
}
