import Foundation
import GoTemplate

/// A `postrenderer/v1` plugin run by Helm 4's subprocess runtime: the platform command is chosen for
/// this OS and architecture, `$VAR`s in it are expanded from the environment (plus
/// `HELM_PLUGIN_NAME` and `HELM_PLUGIN_DIR`), `--post-renderer-args` are appended, the manifests are
/// written to its stdin and its stdout is the result. Its stderr is discarded, as Helm does.
public struct PostRendererPlugin: PostRenderer {
    public let name: String
    let directory: String
    let commands: [PluginMetadata.PlatformCommand]
    let runtime: String
    let extraArgs: [String]
    let environment: [String: String]

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Helm's `NewPostRendererPlugin`: finds the plugin now, failing as the flag does.
    public init(name: String, args: [String], environment: [String: String], log: DiagnosticLog? = nil) throws {
        let plugin: PluginCatalog.Plugin
        do {
            plugin = try PluginCatalog(environment: environment).find(name: name, type: "postrenderer/v1", log: log)
        } catch {
            throw Failure(description: "\(error)")
        }
        self.name = plugin.metadata.name
        self.directory = plugin.directory
        self.commands = plugin.metadata.platformCommands
        self.runtime = plugin.metadata.runtime
        self.extraArgs = args
        self.environment = environment
    }

    public func run(_ manifests: String, log: DiagnosticLog?) throws -> String {
        let output: String
        do {
            output = try invoke(manifests, log: log)
        } catch let failure as Failure {
            throw Failure(description: "failed to invoke post-renderer plugin \(GoFormat.quote(name)): \(failure.description)")
        }
        if GoStrings.trimSpace(output).isEmpty {
            throw Failure(description: "post-renderer \(GoFormat.quote(name)) produced empty output")
        }
        return output
    }

    private func invoke(_ manifests: String, log: DiagnosticLog?) throws -> String {
        guard runtime == "subprocess" else {
            throw Failure(description: "the \(runtime) plugin runtime (WebAssembly) is not supported by swift-template")
        }
        var env = environment
        env["HELM_PLUGIN_NAME"] = name
        env["HELM_PLUGIN_DIR"] = directory
        guard let selected = Self.platformCommand(commands), let first = selected.parts.first, !first.isEmpty else {
            throw Failure(description: "failed to prepare plugin command: no plugin command is applicable")
        }
        let lookup: (String) -> String = { env[$0] ?? "" }
        let main = GoExpand.expand(first, lookup)
        let args = selected.parts.dropFirst().map { GoExpand.expand($0, lookup) }
            + selected.args.map { GoExpand.expand($0, lookup) } + extraArgs

        let resolved = Self.lookPath(main, path: environment["PATH"] ?? "")
        log?.debug("executing plugin command", [("pluginName", name), ("command", ([resolved.path] + args).joined(separator: " "))])
        if let error = resolved.error { throw Failure(description: error) }

        let result = try SubprocessRun.run(executable: resolved.path, arguments: args, environment: env,
                                           input: Array(manifests.utf8))
        switch result.termination {
        case .exited(0):
            return String(decoding: result.stdout, as: UTF8.self)
        case .exited(let code):
            log?.debug("plugin execution failed", [("pluginName", name), ("error", "exit status \(code)"),
                                                   ("exitCode", String(code)), ("stderr", "")])
        case .signaled(let signal):
            log?.debug("plugin execution failed", [("pluginName", name), ("error", "signal: \(SubprocessRun.signalName(signal))"),
                                                   ("exitCode", "-1"), ("stderr", "")])
        }
        throw Failure(description: "plugin \(GoFormat.quote(name)) exited with error")
    }

    /// Helm's `getPlatformCommand`: an exact OS+arch match wins, then OS with no arch, then the first
    /// entry with neither. The command string is split on single spaces.
    static func platformCommand(_ commands: [PluginMetadata.PlatformCommand]) -> (parts: [String], args: [String])? {
        let os = "linux"
        #if arch(arm64)
        let arch = "arm64"
        #else
        let arch = "amd64"
        #endif
        var chosen: PluginMetadata.PlatformCommand?
        var foundOS = false
        for command in commands {
            if command.operatingSystem.lowercased() == os && command.architecture.lowercased() == arch {
                chosen = command
                break
            }
            if (!command.operatingSystem.isEmpty && command.operatingSystem.lowercased() != os) || !command.architecture.isEmpty {
                continue
            }
            if !foundOS && !command.operatingSystem.isEmpty {
                chosen = command
                foundOS = true
            } else if chosen == nil {
                chosen = command
            }
        }
        guard let chosen else { return nil }
        return (chosen.command.split(separator: " ", omittingEmptySubsequences: false).map(String.init), chosen.args)
    }

    /// `exec.Command`'s `LookPath` for names without a slash, with Go's error text.
    static func lookPath(_ name: String, path: String) -> (path: String, error: String?) {
        if name.contains("/") {
            if access(name, X_OK) != 0 {
                return (name, "fork/exec \(name): \(GoFileSystem.errnoText(errno))")
            }
            return (name, nil)
        }
        if !name.isEmpty {
            for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
                let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + name
                guard let info = try? GoFileSystem.statPath(candidate), info.kind != .directory,
                      access(candidate, X_OK) == 0 else { continue }
                // Go refuses results relative to the working directory.
                if !candidate.hasPrefix("/") {
                    return (name, "exec: \(GoFormat.quote(name)): cannot run executable found relative to current directory")
                }
                return (candidate, nil)
            }
        }
        return (name, "exec: \(GoFormat.quote(name)): executable file not found in $PATH")
    }
}
