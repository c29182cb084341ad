import Foundation
import GoTemplate
import XCTest
@testable import HelmYAML

/// Generated values compared live with the real Helm: strings built to reach every branch of the YAML
/// emitter (quoting, folding at 80 columns, literal blocks, escapes, line break characters, long and
/// multi-line keys) and values files written the way people write them. Every expected
/// output comes from Helm at test time (HELM_ORACLE); without it the tests skip.
final class GeneratedValuesOracleTests: XCTestCase {
    /// Pieces strings are assembled from: words, spaces, indicators, escapes, non-ASCII, line breaks.
    private static let pieces = [
        "a", "b", "word", "x y", "1", "-1", "0.5", "1e3", "0x1F", "true", "yes", "null", "~", "<<", "2001-12-14",
        "1:30", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?", "? ", "'", "''", "\"", "\\", ",", "[", "]", "{", "}",
        "&", "*", "!", "|", ">", "%", "@", "`", "\n", "\n\n", "\r", "\r\n", "\t", "é", "日本", "😀", "\u{85}",
        "\u{2028}", "\u{2029}", "\u{A0}", "\u{FEFF}", "\u{1}", "\u{7F}", "\u{1B}", "\u{FFFE}", "---", "...",
        String(repeating: "long ", count: 12), String(repeating: "w", count: 85), "{{ .Values.x }}", "http://x.y/z?a=b",
    ]

    private func randomString(_ g: inout SeededGenerator) -> String {
        var s = ""
        let count = g.below(4) == 0 ? g.below(30) : g.below(6)
        for _ in 0 ..< count { s += g.pick(Self.pieces) }
        return s
    }

    private func randomValue(_ g: inout SeededGenerator, depth: Int) -> Any {
        switch g.below(depth > 2 ? 5 : 8) {
        case 0: return g.pick([0, 1, -5, 1.5, 0.1, 1e21, 1e-7, 123_456_789, 3.14159] as [Double])
        case 1: return g.below(2) == 0
        case 2, 3, 4: return randomString(&g)
        case 5, 6:
            var map = [String: Any]()
            for _ in 0 ..< g.below(5) { map[randomString(&g)] = randomValue(&g, depth: depth + 1) }
            return map
        default:
            return (0 ..< g.below(4)).map { _ in randomValue(&g, depth: depth + 1) }
        }
    }

    /// toYaml and toJson of 400 generated values and 400 generated keys, in one Helm run.
    func testEmittersOnGeneratedStringsMatchHelm() throws {
        var g = SeededGenerator(seed: 20_251_122)
        var root = [String: Any]()
        for i in 0 ..< 400 {
            root[String(format: "k%03d", i)] = randomValue(&g, depth: 0)
            root[randomString(&g)] = randomString(&g)
        }
        // Characters YAML cannot carry raw (DEL, U+FFFE) or reads as line breaks go in as escapes.
        let json = String(decoding: try JSONSerialization.data(withJSONObject: root, options: [.withoutEscapingSlashes]),
                          as: UTF8.self)
            .replacingOccurrences(of: "\u{7F}", with: "\\u007f")
            .replacingOccurrences(of: "\u{FFFE}", with: "\\ufffe")
            .replacingOccurrences(of: "\u{85}", with: "\\u0085")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        try compareWithHelm(values: json, label: "generated strings")
    }

    /// Values files written the way people write them (block mappings and sequences, flow collections,
    /// quoted and plain scalars, comments), read and printed back, compared with Helm.
    func testGeneratedValuesFilesMatchHelm() throws {
        var g = SeededGenerator(seed: 7)
        var text = "# generated\n"
        for i in 0 ..< 60 {
            text += "doc\(i):\n"
            writeBlock(&g, indent: 2, depth: 0, into: &text)
        }
        try compareWithHelm(values: text, label: "generated values file", pretty: true)
    }

    /// toYaml, toJson and `toYaml | fromYaml | toJson` (and toYamlPretty when asked) of `values`,
    /// ours against Helm's.
    private func compareWithHelm(values: String, label: String, pretty: Bool = false) throws {
        var outputs = [("y", "toYaml .Values"), ("j", "toJson .Values"), ("r", ".Values | toYaml | fromYaml | toJson")]
        if pretty { outputs.append(("p", "toYamlPretty .Values")) }
        let helm = try HelmLiveOracle.render(values: values, outputs: outputs)
        let read = Value.map(try ValuesReader.readValues(values, file: "values.yaml"))
        XCTAssertEqual(YAMLEncoding.helmToYaml(read), helm["y"], "toYaml of \(label)")
        XCTAssertEqual(JSONEncoding.helmToJson(read), helm["j"], "toJson of \(label)")
        XCTAssertEqual(JSONEncoding.helmToJson(YAMLDecoding.fromYaml(YAMLEncoding.helmToYaml(read))), helm["r"],
                       "toYaml | fromYaml | toJson of \(label)")
        if pretty { XCTAssertEqual(YAMLEncoding.helmToYamlPretty(read), helm["p"], "toYamlPretty of \(label)") }
    }

