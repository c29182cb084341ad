import XCTest
@testable import HelmFunctions

/// Sprig defaults and flow control: every expectation below was printed by Helm v4.1.4 (`helm template`) for the expression
/// `{{ EXPR }}`; errors are the text after `error calling NAME: `.
final class DefaultFunctionsTests: XCTestCase {
    static let cases: [HelmCase] = [
        HelmCase("default \"d\" \"\"", output: "d"),
        HelmCase("default \"d\" \"x\"", output: "x"),
        HelmCase("default \"d\" 0", output: "d"),
        HelmCase("default \"d\" 1", output: "1"),
        HelmCase("default \"d\" nil", output: "d"),
        HelmCase("default \"d\" false", output: "d"),
        HelmCase("default \"d\" (list)", output: "d"),
        HelmCase("default \"d\" (dict)", output: "d"),
        HelmCase("default \"d\" (list 1)", output: "[1]"),
        HelmCase("default \"d\" 0.0", output: "d"),
        HelmCase("default \"d\"", output: "d"),
        HelmCase("default \"d\" \"\" \"x\"", output: "d"),
        HelmCase("empty \"\"", output: "true"),
        HelmCase("empty \"x\"", output: "false"),
        HelmCase("empty 0", output: "true"),
        HelmCase("empty 1", output: "false"),
        HelmCase("empty 0.0", output: "true"),
        HelmCase("empty nil", output: "true"),
        HelmCase("empty false", output: "true"),
        HelmCase("empty true", output: "false"),
        HelmCase("empty (list)", output: "true"),
        HelmCase("empty (list 0)", output: "false"),
        HelmCase("empty (dict)", output: "true"),
        HelmCase("empty (dict \"a\" 1)", output: "false"),
        HelmCase("coalesce 0 \"\" \"x\" \"y\"", output: "x"),
        HelmCase("coalesce 0 \"\"", output: ""),
        HelmCase("coalesce", output: ""),
        HelmCase("coalesce nil 2", output: "2"),
        HelmCase("all 1 \"a\" true", output: "true"),
        HelmCase("all 1 \"\" true", output: "false"),
        HelmCase("all", output: "true"),
        HelmCase("any 0 \"\" false", output: "false"),
        HelmCase("any 0 \"x\"", output: "true"),
        HelmCase("any", output: "false"),
        HelmCase("ternary \"yes\" \"no\" true", output: "yes"),
        HelmCase("ternary \"yes\" \"no\" false", output: "no"),
        HelmCase("ternary 1 2 true", output: "1"),
        HelmCase("fail \"boom\"", error: "boom"),
        HelmCase("fail \"\"", error: ""),
        HelmCase("typeOf (ternary 1 \"x\" false)", output: "string"),
    ]

    func testMatchesHelm() {
        SprigHarness.check(Self.cases)
    }

    func testMatchesHelmEndToEnd() {
        SprigHarness.checkEndToEnd(Self.cases)
    }
}
