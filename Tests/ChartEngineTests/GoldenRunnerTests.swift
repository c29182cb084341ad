import Foundation
import XCTest
@testable import ChartEngine

/// The golden suite: every case under golden/ must render byte-for-byte as the real Helm printed it.
final class GoldenRunnerTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func testEveryGoldenCaseMatchesHelm() throws {
        let runner = GoldenRunner(root: Self.repositoryRoot)
        let results = try runner.run(directories: ["golden"])
        XCTAssertGreaterThanOrEqual(results.count, 10, "golden cases were not discovered")
        for result in results where result.outcome != .passed {
            XCTFail(GoldenRunner.report([result]))
        }
    }

    func testTierCasesShowTheTenancyModels() throws {
        func expected(_ name: String) throws -> String {
            try String(contentsOfFile: Self.repositoryRoot + "/golden/helm-tenant-chart/\(name)/expected.yaml", encoding: .utf8)
        }
        // Hybrid: the producer's Service lives in pool-1 and selects the pool's pods.
        let advanced = try expected("advanced")
        XCTAssertTrue(advanced.contains("  name: tenant-3-producer\n  namespace: pool-1\n"))
        XCTAssertTrue(advanced.contains("    app: pool-1-producer\n"))
        XCTAssertFalse(advanced.contains("name: tenant-3-producer\n  namespace: tenant-3\n"))
        // Pool: no Deployment at all.
        XCTAssertFalse(try expected("basic").contains("kind: Deployment"))
        // Silo: both Deployments in the tenant's namespace, IRSA annotations on the accounts.
        let premium = try expected("premium")
        XCTAssertEqual(premium.components(separatedBy: "kind: Deployment").count - 1, 2)
        XCTAssertTrue(premium.contains("eks.amazonaws.com/role-arn: \"arn:aws:iam::123456789012:role/producer-role-tenant-1\""))
    }

    func testFailingCaseReportsAUnifiedDiff() throws {
        let directory = try temporaryCase(expected: "---\n# Source: wrong\n")
        let runner = GoldenRunner(root: Self.repositoryRoot)
        let result = runner.run(try GoldenCase.load(directory: directory, relativeTo: Self.repositoryRoot))
        guard case .failed(let diff) = result.outcome else { return XCTFail("expected a failure, got \(result.outcome)") }
        XCTAssertTrue(diff.hasPrefix("--- \(directory)/expected.yaml\n+++ swift-template\n@@ "), diff)
        XCTAssertTrue(diff.contains("\n-# Source: wrong\n"), diff)
        XCTAssertTrue(diff.contains("\n+# Source: helm-tenant-chart/templates/serviceaccount.yaml\n"), diff)
        XCTAssertTrue(GoldenRunner.report([result]).hasSuffix("0 passed, 1 failed\n"))
    }

    func testUpdateRewritesExpectedFromTheEngine() throws {
        let directory = try temporaryCase(expected: "stale\n")
        let runner = GoldenRunner(root: Self.repositoryRoot)
        let goldenCase = try GoldenCase.load(directory: directory, relativeTo: Self.repositoryRoot)
        XCTAssertEqual(runner.run(goldenCase, update: true).outcome, .updated)
        XCTAssertEqual(runner.run(goldenCase).outcome, .passed)
        let premium = try String(contentsOfFile: Self.repositoryRoot + "/golden/helm-tenant-chart/premium/expected.yaml", encoding: .utf8)
        XCTAssertEqual(try String(contentsOfFile: directory + "/expected.yaml", encoding: .utf8), premium)
    }

    func testRenderErrorIsReportedAsFailure() throws {
        let directory = try temporaryCase(expected: "", extraArguments: ["--set", "apps.producer.replicaCount=three"])
        let result = GoldenRunner(root: Self.repositoryRoot).run(try GoldenCase.load(directory: directory, relativeTo: Self.repositoryRoot))
        guard case .error(let message) = result.outcome else { return XCTFail("expected an error, got \(result.outcome)") }
        XCTAssertTrue(message.contains("- at '/apps/producer/replicaCount': got string, want integer"), message)
    }

    func testArgsMustStartWithTemplate() throws {
        let directory = NSTemporaryDirectory() + "golden-args-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "install\nx\n".write(toFile: directory + "/args", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try GoldenCase.load(directory: directory, relativeTo: "/")) { error in
            XCTAssertTrue("\(error)".contains("the first argument must be `template`, got `install`"))
        }
    }

    /// A copy of the premium case whose expected output is `expected`, in a temporary folder.
    private func temporaryCase(expected: String, extraArguments: [String] = []) throws -> String {
        let directory = NSTemporaryDirectory() + "golden-case-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
        let args = try String(contentsOfFile: Self.repositoryRoot + "/golden/helm-tenant-chart/premium/args", encoding: .utf8)
        try (args + extraArguments.map { $0 + "\n" }.joined()).write(toFile: directory + "/args", atomically: true, encoding: .utf8)
        try expected.write(toFile: directory + "/expected.yaml", atomically: true, encoding: .utf8)
        return directory
    }
}

