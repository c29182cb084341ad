import Foundation
import XCTest

/// Runs the real Helm (HELM_ORACLE, or `.helm-oracle/helm` from scripts/fetch-helm.sh) on a throw-away
/// chart, so that the generated cases below take every expected output from Helm itself. Tests that
/// need it skip when it is absent.
enum HelmLiveOracle {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["HELM_ORACLE"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let fetched = repositoryRoot + "/.helm-oracle/helm"
        if FileManager.default.isExecutableFile(atPath: fetched) { return fetched }
        throw XCTSkip("the Helm oracle is not fetched (scripts/fetch-helm.sh)")
    }

    /// Renders a chart whose only template holds one `name: {{ <pipeline> | b64enc | quote }}` line per
    /// entry of `outputs`, with `values` as the `-f` file, and returns each output decoded. Base64 keeps
    /// any text the pipeline prints from being read back as YAML by Helm's manifest check.
    static func render(values: String, outputs: [(name: String, pipeline: String)]) throws -> [String: String] {
        let helm = try binary()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("helm-yaml-oracle-\(UUID().uuidString)")
        let chart = work.appendingPathComponent("probe")
        try FileManager.default.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try "apiVersion: v2\nname: probe\nversion: 0.1.0\n".write(to: chart.appendingPathComponent("Chart.yaml"), atomically: true, encoding: .utf8)
        let template = outputs.map { "\($0.name): {{ \($0.pipeline) | b64enc | quote }}\n" }.joined()
        try template.write(to: chart.appendingPathComponent("templates/out.yaml"), atomically: true, encoding: .utf8)
        let valuesFile = work.appendingPathComponent("values.yaml")
        try values.write(to: valuesFile, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: helm)
        process.arguments = ["template", "x", chart.path, "-f", valuesFile.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Drain stderr on another thread so that neither pipe can fill up and stall Helm.
        let errors = Collected()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errors.data = stderr.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HelmFailed(message: String(decoding: errors.data, as: UTF8.self))
        }
        var decoded = [String: String]()
        for line in String(decoding: outData, as: UTF8.self).split(separator: "\n") {
            for output in outputs where line.hasPrefix(output.name + ": \"") && line.hasSuffix("\"") {
                let base64 = line.dropFirst(output.name.count + 3).dropLast()
                guard let data = Data(base64Encoded: String(base64)) else { continue }
                decoded[output.name] = String(decoding: data, as: UTF8.self)
            }
        }
        return decoded
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    struct HelmFailed: Error {
        var message: String
    }
}

/// A small deterministic generator (SplitMix64), so every run builds the same cases.
struct SeededGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
