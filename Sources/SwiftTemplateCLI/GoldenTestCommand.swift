import ArgumentParser
import ChartEngine
import Foundation

/// `swift-template test [DIR…]`: runs golden cases (folders with `args` and `expected.yaml`) through the
/// engine and reports each as passed or failed with a unified diff.
struct GoldenTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run golden cases: render each case's args and compare with its expected.yaml byte for byte.",
        discussion: """
            A case is a folder with `args` (the command line after the program name, one argument per line, \
            starting with `template`) and `expected.yaml`. Paths in args are relative to the current directory. \
            --update rewrites expected.yaml from swift-template's own output: for your own charts only — \
            a golden written by the engine under test proves nothing against Helm.
            """)

    @Argument(help: "Folders to search for cases (default: golden).")
    var directories: [String] = ["golden"]

    @Flag(help: "Rewrite each expected.yaml from swift-template's output instead of comparing.")
    var update = false

    func run() throws {
        let results: [GoldenRunner.Result]
        do {
            results = try GoldenRunner().run(directories: directories, update: update)
        } catch {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        FileHandle.standardOutput.write(Data(GoldenRunner.report(results).utf8))
        let failed = results.contains {
            switch $0.outcome {
            case .failed, .error: return true
            case .passed, .updated: return false
            }
        }
        if failed || results.isEmpty { throw ExitCode.failure }
    }
}
