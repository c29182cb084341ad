import ChartEngine
import Foundation
import XCTest

/// `helm template` on charts whose output or template files are not UTF-8: Helm's YAML check of each
/// manifest rejects invalid bytes with go-yaml's reader errors, while partials, comments, NOTES.txt and
/// base64 of binary files pass. Expected stdout, or the text after `Error: `, was printed by Helm v4.1.4
/// for the same chart (`helm template c`).
final class InvalidUTF8RenderTests: XCTestCase {
    struct RenderCase {
        var templates: [String: [UInt8]]
        var files: [String: [UInt8]] = [:]
        var stdout: String?
        var error: String?
    }

    static func yamlError(_ file: String, _ message: String) -> String {
        "YAML parse error on c/templates/\(file): error converting YAML to JSON: yaml: \(message)"
    }

    static let cases: [String: RenderCase] = [
        "a character cut by trunc": RenderCase(templates: ["t.yaml": Array("a: {{ trunc 1 \"é\" }}\n".utf8)],
                                                error: yamlError("t.yaml", "incomplete UTF-8 octet sequence")),
        "a Latin-1 template file": RenderCase(templates: ["t.yaml": Array("# caf".utf8) + [0xE9] + Array("\na: 1\n".utf8)],
                                              error: yamlError("t.yaml", "invalid trailing UTF-8 octet")),
        "a second document": RenderCase(templates: ["t.yaml": Array("a: 1\n---\nb: {{ \"\\xff\" }}\n".utf8)],
                                        error: yamlError("t.yaml", "invalid leading UTF-8 octet")),
        "a comment": RenderCase(templates: ["t.yaml": Array("a: 1\n{{/* caf".utf8) + [0xE9] + Array(" */}}\n".utf8)],
                                stdout: "---\n# Source: c/templates/t.yaml\na: 1\n"),
        "a partial read through b64enc": RenderCase(
            templates: ["_p.tpl": Array("{{ define \"p\" }}caf".utf8) + [0xE9] + Array("{{ end }}".utf8),
                        "t.yaml": Array("a: {{ include \"p\" . | b64enc }}\nb: {{ include \"p\" . | len }}\n".utf8)],
            stdout: "---\n# Source: c/templates/t.yaml\na: Y2Fm6Q==\nb: 4\n"),
        "a binary file and a CRLF file": RenderCase(
            templates: ["t.yaml": Array("a: {{ .Files.Get \"bin.dat\" | b64enc }}\nn: {{ .Files.Get \"bin.dat\" | len }}\nl: {{ .Files.Lines \"crlf.txt\" | toJson }}\n".utf8)],
            files: ["bin.dat": (0...255).map { UInt8($0) }, "crlf.txt": Array("x\r\ny\r\n".utf8)],
            stdout: "---\n# Source: c/templates/t.yaml\na: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==\nn: 256\nl: [\"x\\r\",\"y\\r\"]\n"),
        "an unexecuted branch, then a bad file": RenderCase(
            templates: ["t.yaml": Array("{{ if false }}caf".utf8) + [0xE9] + Array("{{ end }}a: 1\n".utf8),
                        "u.yaml": Array("b: \"caf".utf8) + [0xE9] + Array("\"\n".utf8)],
            error: yamlError("u.yaml", "incomplete UTF-8 octet sequence")),
        "a Latin-1 byte in a string literal": RenderCase(
            templates: ["t.yaml": Array("a: \"{{ \"caf".utf8) + [0xE9] + Array("\" }}\"\n".utf8)],
            stdout: "---\n# Source: c/templates/t.yaml\na: \"caf\u{FFFD}\"\n"),
        "files are checked in path order": RenderCase(
            templates: ["b.yaml": Array("a: {{ \"\\xe2\\x82\" }}\n".utf8), "a.yaml": Array("x: [\n".utf8)],
            error: "YAML parse error on c/templates/a.yaml: error converting YAML to JSON: yaml: line 1: did not find expected node content"),
        "toJson, toYaml and quote": RenderCase(
            templates: ["t.yaml": Array("a: {{ \"\\xff\" | toJson }}\nb: {{ \"\\xff\" | toYaml }}\nc: {{ \"\\xff\" | quote }}\n".utf8)],
            stdout: "---\n# Source: c/templates/t.yaml\na: \"\\ufffd\"\nb: \u{FFFD}\nc: \"\\xff\"\n"),
        "NOTES.txt": RenderCase(templates: ["NOTES.txt": Array("caf".utf8) + [0xE9] + Array(" {{ \"\\xff\" }}".utf8),
                                            "t.yaml": Array("a: 1\n".utf8)],
                                stdout: "---\n# Source: c/templates/t.yaml\na: 1\n"),
        "after a long block": RenderCase(
            templates: ["t.yaml": Array("a: |\n  \(String(repeating: "x", count: 600))\n  {{ \"\\xff\" }}\n".utf8)],
            error: yamlError("t.yaml", "invalid leading UTF-8 octet")),
        "a key": RenderCase(templates: ["t.yaml": Array("{{ \"\\xff\" }}: 1\n".utf8)], error: yamlError("t.yaml", "invalid leading UTF-8 octet")),
        "after a document end marker": RenderCase(templates: ["t.yaml": Array("a: 1\n...\n{{ \"\\xff\" }}\n".utf8)],
                                                  error: yamlError("t.yaml", "invalid leading UTF-8 octet")),
        "a syntax error first, invalid bytes later": RenderCase(
            templates: ["t.yaml": Array("a: b: c\n# \(String(repeating: "x", count: 20000))\nb: ".utf8) + [0xFF, 0x0A]],
            error: yamlError("t.yaml", "mapping values are not allowed in this context")),
    ]