/// The diff is checked against GNU diff's unified output on generated inputs.
final class UnifiedDiffTests: XCTestCase {
    func testIdenticalTextsHaveNoDiff() {
        XCTAssertEqual(UnifiedDiff.diff(expected: "a\nb\n", actual: "a\nb\n"), "")
    }

    func testHunksMatchGNUDiff() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/diff") else { throw XCTSkip("no /usr/bin/diff") }
        var generator = SplitMix(seed: 42)
        for round in 0..<60 {
            let base = (0..<Int(generator.next() % 40)).map { _ in "line\(generator.next() % 12)" }
            var changed = base
            for _ in 0..<Int(generator.next() % 6) {
                let choice = generator.next() % 3
                if choice == 0, !changed.isEmpty { changed.remove(at: Int(generator.next() % UInt64(changed.count))) }
                else if choice == 1 { changed.insert("new\(generator.next() % 5)", at: Int(generator.next() % UInt64(changed.count + 1))) }
                else if !changed.isEmpty { changed[Int(generator.next() % UInt64(changed.count))] = "edit\(round)" }
            }
            let a = base.map { $0 + "\n" }.joined(), b = changed.map { $0 + "\n" }.joined()
            let ours = UnifiedDiff.diff(expected: a, actual: b)
            let gnu = try gnuDiff(a, b)
            // Equal-cost diffs may place edits differently; the hunk headers and the applied result must agree.
            XCTAssertEqual(ours.isEmpty, gnu.isEmpty, "round \(round)")
            XCTAssertEqual(apply(ours, to: base), changed, "round \(round):\n\(ours)")
            XCTAssertEqual(headers(ours).count, headers(gnu).count, "round \(round):\nours:\n\(ours)\ngnu:\n\(gnu)")
        }
    }

    private func headers(_ diff: String) -> [Substring] { diff.split(separator: "\n").filter { $0.hasPrefix("@@") } }

    /// Applies a unified diff's hunks to `lines`, to show the diff is a correct edit script.
    private func apply(_ diff: String, to lines: [String]) -> [String] {
        var result: [String] = []
        var position = 0
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("---") && !line.hasPrefix("+++") {
            if line.hasPrefix("@@") {
                let old = line.split(separator: " ")[1].dropFirst().split(separator: ",")
                var start = Int(old[0]) ?? 1
                if old.count > 1, old[1] == "0" { start += 1 }
                while position < start - 1 { result.append(lines[position]); position += 1 }
            } else if line.hasPrefix(" ") { result.append(String(line.dropFirst())); position += 1 }
            else if line.hasPrefix("-") { position += 1 }
            else if line.hasPrefix("+") { result.append(String(line.dropFirst())) }
        }
        while position < lines.count { result.append(lines[position]); position += 1 }
        return result
    }

    private func gnuDiff(_ a: String, _ b: String) throws -> String {
        let dir = NSTemporaryDirectory() + "udiff-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try a.write(toFile: dir + "/a", atomically: true, encoding: .utf8)
        try b.write(toFile: dir + "/b", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", dir + "/a", dir + "/b"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
