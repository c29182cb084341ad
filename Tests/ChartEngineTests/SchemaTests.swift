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

    /// jsonschema prints numbers through x/text's English printer; texts pasted from Helm 4.1.4's
    /// `maximum: got …` messages.
    func testNumberText() {
        let floats: [(Double, String)] = [
            (1_000_000, "1×10⁰⁶"), (999_999, "999,999"), (0.0001, "0.0001"), (0.00001, "1×10⁻⁰⁵"),
            (1_234_567.89, "1.23456789×10⁰⁶"), (-5, "-5"), (-1e10, "-1×10¹⁰"), (1.5e20, "1.5×10²⁰"),
            (1.2345678901234567e19, "1.2345678901234567×10¹⁹"), (0.1, "0.1"), (1e100, "1×10¹⁰⁰"),
            (123_456.5, "123,456.5"), (1e301, "1×10³⁰¹"), (1.5e300, "1.5×10³⁰⁰"), (0, "0"),
        ]
        for (value, text) in floats {
            XCTAssertEqual(SchemaNumberText.float(value), text, "\(value)")
        }
        XCTAssertEqual(SchemaNumberText.integer(1500), "1,500")
        XCTAssertEqual(SchemaNumberText.integer(-1_234_567), "-1,234,567")
    }

    /// `multipleOf` is exact decimal arithmetic (`big.Rat`), not float division.
    func testMultipleOfIsExact() {
        XCTAssertTrue(SchemaNumberText.isMultiple("0.3", of: "0.1"))
        XCTAssertTrue(SchemaNumberText.isMultiple("0.9", of: "0.3"))
        XCTAssertFalse(SchemaNumberText.isMultiple("0.35", of: "0.1"))
        XCTAssertTrue(SchemaNumberText.isMultiple("7e300", of: "7e299"))
        XCTAssertFalse(SchemaNumberText.isMultiple("1e300", of: "7e298"))
        XCTAssertTrue(SchemaNumberText.isMultiple("4.5e-9", of: "1.5e-9"))
        XCTAssertTrue(SchemaNumberText.isMultiple("0", of: "0.7"))
    }

    /// `minimum`/`maximum` compare exactly: the float 2^64 is above the integer 2^64-1.
    func testComparisonIsExact() {
        XCTAssertEqual(SchemaNumberText.compare(SchemaNumberText.shortest(1.8446744073709552e19), "18446744073709551615"), 1)
        XCTAssertEqual(SchemaNumberText.compare("-1.5", "-1.50"), 0)
        XCTAssertEqual(SchemaNumberText.compare("-2", "-1e0"), -1)
        XCTAssertEqual(SchemaNumberText.compare("0.001", "1e-3"), 0)
        XCTAssertEqual(SchemaNumberText.compare("0", "-0"), 0)
        XCTAssertEqual(SchemaNumberText.compare("10", "9.99"), 1)
    }

    /// A `urn:` reference loads Helm's permissive schema `true` (Helm also logs a warning, which
    /// this engine does not print).
    func testURNReferenceIsPermissive() throws {
        let schema = Array(#"{"properties":{"v":{"$ref":"urn:example:thing"}}}"#.utf8)
        let errors = try SchemaValidator.validate(values: .map(GoMap(["v": .int(1)])), schemaBytes: schema)
        XCTAssertTrue(errors.isEmpty)
    }
}