    /// `--set-file` of a binary file: Helm keeps its bytes (`helm template c --set-file k=bin.dat` printed
    /// `a: //4AAWFiYw==` and `n: 7` for the bytes ff fe 00 01 61 62 63).
    func testSetFileKeepsTheFileBytes() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("utf8-setfile-" + UUID().uuidString)
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root.appendingPathComponent("c/templates"), withIntermediateDirectories: true)
        try Data("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8).write(to: root.appendingPathComponent("c/Chart.yaml"))
        try Data("a: {{ .Values.k | b64enc }}\nn: {{ .Values.k | len }}\n".utf8)
            .write(to: root.appendingPathComponent("c/templates/t.yaml"))
        try Data([0xFF, 0xFE, 0x00, 0x01, 0x61, 0x62, 0x63]).write(to: root.appendingPathComponent("bin.dat"))
        let values = try ValuesOptions(fileValues: ["k=bin.dat"]).mergeValues(baseDirectory: root.path)
        let renderer = try ChartRenderer(chartPath: root.appendingPathComponent("c").path)
        let stdout = try renderer.renderText(RenderRequest(values: values), output: TemplateOutputOptions()).stdout
        XCTAssertEqual(stdout, "---\n# Source: c/templates/t.yaml\na: //4AAWFiYw==\nn: 7\n")
    }

    func testHelmTemplateOnOutputThatIsNotUTF8() throws {
        for (name, renderCase) in Self.cases.sorted(by: { $0.key < $1.key }) {
            let fm = FileManager.default
            let root = fm.temporaryDirectory.appendingPathComponent("utf8-render-" + UUID().uuidString)
            defer { try? fm.removeItem(at: root) }
            try fm.createDirectory(at: root.appendingPathComponent("c/templates"), withIntermediateDirectories: true)
            try Data("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8).write(to: root.appendingPathComponent("c/Chart.yaml"))
            for (file, bytes) in renderCase.templates {
                try Data(bytes).write(to: root.appendingPathComponent("c/templates/" + file))
            }
            for (file, bytes) in renderCase.files { try Data(bytes).write(to: root.appendingPathComponent("c/" + file)) }
            let renderer = try ChartRenderer(chartPath: root.appendingPathComponent("c").path)
            do {
                let stdout = try renderer.renderText(RenderRequest(), output: TemplateOutputOptions()).stdout
                XCTAssertEqual(stdout, renderCase.stdout, name)
                XCTAssertNil(renderCase.error, name)
            } catch let error as RenderError {
                XCTAssertEqual(error.message, renderCase.error, name)
                XCTAssertTrue(error.suggestsDebugFlag, name)
            }
        }
    }
}
