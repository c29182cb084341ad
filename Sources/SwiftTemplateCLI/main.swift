import ArgumentParser
import Foundation

/// `swift-template`: Helm's `template`, a golden-file runner and the GitOps tenant tool.
struct SwiftTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swift-template",
        abstract: "Render Helm charts exactly as Helm 4 does.",
        subcommands: [TemplateCommand.self, GoldenTestCommand.self, TenantCommand.self, LintCommand.self])
}

if let arguments = TemplateFastPath.arguments(CommandLine.arguments) {
    exit(TemplateCommand.run(arguments: arguments))
}
SwiftTemplateCommand.main()
