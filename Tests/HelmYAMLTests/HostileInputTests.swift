import GoTemplate
import XCTest
@testable import HelmYAML

/// Values files built to exhaust the reader: each gives Helm's message (v4.1.4, `-f file`, after its
/// `failed to parse <file>: ` prefix) or Helm's result, and never crashes the process.
final class HostileInputTests: XCTestCase {
    private func nestedFlowList(_ depth: Int) -> String {
        "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    }

    private func readError(_ text: String) -> String? {
        do {
            _ = try ValuesReader.readValues(text, file: "deep.yaml")
            return nil
        } catch {
            return (error as? YAMLError)?.message ?? "\(error)"
        }
    }

    /// 9999 nested lists under a key are 10000 JSON levels: the deepest sigs.k8s.io/yaml accepts.
    /// Helm's `toYaml` of them is 20001 bytes.
    func testDeepestAcceptedNestingReadsAndWritesBack() throws {
        let values = try ValuesReader.readValues(nestedFlowList(9_999), file: "deep.yaml")
        XCTAssertEqual(YAMLEncoding.helmToYaml(.map(values)).utf8.count, 20_001)
    }

    func testNestingPastGoLimitsIsRefused() {
        // On the first line go-yaml gives no line number.
        XCTAssertEqual(readError(nestedFlowList(100_000)),
                       "cannot unmarshal yaml document: error converting YAML to JSON: yaml: exceeded max depth of 10000")
        XCTAssertEqual(readError("a: 1\nb:\n  " + String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001)),
                       "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3: exceeded max depth of 10000")
        let blockLists = "a:\n  " + String(repeating: "- ", count: 10_001) + "1\n"
        XCTAssertEqual(readError(blockLists),
                       "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: exceeded max depth of 10000")
    }
}
