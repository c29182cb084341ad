import Foundation
import XCTest
@testable import HelmYAML

/// `PlainYAMLParser` reads the plain subset of YAML in place of libyaml: wherever it accepts a text it
/// must build exactly the document libyaml's events build (same nodes, styles and text), and libyaml
/// must accept that text too. Checked on every YAML file in the repository, the Helm-observed inputs,
/// and texts derived from them by small random edits (which mostly leave the subset or become invalid).
final class PlainYAMLParserConsistencyTests: XCTestCase {
    private static let edits = [" ", "  ", "\n", "\n  ", "\n- ", "- ", ":", ": ", "#", " #", "-", "?", "'", "\"", "\\",
                                "[", "]", "{", "}", ",", ", ", "&a", "*a", "!", "|", ">", "a", "key", "x: 1", "1", ".",
                                "é", "\\x41", "\\u00e9", "''", "---", "...", "%", "@", "<<", "~", "{a: 1}", "[1, 2]"]

    private func corpus() -> [String] {
        var texts = HelmObserved.values.map(\.input) + HelmObserved.fromYaml.map(\.input)
            + HelmObserved.fromYamlArray.map(\.input) + HelmObserved.toYaml.map(\.input)
            + HelmObserved.manifestErrors.map(\.document)
        let root = HelmLiveOracle.repositoryRoot
        for folder in ["charts", "golden", "examples", "Tests"] {
            guard let files = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            for case let path as String in files where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                if let text = try? String(contentsOfFile: root + "/" + folder + "/" + path, encoding: .utf8) {
                    texts.append(text)
                }
            }
        }
        return texts
    }

    /// Node by node: kind, style, tag, subtree end and text.
    private func summary(_ document: YAMLDocument) -> [String] {
        document.nodes.indices.map { i in
            let node = document.nodes[i]
            return "\(node.kind) \(node.implicit) \(document.tag(i)) \(node.end) \(node.target) \(document.value(i).debugDescription)"
        }
    }

    private func check(_ text: String, accepted: inout Int, file: StaticString = #filePath, line: UInt = #line) {
        guard let fast = PlainYAMLParser.parse(text) else { return }
        accepted += 1
        do {
            guard let libyaml = try YAMLDocumentParser.parseWithLibYAML(text) else {
                return XCTFail("libyaml finds no document in \(text.debugDescription)", file: file, line: line)
            }
            XCTAssertEqual(summary(fast), summary(libyaml), "document of \(text.debugDescription)", file: file, line: line)
        } catch {
            XCTFail("libyaml refuses \(text.debugDescription): \(error)", file: file, line: line)
        }
    }

    func testRepositoryYAMLAndObservedInputs() {
        var accepted = 0
        for text in corpus() { check(text, accepted: &accepted) }
        XCTAssertGreaterThan(accepted, 100, "most of the repository's YAML is in the subset")
    }

    func testEditedTexts() {
        var g = SeededGenerator(seed: 3)
        let texts = corpus().filter { $0.utf8.count < 20_000 }
        var accepted = 0
        for _ in 0 ..< 20_000 {
            var scalars = Array(g.pick(texts).unicodeScalars)
            if scalars.count > 2_000 {
                let start = g.below(scalars.count - 1_500)
                scalars = Array(scalars[start ..< start + 1_500])
            }
            for _ in 0 ..< 1 + g.below(3) {
                let edit = Array(g.pick(Self.edits).unicodeScalars)
                let at = scalars.isEmpty ? 0 : g.below(scalars.count)
                switch g.below(3) {
                case 0: scalars.insert(contentsOf: edit, at: at)
                case 1: if !scalars.isEmpty { scalars.removeSubrange(at ..< min(scalars.count, at + 1 + g.below(3))) }
                default: if !scalars.isEmpty { scalars.replaceSubrange(at ..< at + 1, with: edit) }
                }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            check(String(text), accepted: &accepted)
        }
        XCTAssertGreaterThan(accepted, 1_000)
    }
}
