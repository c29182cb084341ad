import Foundation
import GoTemplate
import HelmYAML

/// `.Files`: Helm's `engine.files`, a `map[string][]byte` of the chart's non-template files with the
/// methods Get, GetBytes, Glob, Lines, AsConfig and AsSecrets. Only names inside the map can be read,
/// so templates never reach outside the chart.
enum ChartFilesObject {
    static let typeName = "engine.files"

    static func make(_ files: [ChartFile]) -> GoMap {
        var entries: [String: Value] = [:]
        for file in files { entries[file.name] = .bytes(file.data) }
        return make(entries: entries)
    }

    private static func make(entries: [String: Value]) -> GoMap {
        GoMap(entries, typeName: typeName, elementType: .bytes, methods: methods)
    }

    static let methods: GoMethodTable = [
        "GetBytes": { files in
            GoFunction([.string]) { _, arguments in
                .bytes(bytes(files, arguments.first?.stringValue ?? ""))
            }
        },
        "Get": { files in
            GoFunction([.string]) { _, arguments in
                // Go's string([]byte): a binary file keeps its bytes (`.Files.Get "logo.png" | b64enc`).
                Value.goString(bytes(files, arguments.first?.stringValue ?? ""))
            }
        },
        "Glob": { files in
            GoFunction([.string]) { _, arguments in
                let pattern = arguments.first?.stringValue ?? ""
                // Helm falls back to `**` when the pattern does not compile.
                let glob = FileGlob(pattern) ?? FileGlob("**")
                var selected: [String: Value] = [:]
                for (name, value) in files.entries where glob?.matches(name) ?? true {
                    selected[name] = value
                }
                return .map(make(entries: selected))
            }
        },
        "Lines": { files in
            GoFunction([.string]) { _, arguments in
                let path = arguments.first?.stringValue ?? ""
                guard let value = files.entries[path], case .bytes(let data) = value else {
                    return .stringList([])
                }
                // Helm indexes the last byte unguarded; on an empty file Go panics and text/template
                // reports the recovered panic.
                guard let last = data.last else {
                    throw FunctionError("runtime error: index out of range [-1]")
                }
                // Byte-wise, as Go's strings.Split: "\r" stays on each line of a CRLF file.
                let text = last == 0x0A ? data.dropLast() : data[...]
                let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).map { Value.goString($0) }
                return .list(GoList(lines, elementType: .string))
            }
        },
        "AsConfig": { files in
            GoFunction([]) { _, _ in
                var config: [String: Value] = [:]
                for (name, value) in files.entries {
                    guard case .bytes(let data) = value else { continue }
                    config[baseName(name)] = Value.goString(data)
                }
                return .string(YAMLEncoding.helmToYaml(.map(GoMap(config, elementType: .string))))
            }
        },
        "AsSecrets": { files in
            GoFunction([]) { _, _ in
                var secrets: [String: Value] = [:]
                for (name, value) in files.entries {
                    guard case .bytes(let data) = value else { continue }
                    secrets[baseName(name)] = .string(Data(data).base64EncodedString())
                }
                return .string(YAMLEncoding.helmToYaml(.map(GoMap(secrets, elementType: .string))))
            }
        },
    ]

    private static func bytes(_ files: GoMap, _ name: String) -> [UInt8] {
        guard let value = files.entries[name], case .bytes(let data) = value else { return [] }
        return data
    }

    /// Go's `path.Base`.
    static func baseName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return "." }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        let base = trimmed[trimmed.index(after: slash)...]
        return base.isEmpty ? "/" : String(base)
    }
}
