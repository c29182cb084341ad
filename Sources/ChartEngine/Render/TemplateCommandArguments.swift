import GoTemplate

/// The command line of `helm template`, parsed with pflag's rules (`--flag value`, `--flag=value`,
/// `-n value`, `-nvalue`, `--bool=false`, `--` ends flags) so a Helm command line works unchanged.
public struct TemplateCommandArguments {
    public var positional: [String] = []
    public var valueFiles: [String] = []
    public var setValues: [String] = []
    public var setStringValues: [String] = []
    public var setJSONValues: [String] = []
    public var setFileValues: [String] = []
    public var setLiteralValues: [String] = []
    public var namespace: String?
    public var kubeVersion: String?
    public var apiVersions: [String] = []
    public var showOnly: [String] = []
    public var outputDirectory: String?
    public var nameTemplate: String?
    public var generateName = false
    public var includeCRDs = false
    public var skipCRDs = false
    public var skipTests = false
    public var noHooks = false
    public var isUpgrade = false
    public var useReleaseName = false
    public var skipSchemaValidation = false
    /// `--debug` (global in Helm; `HELM_DEBUG` sets its default).
    public var debug = false
    /// `--version` and `--devel`: only logged for local charts.
    public var version = ""
    public var devel = false
    /// `--post-renderer NAME` and its `--post-renderer-args`.
    public var postRendererName = ""
    public var postRendererArgs: [String] = []
    /// The post-renderer Helm builds while parsing the flags (the plugin is looked up then).
    public var postRenderer: PostRenderer?
    /// Lines Helm logs to stderr while reading the flags (deprecation warnings).
    public var logLines: [String] = []

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    private enum Kind {
        case bool(WritableKeyPath<TemplateCommandArguments, Bool>)
        case string(WritableKeyPath<TemplateCommandArguments, String?>)
        case array(WritableKeyPath<TemplateCommandArguments, [String]>, commaSeparated: Bool)
        /// Accepted for compatibility with Helm command lines; no effect on rendering.
        case ignoredValue
        case ignoredBool
        /// A value only with `=` (pflag's NoOptDefVal), e.g. `--dry-run`, `--wait`.
        case ignoredOptionalValue
        case postRenderer
        case postRendererArgs
    }

    private static let longFlags: [String: Kind] = [
        "values": .array(\.valueFiles, commaSeparated: true),
        "set": .array(\.setValues, commaSeparated: false),
        "set-string": .array(\.setStringValues, commaSeparated: false),
        "set-json": .array(\.setJSONValues, commaSeparated: false),
        "set-file": .array(\.setFileValues, commaSeparated: false),
        "set-literal": .array(\.setLiteralValues, commaSeparated: false),
        "namespace": .string(\.namespace),
        "kube-version": .string(\.kubeVersion),
        "api-versions": .array(\.apiVersions, commaSeparated: true),
        "show-only": .array(\.showOnly, commaSeparated: false),
        "output-dir": .string(\.outputDirectory),
        "name-template": .string(\.nameTemplate),
        "generate-name": .bool(\.generateName),
        "include-crds": .bool(\.includeCRDs),
        "skip-crds": .bool(\.skipCRDs),
        "skip-tests": .bool(\.skipTests),
        "no-hooks": .bool(\.noHooks),
        "is-upgrade": .bool(\.isUpgrade),
        "release-name": .bool(\.useReleaseName),
        "skip-schema-validation": .bool(\.skipSchemaValidation),
        "ca-file": .ignoredValue, "cert-file": .ignoredValue, "key-file": .ignoredValue, "keyring": .ignoredValue,
        "description": .ignoredValue, "labels": .ignoredValue, "password": .ignoredValue, "username": .ignoredValue,
        "repo": .ignoredValue, "version": .string(\.versionFlag), "timeout": .ignoredValue, "post-renderer": .postRenderer,
        "post-renderer-args": .postRendererArgs, "kube-context": .ignoredValue, "kubeconfig": .ignoredValue,
        "kube-apiserver": .ignoredValue, "kube-as-user": .ignoredValue, "kube-as-group": .ignoredValue,
        "kube-ca-file": .ignoredValue, "kube-token": .ignoredValue, "kube-tls-server-name": .ignoredValue,
        "burst-limit": .ignoredValue, "qps": .ignoredValue, "color": .ignoredValue, "colour": .ignoredValue,
        "content-cache": .ignoredValue, "registry-config": .ignoredValue, "repository-cache": .ignoredValue,
        "repository-config": .ignoredValue,
        "create-namespace": .ignoredBool, "dependency-update": .ignoredBool, "devel": .bool(\.devel),
        "disable-openapi-validation": .ignoredBool, "enable-dns": .ignoredBool, "force-conflicts": .ignoredBool,
        "force-replace": .ignoredBool, "hide-notes": .ignoredBool, "insecure-skip-tls-verify": .ignoredBool,
        "pass-credentials": .ignoredBool, "plain-http": .ignoredBool, "render-subchart-notes": .ignoredBool,
        "replace": .ignoredBool, "rollback-on-failure": .ignoredBool, "server-side": .ignoredBool,
        "take-ownership": .ignoredBool, "verify": .ignoredBool, "wait-for-jobs": .ignoredBool, "debug": .bool(\.debug),
        "kube-insecure-skip-tls-verify": .ignoredBool, "validate": .ignoredBool,
        "dry-run": .ignoredOptionalValue, "wait": .ignoredOptionalValue,
    ]

