import Foundation
import XCTest

/// The `swift-template tenant` subcommands as a user runs them: the built binary on a copy of
/// examples/gitops, checking output, exit status, stderr and that failures leave the tree unchanged.
final class TenantCLITests: XCTestCase {
    static let repositoryRoot = GitOpsFixture.checkout.path

    struct Run { var stdout: String; var stderr: String; var status: Int32 }

    func testOnboardFromStdinThenFailuresLeaveTheTreeUnchanged() throws {
        let fixture = try GitOpsFixture()
        let tree = fixture.root
        let onboard = try run(["tenant", "onboard", "--repo", tree],
                              stdin: #"{"tenant_id": "tenant-1", "tenant_tier": "premium", "release_version": "0.0"}"#)
        XCTAssertEqual(onboard.status, 0, onboard.stderr)
        XCTAssertTrue(onboard.stdout.hasPrefix("onboarded tenant tenant-1 (tier premium, release version 0.0)\n"), onboard.stdout)
        XCTAssertTrue(onboard.stdout.contains("  created tenants/premium/tenant-1.yaml\n"))

        let before = try fixture.snapshot()
        let failures: [([String], String?, String)] = [
            (["tenant", "onboard", "--repo", tree, "--tenant", "tenant-1", "--tier", "basic", "--release-version", "0.0"], nil,
             "Error: tenant \"tenant-1\" is already onboarded: tenants/premium/tenant-1.yaml exists\n"),
            (["tenant", "onboard", "--repo", tree, "--tenant", "Bad_1", "--tier", "basic", "--release-version", "0.0"], nil,
             "Error: invalid tenant_id \"Bad_1\": must consist of lower case letters, digits and '-' (found 'B')\n"),
            (["tenant", "onboard", "--repo", tree], #"{"tenant_id": "tenant-5", "tenant_tier": "gold", "release_version": "0.0"}"#,
             "Error: unknown tier \"gold\""),
            (["tenant", "onboard", "--repo", tree, "--message", "{not json"], nil, "Error: "),
            (["tenant", "offboard", "--repo", tree, "--tenant", "tenant-404"], nil, "Error: "),
        ]
        for (arguments, stdin, expected) in failures {
            let result = try run(arguments, stdin: stdin)
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix(expected), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
            XCTAssertTrue(try fixture.snapshot() == before, "\(arguments) changed the tree")
        }

        let list = try run(["tenant", "list", "--repo", tree])
        XCTAssertEqual(list.stdout, "TENANT    TIER     RELEASE  FILE\ntenant-1  premium  0.0      tenants/premium/tenant-1.yaml\n")
        let preview = try run(["tenant", "preview", "--repo", tree, "--tenant", "tenant-1"])
        XCTAssertTrue(preview.stdout.hasPrefix("---\n# Source: helm-tenant-chart/templates/serviceaccount.yaml\n"))
        let fleet = try run(["tenant", "render-all", "--repo", tree])
        XCTAssertTrue(fleet.stdout.hasPrefix("rendered 1 of 1 tenants ("), fleet.stdout)
        let offboard = try run(["tenant", "offboard", "--repo", tree, "--tenant", "tenant-1"])
        XCTAssertEqual(offboard.status, 0)
        let original = try GitOpsFixture()
        XCTAssertTrue(try fixture.snapshot() == original.snapshot(), "onboard + offboard did not restore the tree")
    }

    func testGoldenRunnerCommandPassesOnTheRepositoryGoldens() throws {
        let result = try run(["test", "golden"], workingDirectory: Self.repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix(" passed, 0 failed\n"), result.stdout)
    }

    // MARK: - Helpers

    private func binary() throws -> String {
        // The test bundle is built beside the package's executables.
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory.appendingPathComponent("swift-template").path,
                          Self.repositoryRoot + "/.build/debug/swift-template"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw XCTSkip("swift-template is not built (swift build)")
    }

    private func run(_ arguments: [String], stdin: String? = nil, workingDirectory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory ?? Self.repositoryRoot)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Drain stderr while stdout is read, so neither pipe can fill and stall the child.
        let errorReader = errors.fileHandleForReading
        let drained = DispatchGroup()
        final class Box: @unchecked Sendable { var data = Data() }
        let errorData = Box()
        DispatchQueue.global().async(group: drained) { errorData.data = errorReader.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Run(stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData.data, as: UTF8.self),
                   status: process.terminationStatus)
    }


}
