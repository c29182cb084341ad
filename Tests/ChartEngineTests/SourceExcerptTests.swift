import XCTest
@testable import ChartEngine

/// Excerpts built from the real error texts of small fixture charts (columns checked against
/// `helm template`: 0-based byte offsets into the line).
final class SourceExcerptTests: XCTestCase {
    private func excerpt(_ fixture: String, firstLine: String, file: StaticString = #filePath,
                         line: UInt = #line) -> String? {
        let chart = ChartModelFixture.path(fixture)
        let outcome = TemplateCommandLine.run(arguments: ["r", chart])
        XCTAssertEqual(outcome.status, 1, file: file, line: line)
        XCTAssertEqual(outcome.stderr.split(separator: "\n").first.map(String.init), firstLine, file: file, line: line)
        return SourceExcerpt.render(errorText: outcome.stderr, chartDirectory: chart)
    }

    func testExecutionErrorPutsCaretUnderColumn() {
        XCTAssertEqual(excerpt("excerpt-exec", firstLine: "Error: c/templates/t.yaml:2:19"), """
              --> c/templates/t.yaml:2:19
               |
             2 | a: {{ upper .Values.missing.deep }}
               |                    ^

            """)
    }

    func testParseErrorShowsLineWithoutCaret() {
        XCTAssertEqual(excerpt("excerpt-parse", firstLine: "Error: parse error at (p/templates/t.yaml:2): unexpected {{end}}"), """
              --> p/templates/t.yaml:2
               |
             2 | b: {{ end }}

            """)
    }

    func testSubchartTemplateMapsIntoChartsDirectory() {
        XCTAssertEqual(excerpt("excerpt-sub", firstLine: "Error: outer/charts/inner/templates/s.yaml:2:13"), """
              --> outer/charts/inner/templates/s.yaml:2:13
               |
             2 | x: {{ .Values.a.b }}
               |              ^

            """)
    }

    func testTabIsCopiedAndMultiByteCharacterTakesOneBlank() {
        // `#`, tab, `é` (2 bytes), ` {{ .Values`: byte 15 is `.a`.
        XCTAssertEqual(excerpt("excerpt-tab", firstLine: "Error: tabbed/templates/t.yaml:2:15"), """
              --> tabbed/templates/t.yaml:2:15
               |
             2 | #\té {{ .Values.a.b }}
               |  \t            ^

            """)
    }

    func testMissingFileOrNoLocationGivesNil() {
        let chart = ChartModelFixture.path("excerpt-exec")
        XCTAssertNil(SourceExcerpt.render(errorText: "Error: c/templates/gone.yaml:1:2\n", chartDirectory: chart))
        XCTAssertNil(SourceExcerpt.render(errorText: "Error: c/templates/t.yaml:9:0\n", chartDirectory: chart))
        XCTAssertNil(SourceExcerpt.render(errorText: "Error: c/templates/../../x.yaml:1:0\n", chartDirectory: chart))
        XCTAssertNil(SourceExcerpt.render(errorText: "Error: no location here\n", chartDirectory: chart))
        XCTAssertNil(SourceExcerpt.render(errorText: "Error: c/templates/t.yaml:1:0\n",
                                          chartDirectory: chart + "/Chart.yaml"))
    }
}
