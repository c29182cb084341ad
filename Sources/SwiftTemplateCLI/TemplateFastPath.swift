import ChartEngine

/// `swift-template template …` without ArgumentParser. `TemplateCommand` hands its arguments through
/// untouched anyway, and ArgumentParser's reflection-driven setup (type lookups, mirrors) costs more
/// than rendering a typical chart. Anything ArgumentParser itself would answer (help, completion
/// scripts, its dump) still goes through it.
enum TemplateFastPath {
    /// The arguments after `template`/`render` when the fast path gives the same result, else nil.
    static func arguments(_ commandLine: [String]) -> [String]? {
        guard commandLine.count >= 2, TemplateCommand.configuration.commandName == commandLine[1]
                || TemplateCommand.configuration.aliases.contains(commandLine[1]) else { return nil }
        let arguments = Array(commandLine.dropFirst(2))
        return arguments.contains(where: mayBeArgumentParserFlag) ? nil : arguments
    }

    /// Conservative: any spelling that ArgumentParser might claim (`-h` inside a short-flag cluster,
    /// `--help`, `--generate-completion-script`, `--experimental-…`, `---completion`, `--`).
    private static func mayBeArgumentParserFlag(_ argument: String) -> Bool {
        if argument == "--" || argument.hasPrefix("---") { return true }
        if argument.hasPrefix("--") {
            return argument.hasPrefix("--help") || argument.hasPrefix("--generate-completion")
                || argument.hasPrefix("--experimental")
        }
        return argument.hasPrefix("-") && argument.contains("h")
    }
}
