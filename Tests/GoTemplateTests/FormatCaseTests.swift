import XCTest
@testable import GoTemplate

/// One formatting call and the output real Helm produced for it (see the generated `Format*Tests` tables).
struct FormatCase {
    enum Kind: String {
        /// `printf FORMAT ARGS…`: the first argument is the format string.
        case printf
        case print
        case println
        case html
        case js
        case urlquery
        /// text/template's printing of a pipeline value (`{{ x }}`).
        case value
        /// `strconv.Quote`, observed through `printf "%q"`.
        case quote
    }

    let kind: Kind
    let args: [Value]
    let expected: String
    let line: UInt

    init(_ kind: Kind, _ args: [Value], _ expected: String, line: UInt = #line) {
        self.kind = kind
        self.args = args
        self.expected = expected
        self.line = line
    }

    func run() -> String {
        switch kind {
        case .printf:
            guard let format = args.first?.stringValue else { return "<printf without a format>" }
            return GoFormat.sprintf(format, Array(args.dropFirst()))
        case .print: return GoFormat.sprint(args)
        case .println: return GoFormat.sprintln(args)
        case .html: return GoEscaping.html(GoEscaping.evalArgs(args))
        case .js: return GoEscaping.js(GoEscaping.evalArgs(args))
        case .urlquery: return GoEscaping.urlQuery(GoEscaping.evalArgs(args))
        case .value: return args.first.map(GoFormat.printValue) ?? "<value without an argument>"
        case .quote: return GoFormat.quote(args.first?.stringValue ?? "")
        }
    }
}

/// Direct checks of the public API's edges that do not go through a template.
final class FormatCaseTests: XCTestCase {
    func testPrintValueOfInvalidIsNoValue() {
        // `{{ .missing }}` in plain text/template (Helm later blanks "<no value>" in its output).
        XCTAssertEqual(GoFormat.printValue(.invalid), "<no value>")
    }
}

/// Inputs Go cannot print (it overflows its stack) must not crash the process here.
final class FormatRobustnessTests: XCTestCase {
    func testSelfReferencingMapDoesNotCrash() {
        let map = GoMap(["a": .int(1)])
        map["self"] = .map(map)
        let text = GoFormat.printValue(.map(map))
        XCTAssertTrue(text.hasPrefix("map[a:1 self:map[a:1 self:map["), text.prefix(60).description)
        XCTAssertTrue(text.contains("%!v(DEPTH)"))
    }

    func testHugeWidthAndPrecisionAreBounded() {
        // Go refuses widths and precisions above 1e6 (`%!(BADWIDTH)` comes only from `*`; a literal
        // number that large stops parsing and leaves no verb).
        XCTAssertEqual(GoFormat.sprintf("%99999999d", [.int(1)]), "%!(NOVERB)%!(EXTRA int=1)")
        XCTAssertEqual(GoFormat.sprintf("%.3000f", [.float64(1)]).count, 3002)
    }
}
