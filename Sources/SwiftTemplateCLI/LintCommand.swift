import ArgumentParser
import ChartEngine
import Foundation

/// `swift-template lint [CHART…] [flags]`: Helm 4's `helm lint`, same report, same exit status.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Examine charts for possible issues, as `helm lint` does.")

    @Argument(help: "Chart directories (default: the current directory).")
    var charts: [String] = []

    @Option(name: [.short, .customLong("values")], help: "Values files (repeatable, comma-separated).")
    var valueFiles: [String] = []

    @Option(name: .customLong("set"), help: "Set values on the command line (key1=val1,key2=val2).")
    var setValues: [String] = []

    @Option(name: .customLong("set-string"), help: "Set STRING values on the command line.")
    var setStringValues: [String] = []

    @Option(name: .customLong("set-json"), help: "Set JSON values on the command line.")
    var setJSONValues: [String] = []

    @Option(name: .customLong("set-file"), help: "Set values from files (key=path).")
    var setFileValues: [String] = []

    @Option(name: .customLong("set-literal"), help: "Set a literal STRING value.")
    var setLiteralValues: [String] = []

    @Flag(help: "Fail on lint warnings.")
    var strict = false

    @Flag(help: "Print only warnings and errors.")
    var quiet = false

    @Flag(name: .customLong("with-subcharts"), help: "Lint dependent charts.")
    var withSubcharts = false

    @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.")
    var skipSchemaValidation = false

    @Option(name: .customLong("kube-version"), help: "Kubernetes version for capabilities and deprecation checks.")
    var kubeVersion: String?

    @Option(name: [.short, .long], help: "Namespace for the release.")
    var namespace = "default"

    func run() throws {
        let values = ValuesOptions(
            // pflag's string slices split on commas.
            valueFiles: valueFiles.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) },
            values: setValues, stringValues: setStringValues, jsonValues: setJSONValues,
            fileValues: setFileValues, literalValues: setLiteralValues)
        let options = LintOptions(chartPaths: charts, values: values, strict: strict, quiet: quiet,
                                  withSubcharts: withSubcharts, skipSchemaValidation: skipSchemaValidation,
                                  kubeVersion: kubeVersion, namespace: namespace)
        let outcome = LintCommandLine.run(options)
        FileHandle.standardOutput.write(Data(outcome.stdout.utf8))
        FileHandle.standardError.write(Data(outcome.stderr.utf8))
        if outcome.status != 0, isatty(STDERR_FILENO) == 1 {
            FileHandle.standardError.write(Data(Self.excerpts(report: outcome.stdout).utf8))
        }
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    /// One excerpt per chart section (`==> Linting <path>`) naming a template location; terminals only,
    /// so scripts and the differential tests see Helm's bytes alone.
    private static func excerpts(report: String) -> String {
        report.components(separatedBy: "==> Linting ").dropFirst().compactMap { section in
            guard let newline = section.firstIndex(of: "\n") else { return nil }
            let chart = String(section[..<newline])
            return SourceExcerpt.render(errorText: String(section[newline...]), chartDirectory: chart).map { "\n" + $0 }
        }.joined()
    }
}