    private static let shortFlags: [Character: String] = [
        "f": "values", "n": "namespace", "a": "api-versions", "s": "show-only", "g": "generate-name", "l": "labels",
    ]

    private var postRendererFactory: PostRendererFactory?

    public init() {}

    /// pflag's string flags hold "" when unset.
    private var versionFlag: String? {
        get { version }
        set { version = newValue ?? "" }
    }

    /// Builds the post-renderer for a plugin name and its arguments (looking the plugin up), or fails
    /// with the message Helm puts after `invalid argument … for "--post-renderer" flag:`.
    public typealias PostRendererFactory = (_ name: String, _ args: [String]) throws -> PostRenderer

    public static func parse(_ arguments: [String], debugDefault: Bool = false,
                             postRendererFactory: PostRendererFactory? = nil) throws -> TemplateCommandArguments {
        var parsed = TemplateCommandArguments()
        parsed.debug = debugDefault
        parsed.postRendererFactory = postRendererFactory
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                parsed.positional += arguments[index...]
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let kind = longFlags[name] else {
                    throw ParseError(description: "unknown flag: --\(name)")
                }
                try parsed.apply(kind, flag: "--" + name, inlineValue: inlineValue, arguments: arguments, index: &index)
                if name == "dry-run" && inlineValue == nil {
                    parsed.logLines.append("level=WARN msg=\"--dry-run is deprecated and should be replaced with '--dry-run=client'\"")
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                var shorthands = Substring(argument.dropFirst())
                while let letter = shorthands.first {
                    shorthands = shorthands.dropFirst()
                    guard let name = shortFlags[letter], let kind = longFlags[name] else {
                        throw ParseError(description: "unknown shorthand flag: '\(letter)' in \(argument)")
                    }
                    if case .bool = kind, !shorthands.hasPrefix("=") {
                        try parsed.apply(kind, flag: "-\(letter)", inlineValue: nil, arguments: arguments, index: &index)
                        continue
                    }
                    let inline: String? = shorthands.isEmpty ? nil
                        : String(shorthands.hasPrefix("=") ? shorthands.dropFirst() : shorthands)
                    try parsed.apply(kind, flag: "'\(letter)' in -\(letter)", inlineValue: inline, arguments: arguments,
                                     index: &index)
                    break
                }
            } else {
                parsed.positional.append(argument)
            }
        }
        return parsed
    }

    private mutating func apply(_ kind: Kind, flag: String, inlineValue: String?, arguments: [String],
                                index: inout Int) throws {
        func value() throws -> String {
            if let inlineValue { return inlineValue }
            guard index < arguments.count else {
                throw ParseError(description: "flag needs an argument: \(flag)")
            }
            index += 1
            return arguments[index - 1]
        }
        switch kind {
        case .bool(let keyPath):
            guard let inlineValue else {
                self[keyPath: keyPath] = true
                return
            }
            guard let flagValue = Self.goBool(inlineValue) else {
                throw ParseError(description: "invalid argument \(GoFormat.quote(inlineValue)) for \"\(flag)\" flag: strconv.ParseBool: parsing \(GoFormat.quote(inlineValue)): invalid syntax")
            }
            self[keyPath: keyPath] = flagValue
        case .string(let keyPath):
            self[keyPath: keyPath] = try value()
        case .array(let keyPath, let commaSeparated):
            let text = try value()
            self[keyPath: keyPath] += commaSeparated
                ? text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) : [text]
        case .ignoredValue:
            _ = try value()
        case .ignoredBool, .ignoredOptionalValue:
            break
        case .postRenderer:
            // Helm's postRendererString.Set: the plugin is looked up as the flag is read.
            let name = try value()
            if name.isEmpty { return }
            if !postRendererName.isEmpty {
                throw ParseError(description: "invalid argument \(GoFormat.quote(name)) for \"\(flag)\" flag: cannot specify --post-renderer flag more than once")
            }
            postRendererName = name
            try buildPostRenderer(flag: flag, value: name)
        case .postRendererArgs:
            let argument = try value()
            postRendererArgs.append(argument)
            if !postRendererName.isEmpty { try buildPostRenderer(flag: flag, value: argument) }
        }
    }

    private mutating func buildPostRenderer(flag: String, value: String) throws {
        guard let factory = postRendererFactory else { return }
        do {
            postRenderer = try factory(postRendererName, postRendererArgs)
        } catch {
            throw ParseError(description: "invalid argument \(GoFormat.quote(value)) for \"\(flag)\" flag: \(error)")
        }
    }

    /// Go's `strconv.ParseBool`.
    static func goBool(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: return nil
        }
    }
}
