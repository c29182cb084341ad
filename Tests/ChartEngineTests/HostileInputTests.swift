import ChartEngine
import Foundation
import XCTest

/// Charts and flags built to read outside the chart, write outside the output directory or recurse
/// forever, run through the command line as `helm template` is: each gives Helm's output or a clear
/// error (status 1, message on stderr) and never crashes the process. Expectations are Helm v4.1.4's
/// unless a test says otherwise.
final class HostileInputTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes `files` (path relative to `root`: contents) and returns the chart's path.
    @discardableResult
    private func chart(_ name: String, _ files: [String: String]) throws -> String {
        for (path, contents) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root + "/" + name
    }

    private func chartYAML(_ name: String) -> String { "apiVersion: v2\nname: \(name)\nversion: 0.1.0\n" }

    /// `.Files` only holds the chart's own files: relative escapes, absolute paths and globs give nothing.
    func testFilesOutsideTheChartReadNothing() throws {
        let path = try chart("c", [
            "outside.txt": "secret\n",
            "c/Chart.yaml": chartYAML("c"),
            "c/templates/t.yaml": """
            a: {{ .Files.Get "../outside.txt" | quote }}
            b: {{ .Files.Get "\(root)/outside.txt" | quote }}
            c: {{ .Files.Get "templates/../Chart.yaml" | quote }}
            d: {{ .Files.Glob "../*" | len }}
            e: {{ .Files.Get "/etc/passwd" | quote }}

            """,
        ])
        let outcome = TemplateCommandLine.run(arguments: ["r", path], workingDirectory: root)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.stdout, "---\n# Source: c/templates/t.yaml\na: \"\"\nb: \"\"\nc: \"\"\nd: 0\ne: \"\"\n")
        XCTAssertEqual(outcome.status, 0)
    }

    /// A link out of the chart is followed, as Helm follows it, but never silently: Helm's INFO line
    /// names the link and its target on stderr. Compared live with Helm.
    func testSymbolicLinkOutOfTheChartIsFollowedVisibly() throws {
        _ = try HelmOracle.binary()
        let path = try chart("c", [
            "outside.txt": "secret\n",
            "c/Chart.yaml": chartYAML("c"),
            "c/templates/t.yaml": "a: {{ .Files.Get \"link.txt\" | quote }}\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: path + "/link.txt", withDestinationPath: root + "/outside.txt")
        let outcome = TemplateCommandLine.run(arguments: ["r", path], workingDirectory: root,
                                              processEnvironment: HelmOracle.environment())
        let helm = try HelmOracle.template(["r", path], workingDirectory: root)
        XCTAssertEqual(outcome.stdout, helm.stdout)
        XCTAssertEqual(outcome.stderr, helm.stderr)
        XCTAssertTrue(outcome.stderr.contains("found symbolic link in path"), outcome.stderr)
        XCTAssertEqual(outcome.status, helm.status)
    }

    /// Link, device and FIFO entries of a .tgz are empty files, as Helm keeps them (their targets are
    /// never read); a directory's size field does not hide the entries after it; a directory by mode
    /// bits is skipped. (Entries with `../` or absolute paths: ChartLoaderTests.)
    func testArchiveLinkEntriesReadNothing() {
        let outcome = TemplateCommandLine.run(arguments: ["r", ChartModelFixture.path("tar-entry-types.tgz")])
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertEqual(outcome.stdout,
                       "---\n# Source: c/templates/t.yaml\nfiles: after-dir=2 dev=0 fifo=0 hard=0 last=5 slash=3 sym=0\n")
        XCTAssertEqual(outcome.status, 0)
    }

    /// Chart names and aliases become directories under --output-dir; names that would climb out are
    /// refused before anything is written.
    func testOutputDirectoryCannotBeEscaped() throws {
        let named = try chart("named", [
            "named/Chart.yaml": chartYAML("../../escape"),
            "named/templates/t.yaml": "a: 1\n",
        ])
        let aliased = try chart("aliased", [
            "aliased/Chart.yaml": chartYAML("aliased") + "dependencies:\n- name: sub\n  version: 0.1.0\n  alias: ../../../esc\n",
            "aliased/charts/sub/Chart.yaml": chartYAML("sub"),
            "aliased/charts/sub/templates/t.yaml": "a: 1\n",
        ])
        let out = root + "/deep/er/out"
        let cases = [(named, "Error: validation: chart.metadata.name \"../../escape\" is invalid\n"),
                     (aliased, "Error: validation: dependency \"sub\" has disallowed characters in the alias\n")]
        for (path, message) in cases {
            let outcome = TemplateCommandLine.run(arguments: ["r", path, "--output-dir", out], workingDirectory: root)
            XCTAssertEqual(outcome.stdout, "")
            XCTAssertEqual(outcome.stderr, message)
            XCTAssertEqual(outcome.status, 1)
        }
        let written = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("named/") && !$0.hasPrefix("aliased/") }
        XCTAssertEqual(written, [])
    }

    /// A value that renders itself through `tpl`. Helm overflows its goroutine stack and crashes
    /// ("fatal error: stack overflow", after some 45 s); here nesting stops at Helm's include limit
    /// with one short message.
    func testRecursiveTplStopsWithAClearError() throws {
        let path = try chart("g", [
            "g/Chart.yaml": chartYAML("g"),
            "g/values.yaml": "x: \"{{ tpl .Values.x . }}\"\n",
            "g/templates/t.yaml": "a: {{ tpl .Values.x . }}\n",
        ])
        let outcome = TemplateCommandLine.run(arguments: ["r", path], workingDirectory: root)
        XCTAssertEqual(outcome.stdout, "")
        XCTAssertEqual(outcome.stderr, """
            Error: template: g/templates/t.yaml:1:6: executing "g/templates/t.yaml" at <tpl .Values.x .>: \
            error calling tpl: tpl nested more than 1000 levels deep

            Use --debug flag to render out invalid YAML

            """)
        XCTAssertEqual(outcome.status, 1)
    }
}
