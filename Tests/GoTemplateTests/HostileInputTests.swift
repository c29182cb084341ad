import Foundation
import XCTest
@testable import GoTemplate

/// Templates built to exhaust the parser or the stack: each gives Helm's answer (v4.1.4, one-file
/// chart) and never crashes the process.
final class HostileInputTests: XCTestCase {
    private func nestedParentheses(_ depth: Int) -> String {
        "{{ " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + " }}"
    }

    /// Go's parser allows 10000 nested parentheses and refuses the next.
    func testParenthesesNestedPastGoLimitAreAParseError() throws {
        try assertOracleCases([
            (nestedParentheses(10_000), .output("1")),
            (nestedParentheses(10_001), .error("parse error at (c/templates/t.yaml:1): max expression depth exceeded")),
        ])
    }

    /// Go has no limit on nested `if`s (Helm renders 100000 of them). Freeing such a tree recurses once
    /// per level, which used to overflow the stack of whichever thread dropped the set.
    func testDeeplyNestedIfsRenderAndAreFreedOnASmallStack() {
        let depth = 20_000
        let text = String(repeating: "{{if true}}", count: depth) + "x" + String(repeating: "{{end}}", count: depth)
        final class Outcome: @unchecked Sendable { var value: OracleExpectation? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            // The set lives and dies on this 512 KiB thread.
            outcome.value = renderLikeHelm(text)
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        guard case .output(let output)? = outcome.value else {
            return XCTFail("expected output, got \(String(describing: outcome.value))")
        }
        XCTAssertEqual(output, "x")
    }
}
