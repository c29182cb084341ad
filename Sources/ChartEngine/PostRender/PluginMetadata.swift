import GoTemplate
import HelmYAML

/// A plugin's `plugin.yaml` as Helm 4 reads it (internal/plugin): `apiVersion: v1` files are decoded
/// strictly and must name a type and a runtime; files without `apiVersion` are legacy plugins, which
/// are always `cli/v1` (or `getter/v1` with downloaders) and so never post-renderers.
struct PluginMetadata {
    struct PlatformCommand {
        var operatingSystem = ""
        var architecture = ""
        var command = ""
        var args: [String] = []
    }

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    var name: String
    var type: String
    var runtime: String
    var platformCommands: [PlatformCommand]

    private static let v1Fields: Set<String> = ["apiVersion", "name", "type", "runtime", "version", "sourceURL", "config", "runtimeConfig"]

    static func parse(_ text: String) throws -> PluginMetadata {
        let document: Value
        do {
            document = try YAMLDecoding.decodeYAML(text)
        } catch {
            throw Invalid(description: "\(error)")
        }
        guard case .map(let map) = document else {
            if case .null = document { throw Invalid(description: "invalid plugin name \"\"") }
            throw Invalid(description: "plugin.yaml is not a mapping")
        }
        let apiVersion = string(map.entries["apiVersion"])
        let name = string(map.entries["name"])
        let version = string(map.entries["version"])
        switch apiVersion {
        case "":
            guard isValidName(name) else {
                throw Invalid(description: "invalid plugin name \(GoFormat.quote(name)): must contain only a-z, A-Z, 0-9, _ and -")
            }
            if !version.isEmpty && !StrictSemanticVersion.isValid(version) {
                throw Invalid(description: "invalid plugin version \(GoFormat.quote(version)): must be valid semver")
            }
            let hasDownloaders: Bool
            if case .list(let list) = map.entries["downloaders"] ?? .null { hasDownloaders = !list.elements.isEmpty } else { hasDownloaders = false }
            var command = PlatformCommand()
            command.command = string(map.entries["command"])
            return PluginMetadata(name: name, type: hasDownloaders ? "getter/v1" : "cli/v1", runtime: "subprocess",
                                  platformCommands: try platformCommands(map.entries["platformCommand"]) + (command.command.isEmpty ? [] : [command]))
        case "v1":
            let unknown = map.entries.keys.filter { !v1Fields.contains($0) }
            if !unknown.isEmpty {
                // go-yaml's strict decoding lists each unknown top-level key with its line.
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let found = unknown.compactMap { key -> (Int, String)? in
                    guard let line = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
                    return (line + 1, key)
                }.sorted { $0.0 < $1.0 }
                throw Invalid(description: "yaml: unmarshal errors:" + found.map { "\n  line \($0.0): field \($0.1) not found in type plugin.MetadataV1" }.joined())
            }
            guard isValidName(name) else { throw Invalid(description: "invalid plugin `name`") }
            guard !version.isEmpty else { throw Invalid(description: "plugin `version` is required") }
            guard StrictSemanticVersion.isValid(version) else {
                throw Invalid(description: "invalid plugin `version` \(GoFormat.quote(version)): must be valid semver")
            }
            let type = string(map.entries["type"])
            let runtime = string(map.entries["runtime"])
            guard !type.isEmpty else { throw Invalid(description: "`type` missing") }
            guard !runtime.isEmpty else { throw Invalid(description: "`runtime` missing") }
            guard runtime == "subprocess" || runtime == "extism/v1" else {
                throw Invalid(description: "failed to convert MetadataV1 to Metadata: unsupported plugin runtime type: \(GoFormat.quote(runtime))")
            }
            var commands: [PlatformCommand] = []
            if runtime == "subprocess", case .map(let runtimeConfig) = map.entries["runtimeConfig"] ?? .null {
                commands = try platformCommands(runtimeConfig.entries["platformCommand"])
            }
            return PluginMetadata(name: name, type: type, runtime: runtime, platformCommands: commands)
        default:
            throw Invalid(description: "invalid plugin apiVersion: \(GoFormat.quote(apiVersion))")
        }
    }

    /// `^[A-Za-z0-9_-]+$`
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { c in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
        }
    }

    private static func string(_ value: Value?) -> String {
        switch value ?? .null {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .float64(let f): return GoFormat.sprint([.float64(f)])
        case .bool(let b): return b ? "true" : "false"
        default: return ""
        }
    }

    private static func platformCommands(_ value: Value?) throws -> [PlatformCommand] {
        guard case .list(let list) = value ?? .null else { return [] }
        return try list.elements.map { element in
            guard case .map(let entry) = element else { throw Invalid(description: "platformCommand entry is not a mapping") }
            var command = PlatformCommand()
            command.operatingSystem = string(entry.entries["os"])
            command.architecture = string(entry.entries["arch"])
            command.command = string(entry.entries["command"])
            if case .list(let args) = entry.entries["args"] ?? .null {
                command.args = args.elements.map { string($0) }
            }
            return command
        }
    }
}
