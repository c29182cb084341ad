import Foundation

/// Runs the real Helm (`.helm-oracle/helm`, fetched by `scripts/fetch-helm.sh` when missing) so that
/// differential tests take every expected output from Helm itself.
enum HelmOracle {
    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root, found from this file's location (Tests/ChartEngineTests/HelmOracle.swift).
    static let testsDirectory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()

    static let repositoryRoot: URL = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures: URL = testsDirectory.appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cachedBinary: String?

    /// Path of the Helm binary, fetching it once if needed.
    static func binary() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let cachedBinary { return cachedBinary }
        let candidate = repositoryRoot.appendingPathComponent(".helm-oracle/helm").path
        if !FileManager.default.isExecutableFile(atPath: candidate) {
            let fetch = try run(executable: "/bin/bash",
                                arguments: [repositoryRoot.appendingPathComponent("scripts/fetch-helm.sh").path])
            guard fetch.status == 0, FileManager.default.isExecutableFile(atPath: candidate) else {
                throw Unavailable(description: "cannot fetch Helm: \(fetch.stderr)")
            }
        }
        cachedBinary = candidate
        return candidate
    }

    /// `helm template <arguments>`, run in `workingDirectory`.
    static func template(_ arguments: [String], workingDirectory: String? = nil,
                         environment: [String: String] = [:]) throws -> Result {
        try run(executable: binary(), arguments: ["template"] + arguments, workingDirectory: workingDirectory,
                environment: environment)
    }

    /// The environment every oracle run gets, plus `extra`; our side is run with the same one.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(extra) { $1 }
    }

    /// `helm lint <arguments>`, run in `workingDirectory`.
    static func lint(_ arguments: [String], workingDirectory: String? = nil) throws -> Result {
        try run(executable: binary(), arguments: ["lint"] + arguments, workingDirectory: workingDirectory)
    }

    static func run(executable: String, arguments: [String], workingDirectory: String? = nil,
                    environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        // A clean, fixed environment: no user Helm config or namespace leaks into the oracle's output.
        process.environment = environment(extra)
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Drain stderr on another thread: a long error (deep include chains) would otherwise fill the pipe
        // while stdout is being read, and both processes would wait forever.
        let errData = CollectedData()
        let stderrDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData.data = stderr.fileHandleForReading.readDataToEndOfFile()
            stderrDone.signal()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        stderrDone.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self),
                      status: process.terminationStatus)
    }
}

/// Bytes read on another thread; the semaphore orders the write before the read.
private final class CollectedData: @unchecked Sendable {
    var data = Data()
}
