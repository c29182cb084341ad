import GoTemplate
import XCTest
@testable import HelmFunctions

/// Extreme arguments found while fuzzing: every expectation was printed by Helm v4.1.4 (`helm template`)
/// for `{{ EXPR }}`; errors are the text after `error calling NAME: `. (Integer wrap-around, `div 1 0`
/// and out-of-range `index`/`substr` are in the per-family tests.)
final class HostileInputTests: XCTestCase {
    static let cases: [HelmCase] = [
        // strconv.Atoi's out-of-range result is the nearest int, which Sprig keeps; a syntax error is 0.
        HelmCase("atoi \"99999999999999999999\"", output: "9223372036854775807"),
        HelmCase("atoi \"99999999999999999999x\"", output: "9223372036854775807"),
        HelmCase("atoi \"9223372036854775808x\"", output: "0"),
        HelmCase("atoi \"9223372036854775808\"", output: "9223372036854775807"),
        HelmCase("atoi \"-99999999999999999999\"", output: "-9223372036854775808"),
        HelmCase("atoi \"-9223372036854775809\"", output: "-9223372036854775808"),
        HelmCase("atoi \"+18446744073709551616\"", output: "9223372036854775807"),
        HelmCase("div -9223372036854775808 -1", output: "-9223372036854775808"),
        HelmCase("mod -9223372036854775808 -1", output: "0"),
        HelmCase("mul 9223372036854775807 2", output: "-2"),
        HelmCase("int 1e300", output: "-9223372036854775808"),
        HelmCase("repeat -1 \"a\"", error: "strings: negative Repeat count"),
    ]

    func testMatchesHelm() {
        SprigHarness.check(Self.cases)
    }

    func testSemverSegmentOutOfRange() {
        XCTAssertEqual(SprigExtraTest.errorMessage("semver", [.string("99999999999999999999.0.0")]),
                       "error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range")
    }
}
