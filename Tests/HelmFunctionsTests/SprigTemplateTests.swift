import XCTest
@testable import HelmFunctions

/// Sprig core functions inside templates (pipelines, variables, aliasing): every expectation below was printed by Helm v4.1.4 (`helm template`) for the expression
/// `{{ EXPR }}`; errors are the text after `error calling NAME: `.
final class SprigTemplateTests: XCTestCase {
    static let cases: [HelmCase] = [
        HelmCase("$d := dict \"a\" 1 }}{{ $_ := set $d \"b\" 2 }}{{ $d", output: "map[a:1 b:2]"),
        HelmCase("$d := dict \"a\" 1 \"b\" 2 }}{{ $_ := unset $d \"a\" }}{{ $d", output: "map[b:2]"),
        HelmCase("$d := dict \"a\" 1 }}{{ $m := merge $d (dict \"b\" 2) }}{{ $d", output: "map[a:1 b:2]"),
        HelmCase("$d := dict \"a\" (dict \"x\" 1) }}{{ $_ := mergeOverwrite (dict) $d (dict \"a\" (dict \"y\" 2)) }}{{ $d", output: "map[a:map[x:1 y:2]]"),
        HelmCase("$d := dict \"a\" (dict \"x\" 1) }}{{ $c := deepCopy $d }}{{ $_ := set $c.a \"x\" 9 }}{{ $d }} {{ $c", output: "map[a:map[x:1]] map[a:map[x:9]]"),
        HelmCase("$l := list 1 2 }}{{ $m := append $l 3 }}{{ $l }} {{ $m", output: "[1 2] [1 2 3]"),
        HelmCase("$d := dict }}{{ $_ := set $d \"k\" (list) }}{{ $_ := set $d \"k\" (append $d.k \"v\") }}{{ $d", output: "map[k:[v]]"),
        HelmCase("\"\" | default \"x\"", output: "x"),
        HelmCase(".missing | default \"d\"", output: "d"),
        HelmCase(".missing | empty", output: "true"),
        HelmCase(".missing | quote", output: ""),
        HelmCase("quote .missing \"a\"", output: "\"a\""),
        HelmCase("toString .missing", output: "<nil>"),
        HelmCase("typeOf .missing", output: "<nil>"),
        HelmCase("list 3 1 2 | sortAlpha | join \",\"", output: "1,2,3"),
        HelmCase("\"hello\" | upper | repeat 2", output: "HELLOHELLO"),
        HelmCase("\"a,b,c\" | splitList \",\" | last", output: "c"),
        HelmCase("range $i, $v := regexFindAll \"[0-9]+\" \"a1b22c333\" -1 }}{{ $i }}={{ $v }};{{ end", output: "0=1;1=22;2=333;"),
        HelmCase("range $k, $v := split \",\" \"x,y\" }}{{ $k }}={{ $v }};{{ end", output: "_0=x;_1=y;"),
        HelmCase("range until 3 }}{{ . }}{{ end", output: "012"),
        HelmCase("range $k := keys (dict \"b\" 1 \"a\" 2) | sortAlpha }}{{ $k }}{{ end", output: "ab"),
        HelmCase("if empty (list) }}yes{{ end", output: "yes"),
        HelmCase("if has \"a\" (list \"a\") }}found{{ end", output: "found"),
        HelmCase("dict \"a\" 1 | toString", output: "map[a:1]"),
        HelmCase("add 1 2 | printf \"%T\"", output: "int64"),
        HelmCase("list 1 2 | printf \"%v %T\"", output: "[1 2] %!T(MISSING)"),
        HelmCase("3 | add1", output: "4"),
        HelmCase("\"x\" | contains \"x\"", output: "true"),
        HelmCase(".missing | toStrings", output: "[]"),
        HelmCase("1 | int64 | add 2", output: "3"),
        HelmCase("list \"a\" | first | upper", output: "A"),
        HelmCase("mul 2 (div 9 2)", output: "8"),
        HelmCase("addf 0.1 0.2 | printf \"%.20f\"", output: "0.29999999999999998890"),
        HelmCase("default (list 1) .missing | first", output: "1"),
        HelmCase("tuple 1 2 | last", output: "2"),
        HelmCase("(list 1 2) | len", output: "2"),
        HelmCase("ternary \"a\" \"b\" (eq 1 1)", output: "a"),
    ]

    func testMatchesHelmEndToEnd() {
        SprigHarness.checkEndToEnd(Self.cases)
    }
}
