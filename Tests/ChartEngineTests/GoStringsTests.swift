import XCTest
@testable import ChartEngine

final class GoStringsTests: XCTestCase {
    func testRemovingAllIsByteWise() {
        XCTAssertEqual(GoStrings.removingAll("<no value>", from: "a: <no value>\nb: x<no value><no value>y"), "a: \nb: xy")
        XCTAssertEqual(GoStrings.removingAll("<no value>", from: "<no value>"), "")
        XCTAssertEqual(GoStrings.removingAll("<no value>", from: "<no valu"), "<no valu")
        XCTAssertEqual(GoStrings.removingAll("<no value>", from: ""), "")
        // A combining mark after the needle does not stop Go's byte match.
        XCTAssertEqual(GoStrings.removingAll("<no value>", from: "é<no value>\u{301}<"), "é\u{301}<")
    }

    func testSplitSkipsIndentationWithoutMissingSeparators() {
        // As Helm 4 splits it (checked against the real binary).
        XCTAssertEqual(ManifestSplitter.split("a: 1 \t \n---   \n\n---\nb: 2\n      \n   \n---\nc: 3\n    \n  ---\n  d"),
                       ["a: 1", "---\nb: 2", "c: 3\n    \n  ---\n  d"])
    }
}
