import ArgumentParser

/// `swift-template`: Helm's `template` command (and, later, `test`, `lint`, `tenant`) in Swift.
struct SwiftTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swift-template",
        abstract: "Render Helm charts exactly as Helm 4 does.",
        subcommands: [TemplateCommand.self])
}

SwiftTemplateCommand.main()
