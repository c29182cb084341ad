import Foundation
import GoTemplate

/// Helm 4's plugin lookup (`FindPlugin`): every directory of `$HELM_PLUGINS` (a `:` list; by default
/// helmpath's data directory + `/plugins`) is scanned for `*/plugin.yaml`; plugins that fail to load
/// are skipped silently; two plugins of one name in a directory fail the lookup; the first plugin
/// matching name and type wins.
struct PluginCatalog {
    struct Plugin {
        var metadata: PluginMetadata
        var directory: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var directories: [String]

    /// `HELM_PLUGINS`, else `$HELM_DATA_HOME/plugins`, `$XDG_DATA_HOME/helm/plugins` or
    /// `$HOME/.local/share/helm/plugins`.
    init(environment: [String: String]) {
        let list: String
        if let plugins = environment["HELM_PLUGINS"], !plugins.isEmpty {
            list = plugins
        } else if let data = environment["HELM_DATA_HOME"], !data.isEmpty {
            list = data + "/plugins"
        } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            list = xdg + "/helm/plugins"
        } else {
            list = (environment["HOME"] ?? "") + "/.local/share/helm/plugins"
        }
        // Go's filepath.SplitList.
        directories = list.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    }

    init(directories: [String]) {
        self.directories = directories
    }

    /// Every lookup loads every plugin again and logs each that fails to load (Helm 4.1.4 does this
    /// at start-up, for each `--post-renderer` lookup and when it collects getter plugins).
    func find(name: String, type: String, log: DiagnosticLog? = nil) throws -> Plugin {
        for directory in directories {
            let plugins = try loadAll(directory, log: log)
            if let plugin = plugins.first(where: { $0.metadata.name == name && $0.metadata.type == type }) {
                return plugin
            }
        }
        throw Failure(description: "plugin: {Name:\(name) Type:\(type)} not found")
    }

    /// `LoadAllDir`: `<dir>/*/plugin.yaml` in name order, load errors ignored, duplicates an error.
    /// Loads every plugin for its warnings alone.
    func logLoadFailures(into log: DiagnosticLog) {
        for directory in directories { _ = try? loadAll(directory, log: log) }
    }

    private func loadAll(_ directory: String, log: DiagnosticLog?) throws -> [Plugin] {
        let base = directory.isEmpty ? "." : directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        var plugins: [Plugin] = []
        var seen: [String: String] = [:]
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let pluginDirectory = cleanPath(directory + "/" + name)
            let file = pluginDirectory + "/plugin.yaml"
            guard (try? GoFileSystem.lstatPath(file)) != nil, let data = try? GoFileSystem.readFile(file) else { continue }
            let metadata: PluginMetadata
            do {
                metadata = try PluginMetadata.parse(String(decoding: data, as: UTF8.self))
            } catch {
                log?.warn("failed to load plugin (ignoring)", [("plugin_yaml", file),
                          ("error", "failed to load plugin \(GoFormat.quote(pluginDirectory)): \(error)")])
                continue
            }
            if let previous = seen[metadata.name] {
                throw Failure(description: "two plugins claim the name \(GoFormat.quote(metadata.name)) at \(GoFormat.quote(previous)) and \(GoFormat.quote(pluginDirectory))")
            }
            seen[metadata.name] = pluginDirectory
            plugins.append(Plugin(metadata: metadata, directory: pluginDirectory))
        }
        return plugins
    }
}