    private static let plainWords = ["a", "name", "x y", "value-1", "1", "-2", "0.5", "true", "no", "~", "null", "a:b",
                                     "a#b", "http://x/y", "a{b}", "é", "日本", "v1.2.3", "2001-12-14", "1_000", "0x10"]
    private static let quotedWords = ["'single'", "'it''s'", "\"double\"", "\"tab\\there\"", "\"\\u00e9\\x41\"", "''",
                                      "\"\"", "'# not a comment'", "\"a: b\"", "\"\\U0001F600\""]

    /// Plain words that stay plain inside flow collections too.
    private static let flowWords = ["a", "name", "x y", "value-1", "1", "-2", "0.5", "true", "~", "é", "v1.2.3"]

    private func scalar(_ g: inout SeededGenerator) -> String {
        g.below(4) == 0 ? g.pick(Self.quotedWords) : g.pick(Self.plainWords)
    }

    private func flow(_ g: inout SeededGenerator, depth: Int) -> String {
        if depth > 1 || g.below(3) == 0 { return g.below(4) == 0 ? g.pick(Self.quotedWords) : g.pick(Self.flowWords) }
        if g.below(2) == 0 {
            return "[" + (0 ..< g.below(4)).map { _ in flow(&g, depth: depth + 1) }.joined(separator: ", ") + "]"
        }
        return "{" + (0 ..< g.below(4)).map { i in "f\(i): " + flow(&g, depth: depth + 1) }.joined(separator: ", ") + "}"
    }

    private func writeBlock(_ g: inout SeededGenerator, indent: Int, depth: Int, into text: inout String) {
        let pad = String(repeating: " ", count: indent)
        if g.below(6) == 0 { text += pad + "# a comment: - [x]\n" }
        if depth > 2 || g.below(3) != 0 {
            for i in 0 ..< 1 + g.below(4) {
                let key = g.below(5) == 0 ? g.pick(["'quoted key'", "\"dq\"", "a b", "k-\(i)", "<<x"]) : "key\(i)"
                switch g.below(5) {
                case 0 where depth < 3:
                    text += pad + key + ":\n"
                    if g.below(3) == 0 {
                        writeSequence(&g, indent: indent, depth: depth + 1, into: &text)
                    } else {
                        writeBlock(&g, indent: indent + 2, depth: depth + 1, into: &text)
                    }
                case 1:
                    text += pad + key + ": " + flow(&g, depth: 0) + "\n"
                case 2:
                    text += pad + key + ":" + (g.below(2) == 0 ? "" : "  # empty") + "\n"
                case 3:
                    text += pad + key + ": " + literalBlock(&g, indent: indent)
                case 4 where g.below(2) == 0:
                    text += pad + key + ":\n" + pad + "    " + flow(&g, depth: 0) + "\n"
                default:
                    text += pad + key + ": " + scalar(&g) + (g.below(4) == 0 ? " # trailing" : "") + "\n"
                }
            }
        } else {
            writeSequence(&g, indent: indent, depth: depth, into: &text)
        }
    }

    /// A `|` block (clip, strip or keep) with text lines, blank lines and more-indented lines.
    private func literalBlock(_ g: inout SeededGenerator, indent: Int) -> String {
        var block = g.pick(["|", "|-", "|+", "| # header comment"]) + "\n"
        let pad = String(repeating: " ", count: indent + 2)
        block += pad + g.pick(["#!/bin/sh", "line one", "key: value", "{x}"]) + "\n"
        for _ in 0 ..< g.below(4) {
            switch g.below(4) {
            case 0: block += "\n"
            case 1: block += pad + "  " + g.pick(["indented", "- item", "# not a comment"]) + "\n"
            default: block += pad + g.pick(["more text", "a: b", "trailing  "]) + "\n"
            }
        }
        return block
    }

    private func writeSequence(_ g: inout SeededGenerator, indent: Int, depth: Int, into text: inout String) {
        let pad = String(repeating: " ", count: indent)
        for _ in 0 ..< 1 + g.below(3) {
            switch g.below(3) {
            case 0 where depth < 3:
                text += pad + "- name: " + scalar(&g) + "\n"
                text += pad + "  value: " + flow(&g, depth: 0) + "\n"
            case 1:
                text += pad + "- " + flow(&g, depth: 0) + "\n"
            default:
                text += pad + "- " + scalar(&g) + "\n"
            }
        }
    }
}
