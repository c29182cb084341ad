import XCTest
@testable import HelmFunctions

/// Declared Go signatures of the Sprig core functions: every expectation below was printed by Helm v4.1.4 (`helm template`) for the expression
/// `{{ EXPR }}`; errors are the text after `error calling NAME: `.
final class SprigSignatureTests: XCTestCase {
    static let cases: [HelmCase] = [
        HelmCase("upper 1", evaluatorError: "expected string; found 1"),
        HelmCase("upper nil", evaluatorError: "cannot assign nil to string"),
        HelmCase("repeat \"a\" 3", evaluatorError: "expected integer; found \"a\""),
        HelmCase("trunc \"3\" \"abc\"", evaluatorError: "expected integer; found \"3\""),
        HelmCase("substr 1 \"2\" \"abc\"", evaluatorError: "expected integer; found \"2\""),
        HelmCase("contains 1 \"abc\"", evaluatorError: "expected string; found 1"),
        HelmCase("indent 2.5 \"x\"", evaluatorError: "expected integer; found 2.5"),
        HelmCase("wrap 5", evaluatorError: "wrong number of args for wrap: want 2 got 1"),
        HelmCase("plural \"a\" \"b\" \"1\"", evaluatorError: "expected integer; found \"1\""),
        HelmCase("join 1 (list 1)", evaluatorError: "expected string; found 1"),
        HelmCase("atoi 5", evaluatorError: "expected string; found 5"),
        HelmCase("regexFind 1 \"a\"", evaluatorError: "expected string; found 1"),
        HelmCase("regexFindAll \"a\" \"a\"", evaluatorError: "wrong number of args for regexFindAll: want 3 got 2"),
        HelmCase("regexSplit \"a\" \"a\" \"1\"", evaluatorError: "expected integer; found \"1\""),
        HelmCase("until \"3\"", evaluatorError: "expected integer; found \"3\""),
        HelmCase("untilStep 1 2", evaluatorError: "wrong number of args for untilStep: want 3 got 2"),
        HelmCase("seq \"3\"", evaluatorError: "expected integer; found \"3\""),
        HelmCase("round 1.5", evaluatorError: "wrong number of args for round: want at least 2 got 1"),
        HelmCase("round 1.5 \"1\"", evaluatorError: "expected integer; found \"1\""),
        HelmCase("round 1.25 1 0.4", output: "1.3"),
        HelmCase("round 1.25 1 \"x\"", evaluatorError: "expected float; found \"x\""),
        HelmCase("add1", evaluatorError: "wrong number of args for add1: want 1 got 0"),
        HelmCase("sub 1", evaluatorError: "wrong number of args for sub: want 2 got 1"),
        HelmCase("div 1 2 3", evaluatorError: "wrong number of args for div: want 2 got 3"),
        HelmCase("get (list) \"a\"", evaluatorError: "wrong type for value; expected map[string]interface {}; got []interface {}"),
        HelmCase("get (dict \"a\" 1) 1", evaluatorError: "expected string; found 1"),
        HelmCase("set (dict) \"a\"", evaluatorError: "wrong number of args for set: want 3 got 2"),
        HelmCase("hasKey \"x\" \"a\"", evaluatorError: "can't handle \"x\" for arg of type map[string]interface {}"),
        HelmCase("pluck \"a\" (list)", evaluatorError: "wrong type for value; expected map[string]interface {}; got []interface {}"),
        HelmCase("keys (list)", evaluatorError: "wrong type for value; expected map[string]interface {}; got []interface {}"),
        HelmCase("pick (dict) 1", evaluatorError: "expected string; found 1"),
        HelmCase("merge (list) (dict)", evaluatorError: "wrong type for value; expected map[string]interface {}; got []interface {}"),
        HelmCase("merge (dict) 1", evaluatorError: "can't handle 1 for arg of type map[string]interface {}"),
        HelmCase("chunk \"2\" (list 1)", evaluatorError: "expected integer; found \"2\""),
        HelmCase("ternary 1 2 \"true\"", evaluatorError: "expected bool; found \"true\""),
        HelmCase("ternary 1 2 nil", evaluatorError: "cannot assign nil to bool"),
        HelmCase("fail 1", evaluatorError: "expected string; found 1"),
        HelmCase("typeIs 1 1", evaluatorError: "expected string; found 1"),
        HelmCase("kindIs nil 1", evaluatorError: "cannot assign nil to string"),
        HelmCase("toString", evaluatorError: "wrong number of args for toString: want 1 got 0"),
        HelmCase("default", evaluatorError: "wrong number of args for default: want at least 1 got 0"),
        HelmCase("empty", evaluatorError: "wrong number of args for empty: want 1 got 0"),
        HelmCase("empty 1 2", evaluatorError: "wrong number of args for empty: want 1 got 2"),
        HelmCase("dig", error: "dig needs at least three arguments"),
        HelmCase("coalesce nil", output: ""),
        HelmCase("quote nil", output: ""),
        HelmCase("first", evaluatorError: "wrong number of args for first: want 1 got 0"),
        HelmCase("splitn \",\" \"2\" \"a,b\"", evaluatorError: "expected integer; found \"2\""),
        HelmCase("trimAll 1 \"x\"", evaluatorError: "expected string; found 1"),
        HelmCase("randAlpha \"3\"", evaluatorError: "expected integer; found \"3\""),
        HelmCase("abbrev \"5\" \"hello world\"", evaluatorError: "expected integer; found \"5\""),
    ]

    func testMatchesHelm() {
        SprigHarness.check(Self.cases)
    }

    func testMatchesHelmEndToEnd() {
        SprigHarness.checkEndToEnd(Self.cases)
    }
}
