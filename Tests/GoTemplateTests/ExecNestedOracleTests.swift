import XCTest
@testable import GoTemplate

/// Nested executions (include) and their errors.
/// Every expected string was observed from Helm v4.1.4 (`helm template`), see ExecTestSupport.
final class ExecNestedOracleTests: XCTestCase {
    static let cases: [(template: String, expected: OracleExpectation)] = [
        ("{{ define \"x\" }}{{ .nul.x }}{{ end }}{{ include \"x\" .Values }}", .error("template: c/templates/t.yaml:1:40: executing \"c/templates/t.yaml\" at <include \"x\" .Values>: error calling include: template: c/templates/t.yaml:1:23: executing \"x\" at <.nul.x>: nil pointer evaluating interface {}.x")),
        ("{{ include \"nope\" . }}", .error("template: c/templates/t.yaml:1:3: executing \"c/templates/t.yaml\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"")),
        ("{{ define \"x\" }}<{{ . }}>{{ end }}{{ include \"x\" .Values.str }}{{ include \"x\" .Values.missing }}", .output("<hello><<no value>>")),
        ("{{ define \"outer\" }}{{ include \"inner\" . }}{{ end }}{{ define \"inner\" }}{{ .Values.str.x }}{{ end }}{{ include \"outer\" . }}", .error("template: c/templates/t.yaml:1:103: executing \"c/templates/t.yaml\" at <include \"outer\" .>: error calling include: template: c/templates/t.yaml:1:23: executing \"outer\" at <include \"inner\" .>: error calling include: template: c/templates/t.yaml:1:82: executing \"inner\" at <.Values.str.x>: can't evaluate field x in type interface {}")),
        ("{{ define \"v\" }}{{ $x := 1 }}{{ $x }}{{ end }}{{ $x := 2 }}{{ include \"v\" . }}{{ $x }}", .output("12")),
    ]

    func testMatchesHelm() throws {
        try assertOracleCases(Self.cases)
    }
}
