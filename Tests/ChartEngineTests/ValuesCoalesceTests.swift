import XCTest
import GoTemplate
@testable import ChartEngine

/// Coalescing of chart defaults, subchart defaults, globals and user values. Expectations are the
/// `# P {{ toJson .Values }}` / `# S {{ toJson .Values }}` lines Helm 4.1.4 printed for Fixtures/values-parent.
final class ValuesCoalesceTests: XCTestCase {
    func testCoalescedValues() throws {
        let cases: [(set: [String], parent: String, sub: String)] = [
            ([],
             #"{"global":{"g":1,"gm":{"x":1}},"list":[1,2],"pm":{"a":1,"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null}"#),
            (["pm.a=null", "sub.own=null", "sub.sm=null", "global.gm.x=null"],
             #"{"global":{"g":1,"gm":{}},"list":[1,2],"pm":{"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2},"gs":2},"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2},"gs":2},"snull":null}"#),
            (["list[0]=9"],
             #"{"global":{"g":1,"gm":{"x":1}},"list":[9],"pm":{"a":1,"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null}"#),
            (["sub.sm=3", "pm=2"],
             #"{"global":{"g":1,"gm":{"x":1}},"list":[1,2],"pm":2,"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":3,"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":3,"snull":null}"#),
            (["top.x=1"],
             #"{"global":{"g":1,"gm":{"x":1}},"list":[1,2],"pm":{"a":1,"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null},"top":{"x":1}}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null}"#),
            (["global.new=1,sub.global.g=7"],
             #"{"global":{"g":1,"gm":{"x":1},"new":1},"list":[1,2],"pm":{"a":1,"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2,"new":1},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2,"new":1},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null}"#),
            // A nested user null deletes only a non-null default; over a null default or no default it stays.
            (["pm.nn=null,pm.new=null,pm.a=null"],
             #"{"global":{"g":1,"gm":{"x":1}},"list":[1,2],"pm":{"new":null,"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"q":1,"r":2,"z":null},"snull":null}"#),
            (["sub.sm.z=null,sub.sm.q=null,sub.sm.new=null"],
             #"{"global":{"g":1,"gm":{"x":1}},"list":[1,2],"pm":{"a":1,"nn":null},"pnull":null,"sub":{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"new":null,"r":2,"z":null},"snull":null},"top":1}"#,
             #"{"fromParent":1,"global":{"g":1,"gm":{"w":2,"x":1},"gs":2},"own":1,"sm":{"new":null,"r":2,"z":null},"snull":null}"#),
        ]
        for (set, parent, sub) in cases {
            let (_, values) = try ChartModelFixture.values("values-parent", set: set)
            XCTAssertEqual(ChartModelFixture.json(.map(values)), parent, "\(set)")
            XCTAssertEqual(ChartModelFixture.json(values["sub"]), sub, "\(set)")
        }
    }

    func testWarningsAndErrors() throws {
        let cases: [(set: [String], expected: String)] = [
            (["sub.sm=3"], #"level=INFO msg="warning: cannot overwrite table with non table for parent.sub.sm (map[q:1])""#),
            (["top.x=1"], #"level=INFO msg="warning: skipped value for parent.top: Not a table.""#),
            (["sub=1"], "Error: type mismatch on sub: %!t(int64=1)"),
        ]
        for (set, expected) in cases {
            let log = DiagnosticLog()
            do {
                _ = try ChartModelFixture.values("values-parent", set: set, log: log)
                XCTAssertEqual(log.entries.map(\.formatted), [expected], "\(set)")
            } catch {
                XCTAssertEqual("Error: \(error)", expected, "\(set)")
            }
        }
    }

    func testValueTypes() throws {
        let (_, values) = try ChartModelFixture.values("values-parent", set: ["n=3"])
        XCTAssertEqual(values["top"]?.goTypeName, "float64")
        XCTAssertEqual(values["n"]?.goTypeName, "int64")
    }
}
