import XCTest
import GoTemplate
@testable import HelmFunctions

/// Expected values observed from `helm template` (v4.1.4).
final class SemverFunctionsTests: XCTestCase {
    private func version(_ text: String) throws -> SemverVersion {
        guard case .object(let object) = try SprigExtraTest.call("semver", [.string(text)]),
              let version = object as? SemverVersion else { throw FunctionError("not a version") }
        return version
    }

    private func method(_ v: SemverVersion, _ name: String, _ args: [Value] = []) throws -> String {
        guard let m = v.method(named: name) else { throw FunctionError("no method \(name)") }
        switch try m.body(SprigExtraTestContext(), args) {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .bool(let b): return String(b)
        case .object(let o): return o.format(plus: false)
        default: return "?"
        }
    }

    func testParseAndMethods() throws {
        XCTAssertEqual(try version("1.2.3").format(plus: false), "1.2.3")
        XCTAssertEqual(try version("v1.2.3-beta.1+build.5").format(plus: false), "1.2.3-beta.1+build.5")
        XCTAssertEqual(try version("1.2").format(plus: false), "1.2.0")
        XCTAssertEqual(try version("1").format(plus: false), "1.0.0")
        XCTAssertEqual(try version("v1.2").format(plus: false), "1.2.0")
        XCTAssertEqual(try version("01.2.3").format(plus: false), "1.2.3")
        XCTAssertEqual(try version("1.2.3").goTypeName, "*semver.Version")
        XCTAssertEqual(Value.object(try version("1.2.3")).goKindName, "ptr")
        let full = try version("v1.2.3-beta.1+build.5")
        let expected: [(String, String)] = [("Original", "v1.2.3-beta.1+build.5"), ("Major", "1"), ("Minor", "2"),
                                            ("Patch", "3"), ("Prerelease", "beta.1"), ("Metadata", "build.5")]
        for (name, value) in expected { XCTAssertEqual(try method(full, name), value, name) }
        let v123 = try version("1.2.3")
        XCTAssertEqual(try method(v123, "Compare", [.object(try version("1.2.4"))]), "-1")
        XCTAssertEqual(try method(v123, "LessThan", [.object(try version("1.2.4"))]), "true")
        XCTAssertEqual(try method(v123, "GreaterThan", [.object(try version("1.2.4"))]), "false")
        XCTAssertEqual(try method(v123, "Equal", [.object(try version("1.2.3+x"))]), "true")
        XCTAssertEqual(try method(v123, "IncMajor"), "2.0.0")
        XCTAssertEqual(try method(try version("1.2.3-a"), "IncPatch"), "1.2.3")
        XCTAssertEqual(try method(v123, "IncMinor"), "1.3.0")
    }

    func testParseErrors() {
        let cases: [(String, String)] = [
            ("foo", "invalid semantic version"),
            ("1.2.3.4", "invalid semantic version"),
            ("", "invalid semantic version"),
            ("1.2.3-01", "version segment starts with 0"),
        ]
        for (input, message) in cases {
            XCTAssertEqual(SprigExtraTest.errorMessage("semver", [.string(input)]), message, input)
        }
        XCTAssertEqual(SprigExtraTest.errorMessage("semverCompare", [.string("foo"), .string("1.0.0")]), "improper constraint: foo")
        XCTAssertEqual(SprigExtraTest.errorMessage("semverCompare", [.string(">1"), .string("bar")]), "invalid semantic version")
        XCTAssertEqual(SprigExtraTest.errorMessage("semverCompare", [.string(">=1.2.3 <<2"), .string("1.0.0")]),
                       "improper constraint: >=1.2.3 <<2")
        XCTAssertEqual(SprigExtraTest.errorMessage("semverCompare", [.string(""), .string("1.0.0")]), "improper constraint: ")
    }

    func testConstraints() {
        let cases: [(String, String, Bool)] = [
            (">=1.2.3 <2", "1.5.0", true), (">=1.2.3 <2", "2.0.0", false), ("^1.2", "1.9.9", true), ("^1.2", "2.0.0", false),
            ("~1.2.3", "1.2.9", true), ("~1.2.3", "1.3.0", false), ("1.2.x", "1.2.7", true), ("*", "0.0.1", true),
            ("<1 || >=3", "2.0.0", false), ("<1 || >=3", "3.1.0", true), (">=1, <2", "1.5.0", true),
            (">=1.2.3", "1.5.0-beta", false), (">=1.2.3-0", "1.5.0-beta", true), ("*", "1.0.0-alpha", false),
            (">1.2.3-alpha", "1.2.3-beta", true),
            ("^0.2.3", "0.2.9", true), ("^0.2.3", "0.3.0", false), ("^0.0.3", "0.0.4", false), ("~1", "1.9.0", true),
            ("~1.x", "1.9.0", true),
            ("=1.2.3", "1.2.3", true), ("!=1.2.3", "1.2.3", false), ("1.2.3 - 1.4.5", "1.4.5", true), ("1.2 - 1.4", "1.4.9", true),
            (">= 1.2", "1.2.0", true), ("<=1.2", "1.2.9", true), ("<1.2", "1.1.9", true), (">1.2", "1.2.9", false),
            (">1.2", "1.3.0", true),
            ("^1.x", "1.5.0", true), ("1.x", "2.0.0", false), ("v1.2.3", "1.2.3", true), ("~>1.2", "1.2.5", true),
            ("=>1.2", "1.2.5", true),
            (">=1.21.0-0", "v1.25.3-gke.100", true), (">=1.21.0", "v1.25.3+k3s1", true), ("<1.19-0", "1.18.20-eks-1", true),
            ("^0", "0.5.0", true), ("^0.0", "0.0.5", true), ("x", "3.0.0", true),
        ]
        for (constraint, version, expected) in cases {
            XCTAssertEqual(try SprigExtraTest.call("semverCompare", [.string(constraint), .string(version)]).boolValue, expected,
                           "\(constraint) \(version)")
        }
    }
}

private extension Value {
    var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}
