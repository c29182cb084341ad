import ArgumentParser
import ChartEngine
import Foundation

/// `swift-template template [NAME] CHART [flags]` (alias `render`): Helm 4's `helm template`. Flags follow
/// Helm's pflag rules exactly, so they are handed to `TemplateCommandArguments` untouched.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Locally render templates, as `helm template` does.",
        discussion: "Accepts helm template's arguments and flags: [NAME] CHART, -f, --set, -n, -s, --include-crds, …",
        aliases: ["render"])

    @Argument(parsing: .allUnrecognized, help: "[NAME] CHART and helm template flags")
    var arguments: [String] = []

    func run() throws {
        let status = Self.run(arguments: arguments)
        if status != 0 { throw ExitCode(status) }
    }

    /// Renders, writes stdout and stderr, and returns the exit status (shared with `TemplateFastPath`).
    static func run(arguments: [String]) -> Int32 {
        let outcome = TemplateCommandLine.run(arguments: arguments)
        // Helm logs (warnings, debug lines) as it works, prints the manifests, then the error if any.
        let stderr = Array(outcome.stderr.utf8)
        let split = min(max(outcome.stderrBytesBeforeStdout, 0), stderr.count)
        FileHandle.standardError.write(Data(stderr[..<split]))
        FileHandle.standardOutput.write(Data(outcome.stdout.utf8))
        FileHandle.standardError.write(Data(stderr[split...]))
        if outcome.status != 0, isatty(STDERR_FILENO) == 1, let excerpt = excerpt(for: outcome, arguments: arguments) {
            FileHandle.standardError.write(Data(("\n" + excerpt).utf8))
        }
        return outcome.status
    }

    /// Only for people at a terminal: scripts and the differential tests must see Helm's bytes alone.
    private static func excerpt(for outcome: TemplateCommandLine.Outcome, arguments: [String]) -> String? {
        guard let chart = (try? TemplateCommandArguments.parse(arguments))?.positional.last else { return nil }
        return SourceExcerpt.render(errorText: outcome.stderr, chartDirectory: chart)
    }
}
