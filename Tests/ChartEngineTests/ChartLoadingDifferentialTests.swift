import ChartEngine
import Foundation
import XCTest

/// Symbolic links in chart directories, Chart.lock / requirements.lock and `--debug`, each compared
/// live with Helm 4.1.4 (stdout, stderr, exit status). Charts are built in a temporary directory
/// because their links point outside them.
final class ChartLoadingDifferentialTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "chart-loading-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    private func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    private func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: destination)
    }

    private func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    private func assertSameAsHelm(_ arguments: [String], _ message: String = "", file: StaticString = #filePath,
                                  line: UInt = #line) throws {
        let helm = try HelmOracle.template(arguments, workingDirectory: root)
        let ours = TemplateCommandLine.run(arguments: arguments, workingDirectory: root,
                                           processEnvironment: HelmOracle.environment())
        let label = message + " " + arguments.joined(separator: " ")
        XCTAssertEqual(ours.stdout, helm.stdout, "stdout differs: \(label)", file: file, line: line)
        XCTAssertEqual(ours.stderr, helm.stderr, "stderr differs: \(label)", file: file, line: line)
        XCTAssertEqual(ours.status, helm.status, "status differs: \(label)", file: file, line: line)
    }

    private func chart(_ name: String) throws {
        try write(name + "/Chart.yaml", "apiVersion: v2\nname: \(name)\nversion: 0.1.0\n")
        try write(name + "/templates/cm.yaml", "kind: ConfigMap\nmetadata:\n  name: in-chart\n")
    }

    /// Helm follows every link, inside or outside the chart, logging each at INFO; a dangling or
    /// looping link fails even when .helmignore names it.
    func testSymlinksMatchHelm() throws {
        _ = try HelmOracle.binary()
        try chart("sl")
        try write("outside/out.yaml", "kind: ConfigMap\nmetadata:\n  name: out\n")
        try write("outside/dir/d.yaml", "kind: ConfigMap\nmetadata:\n  name: d\n")
        try write("outside/data.txt", "hello from outside\n")
        try write("sl/templates/NOTES.txt", "{{ .Files.Get \"data.txt\" }}")
        try write("sl/templates/files.yaml", "kind: ConfigMap\nmetadata:\n  name: f\ndata:\n  d: {{ .Files.Get \"data.txt\" | quote }}\n")
        try link("sl/templates/out.yaml", to: "../../outside/out.yaml")
        try link("sl/data.txt", to: "../outside/data.txt")
        try assertSameAsHelm(["r", "sl"], "file links out of the chart")
        try link("sl/templates/linked", to: "../../outside/dir")
        try link("sl/templates/inside.yaml", to: "cm.yaml")
        try assertSameAsHelm(["r", "sl"], "directory link and in-chart link")
        try link("sl/dangling", to: "nowhere")
        try assertSameAsHelm(["r", "sl"], "dangling link")
        try write("sl/.helmignore", "dangling\n")
        try assertSameAsHelm(["r", "sl"], "ignored dangling link")
        try remove("sl/dangling")
        try link("sl/loop1", to: "loop2")
        try link("sl/loop2", to: "loop1")
        try assertSameAsHelm(["r", "sl"], "link loop")
        try remove("sl/loop1")
        try remove("sl/loop2")
        try link("sl/templates/broken-dir", to: "../outside/missing")
        try assertSameAsHelm(["r", "sl"], "link through a missing directory")
        try remove("sl/templates/broken-dir")
        try link("linked-chart", to: "sl")
        try assertSameAsHelm(["r", "linked-chart"], "the chart itself is a link")
        try assertSameAsHelm(["r", "sl", "--debug"], "debug")
    }

    /// Helm reads the lock only for its form: out of sync or a wrong digest is not an error for
    /// `helm template`, a malformed lock is.
    func testLockFilesMatchHelm() throws {
        _ = try HelmOracle.binary()
        try write("lk/Chart.yaml", """
            apiVersion: v2
            name: lk
            version: 0.1.0
            dependencies:
            - name: sub
              version: 0.1.0
              repository: file://charts/sub
            """)
        try write("lk/charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n")
        try write("lk/charts/sub/templates/c.yaml", "kind: ConfigMap\nmetadata:\n  name: sub\n")
        let locks = [
            "dependencies:\n- name: sub\n  repository: file://charts/sub\n  version: 0.1.0\ndigest: sha256:00\ngenerated: \"2024-01-01T00:00:00Z\"\n",
            "dependencies:\n- name: other\n  repository: https://example.com\n  version: 9.9.9\ndigest: sha256:00\n",
            "garbage: [",
            "dependencies: 3\n",
            "dependencies: [3]\n",
            "dependencies: [{name: a, tags: 3}]\n",
            "digest: [1]\n",
            "digest: 5\n",
            "generated: 5\n",
            "generated: \"x\"\n",
            "generated: 2024-01-01\n",
            "generated: \"2024-13-01T00:00:00Z\"\n",
            "generated: \"2024-01-01T00:00:00.5+02:00\"\n",
            "- a\n",
            "",
        ]
        for lock in locks {
            try write("lk/Chart.lock", lock)
            try assertSameAsHelm(["r", "lk"], "Chart.lock \(lock.debugDescription)")
        }
        try remove("lk/charts/sub")
        try assertSameAsHelm(["r", "lk"], "lock present, charts/ missing")
        try remove("lk/Chart.lock")
        try assertSameAsHelm(["r", "lk"], "no lock, charts/ missing")

        try write("v1/Chart.yaml", "apiVersion: v1\nname: v1\nversion: 0.1.0\n")
        try write("v1/requirements.yaml", "dependencies:\n- name: sub\n  version: 0.1.0\n")
        try write("v1/charts/sub/Chart.yaml", "apiVersion: v1\nname: sub\nversion: 0.1.0\n")
        try write("v1/templates/files.yaml", "kind: ConfigMap\nmetadata:\n  name: v1\ndata:\n  lock: {{ .Files.Get \"requirements.lock\" | quote }}\n")
        for lock in ["dependencies:\n- name: sub\n  version: 0.1.0\n", "dependencies: x\n", "generated: nope\n"] {
            try write("v1/requirements.lock", lock)
            try assertSameAsHelm(["r", "v1"], "requirements.lock \(lock.debugDescription)")
        }
    }

    /// `--debug` (and HELM_DEBUG): DEBUG log lines, and the partial manifest on stdout after a
    /// render failure instead of the "Use --debug flag" hint.
    func testDebugMatchesHelm() throws {
        _ = try HelmOracle.binary()
        try chart("dbg")
        let fixtures = HelmOracle.fixtures.path
        try assertSameAsHelm(["r", "dbg", "--debug"])
        try assertSameAsHelm(["r", "dbg", "--debug", "--version", "1.2.3"])
        try assertSameAsHelm(["r", "dbg", "--debug", "--devel"])
        try assertSameAsHelm(["r", "dbg", "--debug=false"])
        try assertSameAsHelm(["r", fixtures + "/deps", "--debug"])
        try assertSameAsHelm(["r", fixtures + "/parent", "--debug"])
        try assertSameAsHelm(["r", fixtures + "/schema", "--debug"])
        try assertSameAsHelm(["r", fixtures + "/schema", "--debug", "--skip-schema-validation"])
        try assertSameAsHelm(["r", "nosuch/chart", "--debug"])
        try write("dbg/templates/bad.yaml", "a: b\n c: d\n")
        // With several files Helm prints the partial manifest in Go's random map order: one file only.
        try remove("dbg/templates/cm.yaml")
        try assertSameAsHelm(["r", "dbg", "--debug"], "parse error, single file")
        try assertSameAsHelm(["r", "dbg"], "parse error without debug")
        try write("dbg/templates/bad.yaml", "{{ fail \"boom\" }}\n")
        try assertSameAsHelm(["r", "dbg", "--debug"], "template failure")

        let helm = try HelmOracle.template(["r", "dbg"], workingDirectory: root, environment: ["HELM_DEBUG": "1"])
        let ours = TemplateCommandLine.run(arguments: ["r", "dbg"], workingDirectory: root,
                                           processEnvironment: HelmOracle.environment(["HELM_DEBUG": "1"]))
        XCTAssertEqual(ours.stdout, helm.stdout)
        XCTAssertEqual(ours.stderr, helm.stderr)
        XCTAssertEqual(ours.status, helm.status)
    }

    /// YAML files that are not UTF-8 (Latin-1 `é`, a cut sequence, a bad byte in a key, a comment or a
    /// later document) fail in Helm's YAML reader; they must not be decoded lossily and rendered.
    func testYAMLFilesThatAreNotUTF8FailAsInHelm() throws {
        _ = try HelmOracle.binary()
        try chart("u8")
        try write("u8/templates/t.yaml", "x: {{ .Values.a | quote }}\n")
        let latin1: [UInt8] = Array("a: caf".utf8) + [0xE9, 0x0A]
        let samples: [[UInt8]] = [
            latin1,
            Array("a: caf".utf8) + [0xC3, 0x0A],
            Array("a: ok # caf".utf8) + [0xE9, 0x0A],
            Array("a: 1\n---\nb: caf".utf8) + [0xE9, 0x0A],
            Array("k".utf8) + [0xFF] + Array(": 1\n".utf8),
        ]
        try write("ok.yaml", "a: from-file\n")
        for sample in samples {
            try writeBytes("u8/values.yaml", sample)
            try assertSameAsHelm(["r", "u8"], "values.yaml \(sample)")
            try writeBytes("bad.yaml", sample)
            try write("u8/values.yaml", "a: ok\n")
            try assertSameAsHelm(["r", "u8", "-f", "bad.yaml"], "-f \(sample)")
        }
        try writeBytes("u8/Chart.yaml", Array("apiVersion: v2\nname: u8\nversion: 0.1.0\ndescription: ".utf8) + latin1)
        try assertSameAsHelm(["r", "u8"], "Chart.yaml")
    }
}
