import Foundation
import XCTest
@testable import GoTemplate

/// TemplateSet behaviour across several parses, copies (Helm's `tpl`), concurrency and limits.
/// Expected strings were observed from Helm v4.1.4 on small charts (noted per test).
final class ExecTemplateSetTests: XCTestCase {
    private func helmLikeSet() -> TemplateSet {
        var registry = oracleFunctions()
        // Helm's tpl (engine.go tplFun): parse into a copy named "gotpl", wrap errors as Helm does.
        registry.register("tpl", [.string, .interface]) { context, args in
            let text = args[0].stringValue ?? ""
            do {
                return .string(try context.executeText(text, named: "gotpl", data: args[1]))
            } catch let error as TemplateError where error.kind == .parse {
                throw FunctionError("cannot parse template \(GoFormat.quote(text)): \(error)")
            } catch {
                throw FunctionError("error during tpl function execution for \(GoFormat.quote(text)): \(error)")
            }
        }
        return TemplateSet(functions: registry, options: TemplateOptions(missingKey: .zero))
    }

    /// Helm parses files deepest first, then in reverse name order (t.yaml, b.yaml, a.yaml): a later
    /// non-empty `define` replaces an earlier one, an empty one never does.
    func testLaterDefinitionsReplaceEarlierOnesAcrossFiles() throws {
        let cases: [(files: [(String, String)], expected: String)] = [
            // templates/a.yaml: x=A y=YA; templates/b.yaml: x=B y=(empty) → Helm prints "AYA".
            ([("m/templates/t.yaml", "{{ template \"x\" }}{{ template \"y\" }}"),
              ("m/templates/b.yaml", "{{ define \"x\" }}B{{ end }}{{ define \"y\" }}{{ end }}"),
              ("m/templates/a.yaml", "{{ define \"x\" }}A{{ end }}{{ define \"y\" }}YA{{ end }}")], "AYA"),
            // templates/a.yaml: y=(empty); templates/b.yaml: y=YB → Helm prints "YB".
            ([("m/templates/t.yaml", "{{ template \"y\" }}"),
              ("m/templates/b.yaml", "{{ define \"y\" }}YB{{ end }}"),
              ("m/templates/a.yaml", "{{ define \"y\" }}{{ end }}")], "YB"),
        ]
        for (files, expected) in cases {
            let set = helmLikeSet()
            for (name, text) in files { try set.parse(name: name, text: text) }
            XCTAssertEqual(try set.execute(name: "m/templates/t.yaml", data: oracleData()), expected)
        }
    }

    /// `tpl` parses into a copy: its defines do not leak into the caller's set.
    func testTplDefinitionsStayInTheCopy() throws {
        let set = helmLikeSet()
        let inner = "{{ define \"q\" }}Q{{ end }}{{ template \"q\" }}"
        try set.parse(name: "m/templates/t.yaml", text: "r: {{ tpl \(GoFormat.quote(inner)) . }}")
        XCTAssertEqual(try set.execute(name: "m/templates/t.yaml", data: oracleData()), "r: Q")
        XCTAssertFalse(set.hasTemplate(named: "q"))

        let leaking = helmLikeSet()
        try leaking.parse(name: "m/templates/t.yaml", text: "r: {{ tpl \(GoFormat.quote(inner)) . }}{{ template \"q\" }}")
        XCTAssertThrowsError(try leaking.execute(name: "m/templates/t.yaml", data: oracleData())) { error in
            XCTAssertEqual(String(describing: error),
                           "template: m/templates/t.yaml:1:77: executing \"m/templates/t.yaml\" at <{{template \"q\"}}>: template \"q\" not defined")
        }
    }

    func testTplErrorsNestAsInHelm() throws {
        let cases: [(String, String)] = [
            ("r: {{ tpl \"{{ foo }}\" . }}",
             "template: m/templates/t.yaml:1:6: executing \"m/templates/t.yaml\" at <tpl \"{{ foo }}\" .>: error calling tpl: cannot parse template \"{{ foo }}\": template: gotpl:1: function \"foo\" not defined"),
            ("r: {{ tpl \"{{ .Values.str.y }}\" . }}",
             "template: m/templates/t.yaml:1:6: executing \"m/templates/t.yaml\" at <tpl \"{{ .Values.str.y }}\" .>: error calling tpl: error during tpl function execution for \"{{ .Values.str.y }}\": template: gotpl:1:10: executing \"gotpl\" at <.Values.str.y>: can't evaluate field y in type interface {}"),
        ]
        for (template, expected) in cases {
            let set = helmLikeSet()
            try set.parse(name: "m/templates/t.yaml", text: template)
            XCTAssertThrowsError(try set.execute(name: "m/templates/t.yaml", data: oracleData())) { error in
                XCTAssertEqual(String(describing: error), expected)
                // The nested error stays reachable for callers that format it.
                XCTAssertNotNil((error as? TemplateError)?.underlying)
            }
        }
    }

    /// Go limits parenthesized nesting to 10000 (Helm: 10000 levels render `1`; 10001 fail).
    func testParenthesisDepthLimit() throws {
        let ok = "r: {{ " + String(repeating: "(", count: 10000) + "1" + String(repeating: ")", count: 10000) + " }}"
        let set = helmLikeSet()
        try set.parse(name: "m/templates/t.yaml", text: ok)
        XCTAssertEqual(try set.execute(name: "m/templates/t.yaml", data: oracleData()), "r: 1")

        let tooDeep = "r: {{ " + String(repeating: "(", count: 10001) + "1" + String(repeating: ")", count: 10001) + " }}"
        XCTAssertThrowsError(try helmLikeSet().parse(name: "m/templates/t.yaml", text: tooDeep)) { error in
            XCTAssertEqual(helmParseErrorText(String(describing: error)),
                           "parse error at (m/templates/t.yaml:1): max expression depth exceeded")
        }
    }

    /// One parsed set, many simultaneous executions: each must see only its own state.
    func testConcurrentExecutionsShareParsedTrees() throws {
        let set = helmLikeSet()
        let template = "{{ range $k, $v := .Values.map }}{{ $k }}:{{ $v }},{{ end }}"
        try set.parse(name: oracleTemplateName, text: template)
        let expected = "a:1,b:2,c:3," // observed from Helm (ParserOracleTests)
        let results = ConcurrentResults(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            results.set(i, (try? set.execute(name: oracleTemplateName, data: oracleData())) ?? "error")
        }
        XCTAssertEqual(results.values, Array(repeating: expected, count: 16))
    }

    func testCopySharesTreesButNotLaterParses() throws {
        let set = helmLikeSet()
        try set.parse(name: "a", text: "{{ define \"d\" }}D{{ end }}")
        let copy = set.copy()
        try copy.parse(name: "b", text: "{{ template \"d\" }}")
        XCTAssertTrue(copy.hasTemplate(named: "b"))
        XCTAssertFalse(set.hasTemplate(named: "b"))
        XCTAssertEqual(set.templateNames, ["a", "d"])
        XCTAssertEqual(try copy.execute(name: "b", data: .invalid), "D")
    }
}

/// Thread-safe result slots for the concurrency test.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [String]
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ i: Int, _ v: String) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
}
