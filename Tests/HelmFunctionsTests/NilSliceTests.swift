import GoTemplate
import HelmFunctions
import XCTest

/// Go functions that return a nil slice (`regexFindAll` with no match, `regexSplit` with n = 0,
/// `concat` with nothing to append) print `[]` like an empty slice, but encoding/json writes `null`,
/// `%#v` writes `[]T(nil)`, and BurntSushi/toml leaves the key out. Expected texts pasted from
/// `helm template` (Helm 4.1.4) of a chart holding these actions.
final class NilSliceTests: XCTestCase {
    static let cases: [(template: String, helm: String)] = [
        (#"{{ concat (list) (list) | toJson }}"#, "null"),
        (#"{{ regexFindAll "x" "abc" 0 | toJson }}"#, "null"),
        (#"{{ mustRegexFindAll "x" "abc" -1 | toJson }}"#, "null"),
        (#"{{ regexFindAll "b" "abc" -1 | toJson }}"#, #"["b"]"#),
        (#"{{ concat | toYaml | trim }}"#, "null"),
        (#"{{ concat | toYamlPretty | trim }}"#, "[]"),
        (#"{{ concat | toRawJson }} {{ concat | toPrettyJson }} {{ concat | mustToJson }}"#, "null null null"),
        (#"{{ dict "k" concat | toJson }} {{ dict "k" concat | toYaml | trim }}"#, #"{"k":null} k: null"#),
        (#"{{ concat | empty }} {{ concat | len }} {{ concat }} {{ printf "%v %#v" concat concat }} {{ typeOf concat }}"#,
         "true 0 [] [] []interface {}(nil) []interface {}"),
        (#"{{ append concat 1 | toJson }} {{ concat | toToml }}"#, "[1] []"),
        (#"{{ dict "k" concat | toToml }}"#, ""),
        (#"{{ concat | deepCopy | toJson }} {{ dict "k" concat | deepCopy | toJson }}"#, #"null {"k":null}"#),
        (#"{{ regexSplit "x" "abc" 0 | toJson }} {{ regexSplit "x" "abc" -1 | toJson }} {{ mustRegexSplit "b" "" 0 | toJson }}"#,
         #"null ["abc"] null"#),
        (#"{{ regexFindAll "x" "" -1 | toJson }} {{ concat (list) | toJson }} {{ concat (list 1) | toJson }}"#, "null null [1]"),
    ]

    func testNilSlicesPrintAsInHelm() throws {
        let functions = HelmFunctionLibrary.registry()
        for c in Self.cases {
            let templates = TemplateSet(functions: functions)
            try templates.parse(name: "t", text: c.template)
            let output = try templates.execute(name: "t", data: .map([:]))
            XCTAssertEqual(output, c.helm, c.template)
        }
    }
}
