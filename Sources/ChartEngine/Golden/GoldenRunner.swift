import Foundation
import GoTemplate

/// Runs golden cases through the engine (the same code path as `swift-template template`) and compares
/// each output with its `expected.yaml` byte for byte; with `update`, rewrites `expected.yaml` from the
/// engine's own output instead — for chart authors using the runner on their own charts, never for this
/// repository's goldens, which only the real Helm writes (scripts/regen-golden.sh).
public struct GoldenRunner {
    public enum Outcome: Equatable {
        case passed
        case failed(diff: String)
        case updated
        case error(String)
    }

    public struct Result: Equatable {
        public var goldenCase: GoldenCase
        public var outcome: Outcome
    }

    /// Folder that the cases' relative paths (in `args`) are relative to: the repository root.
    public var root: String
    public var environment: RenderEnvironment

    public init(root: String = FileManager.default.currentDirectoryPath, environment: RenderEnvironment = .live) {
        self.root = root
        self.environment = environment
    }

    public func run(_ goldenCase: GoldenCase, update: Bool = false) -> Result {
        let outcome = TemplateCommandLine.run(arguments: goldenCase.arguments, workingDirectory: root,
                                              environment: environment)
        guard outcome.status == 0 else {
            return Result(goldenCase: goldenCase, outcome: .error(outcome.stderr))
        }
        let expectedPath = GoldenCase.resolve(goldenCase.expectedPath, against: root)
        if update {
            do {
                try Data(outcome.stdout.utf8).write(to: URL(fileURLWithPath: expectedPath), options: .atomic)
                return Result(goldenCase: goldenCase, outcome: .updated)
            } catch {
                return Result(goldenCase: goldenCase, outcome: .error("cannot write \(goldenCase.expectedPath): \(error)"))
            }
        }
        guard let data = FileManager.default.contents(atPath: expectedPath) else {
            return Result(goldenCase: goldenCase, outcome: .error("\(goldenCase.expectedPath): missing (generate it with the real Helm)"))
        }
        let expected = String(decoding: data, as: UTF8.self)
        if Data(outcome.stdout.utf8) == data { return Result(goldenCase: goldenCase, outcome: .passed) }
        let diff = UnifiedDiff.diff(expected: expected, actual: outcome.stdout,
                                    expectedLabel: goldenCase.expectedPath, actualLabel: "swift-template")
        return Result(goldenCase: goldenCase, outcome: .failed(diff: diff.isEmpty ? "outputs differ in bytes that are not lines (encoding or line endings)\n" : diff))
    }

    /// Discovers and runs every case under `directories` (default `golden`).
    public func run(directories: [String] = ["golden"], update: Bool = false) throws -> [Result] {
        try GoldenCase.discover(under: directories, relativeTo: root).map { run($0, update: update) }
    }

    /// A readable report: one line per case, diffs and errors under failing ones, and a closing count line.
    public static func report(_ results: [Result]) -> String {
        var out = ""
        var passed = 0, failed = 0, updated = 0
        for result in results {
            switch result.outcome {
            case .passed:
                passed += 1
                out += "PASS \(result.goldenCase.directory)\n"
            case .updated:
                updated += 1
                out += "UPDATED \(result.goldenCase.directory)/expected.yaml (from swift-template's own output)\n"
            case .failed(let diff):
                failed += 1
                out += "FAIL \(result.goldenCase.directory)\n" + diff
            case .error(let message):
                failed += 1
                out += "FAIL \(result.goldenCase.directory): render failed\n" + message
                if !message.hasSuffix("\n") { out += "\n" }
            }
        }
        out += "\(passed) passed, \(failed) failed" + (updated > 0 ? ", \(updated) updated" : "") + "\n"
        return out
    }
}
