import XCTest
import GoTemplate
@testable import ChartEngine

/// values.schema.json validation on Fixtures/schema; messages pasted from Helm 4.1.4's `Error:` output.
final class SchemaTests: XCTestCase {
    private let prefix = "values don't meet the specifications of the schema(s) in the following chart(s):\n"

    func testValidation() {
        let cases: [(set: [String], expected: String?)] = [
            ([], nil),
            (["port=20"], "schema:\n- at '/port': maximum: got 20, want 10\n"),
            (["port=0"], "schema:\n- at '/port': minimum: got 0, want 1\n"),
            (["mode=c"], "schema:\n- at '/mode': value must be one of 'a', 'b'\n"),
            (["tag=x1"], "schema:\n- at '/tag': 'x1' does not match pattern '^v[0-9]+$'\n"),
            (["name=toolong"], "schema:\n- at '/name': maxLength: got 7, want 5\n"),
            (["name="], "schema:\n- at '/name': minLength: got 0, want 1\n"),
            (["port=1.5"], "schema:\n- at '/port': got string, want integer\n"),
            (["port=null"], "schema:\n- at '': missing property 'port'\n"),
            (["list={a,a}"], "schema:\n- at '/list': items at 0 and 1 are equal\n"),
            (["list={a,b,c}"], "schema:\n- at '/list': maxItems: got 3, want 2\n"),
            (["list[0]=1"], "schema:\n- at '/list/0': got number, want string\n"),
            (["choice=true"], "schema:\n- at '/choice': 'oneOf' failed, none matched\n  - at '/choice': got boolean, want string\n  - at '/choice': got boolean, want integer\n"),
            (["choice=1"], nil),
            (["anyv=1"], "schema:\n- at '/anyv': 'anyOf' failed\n  - at '/anyv': got number, want string\n  - at '/anyv': got number, want boolean\n"),
            (["c=x"], "schema:\n- at '/c': value must be 'fixed'\n"),
            (["obj.z=1"], "schema:\n- at '/obj': additional properties 'z' not allowed\n"),
            (["obj.k=1"], "schema:\n- at '/obj/k': got number, want boolean\n"),
            (["sub.n=0"], "sub:\n- at '/n': exclusiveMinimum: got 0, want 0\n"),
            (["port=1,name=a"], nil),
        ]
        for (set, expected) in cases {
            do {
                _ = try ChartModelFixture.values("schema", set: set)
                XCTAssertNil(expected, "\(set)")
            } catch {
                XCTAssertEqual("\(error)", expected.map { prefix + $0 }, "\(set)")
            }
        }
    }

    func testSkipSchemaValidation() throws {
        let (_, values) = try ChartModelFixture.values("schema", set: ["port=20"], skipSchema: true)
        XCTAssertEqual(ChartModelFixture.json(values["port"]), "20")
    }

    func testNullSubchartValuesIsATypeMismatch() {
        XCTAssertThrowsError(try ChartModelFixture.values("schema", set: ["sub=null"])) { error in
            XCTAssertEqual("\(error)", "type mismatch on sub: %!t(<nil>)")
        }
    }
}
