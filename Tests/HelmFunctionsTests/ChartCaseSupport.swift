import ChartEngine
import HelmFunctions
import Foundation
import GoTemplate
import XCTest

/// One template checked through the whole renderer, as `helm template` ran it: the case is
/// `templates/_case.tpl` of a chart `c` (apiVersion v2, version 0.1.0, the given values.yaml), and
/// `templates/t.yaml` prints `out: {{ include "c/templates/_case.tpl" . | b64enc }}`, so the expected
/// output is the case's exact bytes (base64 survives Helm's YAML check of the manifest), or Helm's error
/// text (after `Error: `, first line and the rest).
struct ChartCase {
    enum Expected: Equatable {
        case output([UInt8])
        case error(String)
    }

    var template: [UInt8]
    var expected: Expected
    var values: String

    init(_ template: String, output: String, values: String = "") {
        self.template = Array(template.utf8)
        self.expected = .output(Array(output.utf8))
        self.values = values
    }

    /// For outputs that are not valid UTF-8.
    init(_ template: String, bytes: [UInt8], values: String = "") {
        self.template = Array(template.utf8)
        self.expected = .output(bytes)
        self.values = values
    }

    init(_ template: String, error: String, values: String = "") {
        self.template = Array(template.utf8)
        self.expected = .error(error)
        self.values = values
    }

    /// A template file that is itself not valid UTF-8.
    init(templateBytes: [UInt8], expected: Expected, values: String = "") {
        self.template = templateBytes
        self.expected = expected
        self.values = values
    }
}

enum ChartCaseRunner {
    /// Built once: building Helm's function map per case would dominate the run time.
    static let functions = HelmFunctionLibrary.registry()

    static let wrapper = "out: {{ include \"c/templates/_case.tpl\" . | b64enc }}\n"

    /// A chart directory reused for every case of a run (creating and removing one per case costs more
    /// than rendering it).
    final class Workspace {
        let root: URL
        var chartPath: String { root.appendingPathComponent("c").path }

        init() throws {
            let fm = FileManager.default
            root = fm.temporaryDirectory.appendingPathComponent("chartcase-" + UUID().uuidString)
            try fm.createDirectory(at: root.appendingPathComponent("c/templates"), withIntermediateDirectories: true)
            try Data("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8).write(to: root.appendingPathComponent("c/Chart.yaml"))
            try Data(wrapper.utf8).write(to: root.appendingPathComponent("c/templates/t.yaml"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ chartCase: ChartCase) throws {
            try Data(chartCase.values.utf8).write(to: root.appendingPathComponent("c/values.yaml"))
            try Data(chartCase.template).write(to: root.appendingPathComponent("c/templates/_case.tpl"))
        }
    }

    /// Renders the case with our engine: the decoded bytes of `out`, or the render error's message.
    static func render(_ chartCase: ChartCase, in workspace: Workspace? = nil,
                       environment: RenderEnvironment = .live) throws -> ChartCase.Expected {
        let workspace = try workspace ?? Workspace()
        try workspace.write(chartCase)
        let renderer = ChartRenderer(chart: try ChartLoader.load(path: workspace.chartPath),
                                     functions: functions, environment: environment)
        do {
            let rendering = try renderer.render(RenderRequest())
            guard let manifest = rendering.manifests.first,
                  let line = manifest.content.split(separator: "\n").first(where: { $0.hasPrefix("out: ") }) else {
                return .error("no output")
            }
            let encoded = line.dropFirst(5).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            guard let decoded = Data(base64Encoded: encoded) else { return .error("bad base64: \(encoded)") }
            return .output(Array(decoded))
        } catch let error as RenderError {
            return .error(error.message)
        }
    }

    static func check(_ cases: [ChartCase], environment: @autoclosure () -> RenderEnvironment = .live,
                      file: StaticString = #filePath, line: UInt = #line) {
        let workspace: Workspace
        do { workspace = try Workspace() } catch {
            XCTFail("cannot create the case chart: \(error)", file: file, line: line)
            return
        }
        for chartCase in cases {
            let shown = String(decoding: chartCase.template, as: UTF8.self)
            do {
                let actual = try render(chartCase, in: workspace, environment: environment())
                XCTAssertEqual(describe(actual), describe(chartCase.expected), "template: \(shown)", file: file, line: line)
            } catch {
                XCTFail("template: \(shown): \(error)", file: file, line: line)
            }
        }
    }

    /// Outputs shown with invalid UTF-8 bytes escaped, so failures are readable.
    static func describe(_ expected: ChartCase.Expected) -> String {
        switch expected {
        case .error(let message): return "error: " + message
        case .output(let bytes):
            var text = "output: "
            var i = 0
            while i < bytes.count {
                if let (scalar, width) = decodeScalar(bytes, at: i) {
                    text.unicodeScalars.append(scalar)
                    i += width
                } else {
                    text += "\\x" + String(bytes[i], radix: 16)
                    i += 1
                }
            }
            return text
        }
    }

    private static func decodeScalar(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return (scalar, UTF8.width(scalar))
        }
        return nil
    }
}
