import XCTest
@testable import HelmFunctions

/// Sprig reflection and type checks: every expectation below was printed by Helm v4.1.4 (`helm template`) for the expression
/// `{{ EXPR }}`; errors are the text after `error calling NAME: `.
final class ReflectionFunctionsTests: XCTestCase {
    static let cases: [HelmCase] = [
        HelmCase("typeOf 1", output: "int"),
        HelmCase("typeOf 1.5", output: "float64"),
        HelmCase("typeOf \"s\"", output: "string"),
        HelmCase("typeOf true", output: "bool"),
        HelmCase("typeOf nil", output: "<nil>"),
        HelmCase("typeOf (list)", output: "[]interface {}"),
        HelmCase("typeOf (dict)", output: "map[string]interface {}"),
        HelmCase("typeOf (splitList \",\" \"a\")", output: "[]string"),
        HelmCase("typeOf (split \",\" \"a\")", output: "map[string]string"),
        HelmCase("typeIs \"int\" 1", output: "true"),
        HelmCase("typeIs \"int64\" 1", output: "false"),
        HelmCase("typeIs \"string\" \"x\"", output: "true"),
        HelmCase("typeIsLike \"int\" 1", output: "true"),
        HelmCase("typeIsLike \"string\" 1", output: "false"),
        HelmCase("kindOf 1", output: "int"),
        HelmCase("kindOf 1.5", output: "float64"),
        HelmCase("kindOf \"s\"", output: "string"),
        HelmCase("kindOf (list)", output: "slice"),
        HelmCase("kindOf (dict)", output: "map"),
        HelmCase("kindOf nil", output: "invalid"),
        HelmCase("kindOf true", output: "bool"),
        HelmCase("kindOf (int64 1)", output: "int64"),
        HelmCase("kindIs \"int\" 1", output: "true"),
        HelmCase("kindIs \"slice\" (list)", output: "true"),
        HelmCase("kindIs \"map\" (dict)", output: "true"),
        HelmCase("kindIs \"invalid\" nil", output: "true"),
        HelmCase("deepEqual 1 1", output: "true"),
        HelmCase("deepEqual 1 (int64 1)", output: "false"),
        HelmCase("deepEqual (list 1 2) (list 1 2)", output: "true"),
        HelmCase("deepEqual (list 1 2) (list 2 1)", output: "false"),
        HelmCase("deepEqual (dict \"a\" (list 1)) (dict \"a\" (list 1))", output: "true"),
        HelmCase("deepEqual (dict \"a\" 1) (dict \"a\" 2)", output: "false"),
        HelmCase("deepEqual nil nil", output: "true"),
        HelmCase("deepEqual \"a\" \"a\"", output: "true"),
        HelmCase("deepEqual (splitList \",\" \"a\") (list \"a\")", output: "false"),
        HelmCase("deepEqual 1.0 1", output: "false"),
    ]

    func testMatchesHelm() {
        SprigHarness.check(Self.cases)
    }

    func testMatchesHelmEndToEnd() {
        SprigHarness.checkEndToEnd(Self.cases)
    }
}
