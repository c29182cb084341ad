import ChartEngine
import Foundation
import XCTest

/// `--output-dir`: the files Helm writes (layout, truncate-then-append, hooks appended across runs) and
/// the `wrote …` lines, compared with Helm's own run on the same chart.
final class OutputDirectoryDifferentialTests: XCTestCase {
    static let cases: [[String]] = [
        ["r", "@hooks", "--include-crds"],
        ["r", "@hooks", "--include-crds", "--release-name"],
        ["r", "@parent", "--include-crds", "--skip-tests"],
        ["r", "@parent", "--release-name", "--no-hooks"],
        ["r", "@kinds"],
    ]

    func testOutputDirectoriesMatchHelm() throws {
        _ = try HelmOracle.binary()
        for arguments in Self.cases {
            let resolved = arguments.map { $0.hasPrefix("@") ? HelmOracle.fixture(String($0.dropFirst())) : $0 }
            let root = FileManager.default.temporaryDirectory
                .appendingPathComponent("render-outdir-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let helmDirectory = root.appendingPathComponent("helm").path
            let ourDirectory = root.appendingPathComponent("ours").path
            let label = arguments.joined(separator: " ")
            // Twice: the second run shows Helm appending hooks to files that already exist.
            for run in 1...2 {
                let helm = try HelmOracle.template(resolved + ["--output-dir", helmDirectory])
                let ours = TemplateCommandLine.run(arguments: resolved + ["--output-dir", ourDirectory])
                XCTAssertEqual(ours.stdout.replacingOccurrences(of: ourDirectory, with: "DIR"),
                               helm.stdout.replacingOccurrences(of: helmDirectory, with: "DIR"),
                               "stdout differs for: \(label) (run \(run))")
                XCTAssertEqual(ours.stderr, helm.stderr, "stderr differs for: \(label) (run \(run))")
                XCTAssertEqual(ours.status, helm.status, "status differs for: \(label) (run \(run))")
                XCTAssertEqual(try Self.tree(ourDirectory), try Self.tree(helmDirectory),
                               "files differ for: \(label) (run \(run))")
            }
        }
    }

    /// Relative path → content of every file below `directory`.
    static func tree(_ directory: String) throws -> [String: String] {
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return files }
        for case let relative as String in enumerator {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try String(contentsOfFile: path, encoding: .utf8)
            }
        }
        return files
    }
}
