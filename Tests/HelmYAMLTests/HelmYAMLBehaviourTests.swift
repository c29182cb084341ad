import XCTest
import GoTemplate
@testable import HelmYAML

/// Table-driven checks against outputs observed from the real Helm v4.1.4 (see HelmObservedCases.swift).
final class HelmYAMLBehaviourTests: XCTestCase {
    /// Reads a JSON input the way Helm reads values (JSON is YAML; every number becomes a float64).
    private func value(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> Value {
        do {
            return try YAMLDecoding.decodeYAML(json)
        } catch {
            XCTFail("cannot read input \(json): \(error)", file: file, line: line)
            return .invalid
        }
    }

    func testValuesFilesRoundTripThroughToJsonAndToYaml() {
        for c in HelmObserved.values {
            let rendered: String
            do {
                let values = try ValuesReader.readValues(c.input, file: "values.yaml")
                rendered = "# " + JSONEncoding.helmToJson(.map(values)) + "\n" + YAMLEncoding.helmToYaml(.map(values))
            } catch let error as YAMLError {
                rendered = "Error: cannot load values.yaml: " + error.message
            } catch {
                rendered = "unexpected error \(error)"
            }
            XCTAssertEqual(rendered, c.expected, "values case \(c.name)")
        }
    }

    func testFromYaml() {
        for c in HelmObserved.fromYaml {
            XCTAssertEqual(JSONEncoding.helmToJson(YAMLDecoding.fromYaml(c.input)), c.expected, "fromYaml \(c.input)")
        }
    }

    func testFromYamlArray() {
        for c in HelmObserved.fromYamlArray {
            XCTAssertEqual(JSONEncoding.helmToJson(YAMLDecoding.fromYamlArray(c.input)), c.expected, "fromYamlArray \(c.input)")
        }
    }

    func testFromJson() {
        for c in HelmObserved.fromJson {
            XCTAssertEqual(JSONEncoding.helmToJson(YAMLDecoding.fromJson(c.input)), c.expected, "fromJson \(c.input)")
        }
    }

    func testFromJsonArray() {
        for c in HelmObserved.fromJsonArray {
            XCTAssertEqual(JSONEncoding.helmToJson(YAMLDecoding.fromJsonArray(c.input)), c.expected, "fromJsonArray \(c.input)")
        }
    }

    func testToYaml() {
        for c in HelmObserved.toYaml {
            XCTAssertEqual(YAMLEncoding.helmToYaml(value(c.input)), c.expected, "toYaml \(c.input)")
        }
    }

    func testToJsonFamily() {
        for c in HelmObserved.toJson {
            XCTAssertEqual(JSONEncoding.helmToJson(value(c.input)), c.expected, "toJson \(c.input)")
        }
        for c in HelmObserved.toPrettyJson {
            XCTAssertEqual(JSONEncoding.toPrettyJson(value(c.input)), c.expected, "toPrettyJson \(c.input)")
        }
        for c in HelmObserved.toRawJson {
            XCTAssertEqual(try JSONEncoding.toRawJson(value(c.input)), c.expected, "toRawJson \(c.input)")
        }
    }

    func testToYamlPretty() {
        for c in HelmObserved.toYamlPretty + HelmObserved.toYamlPretty2 {
            XCTAssertEqual(YAMLEncoding.helmToYamlPretty(value(c.input)), c.expected, "toYamlPretty \(c.input)")
        }
    }

    func testToToml() {
        for c in HelmObserved.toToml + HelmObserved.toToml2 {
            XCTAssertEqual(TOMLEncoding.toToml(value(c.input)), c.expected, "toToml \(c.input)")
        }
    }

    func testManifestHeadErrors() {
        for c in HelmObserved.manifestErrors {
            do {
                _ = try ManifestYAML.parseHead(c.document)
                XCTAssertEqual("", c.expected, "document accepted: \(c.document)")
            } catch let error as YAMLError {
                XCTAssertEqual(error.message, c.expected, "document \(c.document)")
            } catch {
                XCTFail("unexpected error \(error)")
            }
        }
    }

    func testManifestHeadFields() throws {
        let head = try ManifestYAML.parseHead("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  annotations:\n    helm.sh/hook: pre-install\n")
        XCTAssertEqual(head.apiVersion, "v1")
        XCTAssertEqual(head.kind, "ConfigMap")
        XCTAssertEqual(head.name, "cm")
        XCTAssertEqual(head.annotations, ["helm.sh/hook": "pre-install"])
    }

    /// Helm: `toToml` of nil panics ("error calling toToml: reflect: call of reflect.Value.Type on zero Value").
    func testToTomlOfNilFailsLikeHelm() {
        XCTAssertThrowsError(try TOMLEncoding.helmToToml(.null)) { error in
            XCTAssertEqual("\(error)", "reflect: call of reflect.Value.Type on zero Value")
        }
    }

    /// Helm: a values file with `a: .nan` fails to load; toYaml of NaN is "" and mustToYaml reports the error.
    func testNaNIsRefusedByTheJSONStep() {
        XCTAssertEqual(YAMLEncoding.helmToYaml(.float64(.nan)), "")
        XCTAssertThrowsError(try YAMLEncoding.helmMustToYaml(.float64(.nan))) { error in
            XCTAssertEqual((error as? YAMLError)?.message, "error marshaling into JSON: json: unsupported value: NaN")
        }
    }

    /// go-yaml's "billion laughs" guard must answer quickly.
    func testAliasBombIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<12 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let start = Date()
        XCTAssertThrowsError(try ValuesReader.readValues(text, file: "values.yaml")) { error in
            XCTAssertEqual((error as? YAMLError)?.message,
                           "cannot unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive aliasing")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
