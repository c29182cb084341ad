import XCTest
@testable import GoTemplate

/// Struct-like stand-in for Helm's `common.KubeVersion` (a struct value without a String method).
private final class StubKubeVersion: GoStructFormattable {
    var goTypeName: String { "common.KubeVersion" }
    var goKindName: String { "struct" }
    func method(named name: String) -> GoFunction? { nil }
    func field(named name: String) -> Value? { nil }
    func format(plus: Bool) -> String {
        plus ? "{Version:v1.35.0 normalizedVersion:v1.35.0 Major:1 Minor:35}" : "{v1.35.0 v1.35.0 1 35}"
    }
    var formatFields: [(name: String, value: Value)] {
        [("Version", .string("v1.35.0")), ("normalizedVersion", .string("v1.35.0")),
         ("Major", .string("1")), ("Minor", .string("35"))]
    }
}

/// Stand-in for a Go `Stringer` such as `*semver.Version` or `time.Time`.
private final class StubStringer: GoObject {
    let text: String
    let typeName: String
    init(_ text: String, typeName: String) {
        self.text = text
        self.typeName = typeName
    }
    var goTypeName: String { typeName }
    var goKindName: String { "ptr" }
    func method(named name: String) -> GoFunction? { nil }
    func field(named name: String) -> Value? { nil }
    func format(plus: Bool) -> String { text }
}

/// Expected strings observed from Helm v4.1.4 with `.Capabilities.KubeVersion`, `semver "1.2.3"` and
/// `toDate "2006-01-02" "2024-05-06"`.
final class FormatObjectTests: XCTestCase {
    func testStructPrintsFieldByField() {
        let k = Value.object(StubKubeVersion())
        let cases: [(String, [Value], String)] = [
            ("%v|%+v|%#v|%d|%10v|%.3s|%q", [k, k, k, k, k, k, k],
             "{v1.35.0 v1.35.0 1 35}|{Version:v1.35.0 normalizedVersion:v1.35.0 Major:1 Minor:35}|"
                + "common.KubeVersion{Version:\"v1.35.0\", normalizedVersion:\"v1.35.0\", Major:\"1\", Minor:\"35\"}|"
                + "{%!d(string=v1.35.0) %!d(string=v1.35.0) %!d(string=1) %!d(string=35)}|"
                + "{   v1.35.0    v1.35.0          1         35}|{v1. v1. 1 35}|{\"v1.35.0\" \"v1.35.0\" \"1\" \"35\"}"),
            ("%v|%#v|%w|%s", [.list([k]), .list([k]), k, .map(["k": k])],
             "[{v1.35.0 v1.35.0 1 35}]|"
                + "[]interface {}{common.KubeVersion{Version:\"v1.35.0\", normalizedVersion:\"v1.35.0\", Major:\"1\", Minor:\"35\"}}|"
                + "%!w(common.KubeVersion={v1.35.0 v1.35.0 1 35})|map[k:{v1.35.0 v1.35.0 1 35}]"),
            ("%v|%s|%q|%d|%10v|%-10s|%x|%+v|%#v|%T", [k, k, k, k, k, k, k, k, k, k],
             "{v1.35.0 v1.35.0 1 35}|{v1.35.0 v1.35.0 1 35}|{\"v1.35.0\" \"v1.35.0\" \"1\" \"35\"}|"
                + "{%!d(string=v1.35.0) %!d(string=v1.35.0) %!d(string=1) %!d(string=35)}|"
                + "{   v1.35.0    v1.35.0          1         35}|{v1.35.0    v1.35.0    1          35        }|"
                + "{76312e33352e30 76312e33352e30 31 3335}|{Version:v1.35.0 normalizedVersion:v1.35.0 Major:1 Minor:35}|"
                + "common.KubeVersion{Version:\"v1.35.0\", normalizedVersion:\"v1.35.0\", Major:\"1\", Minor:\"35\"}|"
                + "common.KubeVersion"),
        ]
        for (format, args, expected) in cases {
            XCTAssertEqual(GoFormat.sprintf(format, args), expected, format)
        }
        XCTAssertEqual(GoFormat.sprint([k, .int(1)]), "{v1.35.0 v1.35.0 1 35} 1")
        XCTAssertEqual(GoEscaping.evalArgs([k]), "{v1.35.0 v1.35.0 1 35}")
    }

    func testStringerFormatsItsString() {
        let v = Value.object(StubStringer("1.2.3", typeName: "*semver.Version"))
        XCTAssertEqual(GoFormat.sprintf("%v|%s|%q|%+v|%6v|%T", [v, v, v, v, v, v]),
                       "1.2.3|1.2.3|\"1.2.3\"|1.2.3| 1.2.3|*semver.Version")
        XCTAssertEqual(GoFormat.sprint([v, .int(1)]), "1.2.3 1")
        XCTAssertEqual(GoFormat.sprintf("%v", [.list([v])]), "[1.2.3]")
        XCTAssertEqual(GoEscaping.html(GoEscaping.evalArgs([v])), "1.2.3")

        let t = Value.object(StubStringer("2024-05-06 00:00:00 +0000 UTC", typeName: "time.Time"))
        XCTAssertEqual(GoFormat.sprintf("%v|%s|%q|%x|%12.4s|%-12.4v|%T", [t, t, t, t, t, t, t]),
                       "2024-05-06 00:00:00 +0000 UTC|2024-05-06 00:00:00 +0000 UTC|\"2024-05-06 00:00:00 +0000 UTC\"|"
                        + "323032342d30352d30362030303a30303a3030202b3030303020555443|        2024|2024        |time.Time")
    }
}
