import GoTemplate
import HelmYAML

/// Decodes Chart.yaml (and v1 requirements.yaml) the way Helm does: sigs.k8s.io/yaml converts YAML to
/// JSON, converting scalars to strings where the Go field is a string (`1.10` → "1.1", `yes` → "true"),
/// then encoding/json fills the struct, ignoring unknown fields.
struct ChartMetadataDecoder {
    struct FieldError: Error {
        var message: String
    }

    /// Applies the fields present in `document` to `metadata` (json.Unmarshal into an existing struct).
    static func apply(_ document: Value, to metadata: inout ChartMetadata) throws {
        guard case .map(let fields) = document else {
            if document.isNil { return }
            throw FieldError(message: "json: cannot unmarshal \(jsonKind(document)) into Go value of type v2.Metadata")
        }
        for key in fields.sortedKeys {
            guard let value = fields[key] else { continue }
            switch key.lowercased() {
            case "name": try string(value, "name") { metadata.name = $0 }
            case "home": try string(value, "home") { metadata.home = $0 }
            case "sources": try strings(value, "sources") { metadata.sources = $0 }
            case "version": try string(value, "version") { metadata.version = $0 }
            case "description": try string(value, "description") { metadata.description = $0 }
            case "keywords": try strings(value, "keywords") { metadata.keywords = $0 }
            case "maintainers":
                try maintainers(value) { list in
                    metadata.maintainers = list.compactMap { $0 }
                    metadata.hasNullMaintainer = list.contains { $0 == nil }
                }
            case "icon": try string(value, "icon") { metadata.icon = $0 }
            case "apiversion": try string(value, "apiVersion") { metadata.apiVersion = $0 }
            case "condition": try string(value, "condition") { metadata.condition = $0 }
            case "tags": try string(value, "tags") { metadata.tags = $0 }
            case "appversion": try string(value, "appVersion") { metadata.appVersion = $0 }
            case "deprecated": try bool(value, "Metadata.deprecated") { metadata.deprecated = $0 }
            case "annotations": try stringMap(value, "annotations") { metadata.annotations = $0 }
            case "kubeversion": try string(value, "kubeVersion") { metadata.kubeVersion = $0 }
            case "dependencies":
                try dependencies(value) { list in
                    metadata.dependencies = list.compactMap { $0 }
                    metadata.hasNullDependency = list.contains { $0 == nil }
                    metadata.declaresDependencies = true
                }
            case "type": try string(value, "type") { metadata.type = $0 }
            default: continue
            }
        }
    }

    // MARK: - field kinds

    /// JSON's name for a value kind in unmarshal errors.
    static func jsonKind(_ value: Value) -> String {
        switch value {
        case .bool: return "bool"
        case .int, .int64, .uint8, .float64: return "number"
        case .string, .rawString: return "string"
        case .list, .bytes: return "array"
        case .map, .object: return "object"
        case .null, .invalid: return "null"
        }
    }

    static func mismatch(_ value: Value, field: String, type: String) -> FieldError {
        FieldError(message: "json: cannot unmarshal \(jsonKind(value)) into Go struct field \(field) of type \(type)")
    }

    /// The string sigs.k8s.io/yaml makes of a YAML scalar bound for a string field; nil for null.
    static func scalarString(_ value: Value) -> String?? {
        switch value {
        case .null, .invalid: return .some(nil)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .uint8(let i): return String(i)
        case .float64(let d):
            if d.isFinite, d == d.rounded(), abs(d) < 9.007199254740992e15 {
                return String(Int64(d))
            }
            return GoFloatFormat.g32(d)
        default: return nil
        }
    }

    private static func string(_ value: Value, _ json: String, _ assign: (String) -> Void) throws {
        try string(value, field: "Metadata.\(json)", assign)
    }

    private static func string(_ value: Value, field: String, _ assign: (String) -> Void) throws {
        guard let converted = scalarString(value) else {
            throw mismatch(value, field: field, type: "string")
        }
        if let s = converted { assign(s) }
    }

    private static func bool(_ value: Value, _ field: String, _ assign: (Bool) -> Void) throws {
        switch value {
        case .bool(let b): assign(b)
        case .null, .invalid: return
        default: throw mismatch(value, field: field, type: "bool")
        }
    }

    private static func strings(_ value: Value, _ json: String, _ assign: ([String]) -> Void) throws {
        try strings(value, field: "Metadata.\(json)", assign)
    }

    private static func strings(_ value: Value, field json: String, _ assign: ([String]) -> Void) throws {
        switch value {
        case .null, .invalid: return
        case .list(let list):
            var out: [String] = []
            for element in list.elements {
                guard let converted = scalarString(element) else {
                    throw mismatch(element, field: json, type: "string")
                }
                out.append(converted ?? "")
            }
            assign(out)
        default:
            throw mismatch(value, field: json, type: "[]string")
        }
    }

    private static func stringMap(_ value: Value, _ json: String, _ assign: ([String: String]) -> Void) throws {
        switch value {
        case .null, .invalid: return
        case .map(let map):
            var out: [String: String] = [:]
            for (key, element) in map.entries {
                guard let converted = scalarString(element) else {
                    throw mismatch(element, field: "Metadata.\(json)", type: "string")
                }
                out[key] = converted ?? ""
            }
            assign(out)
        default:
            throw mismatch(value, field: "Metadata.\(json)", type: "map[string]string")
        }
    }

    private static func maintainers(_ value: Value, _ assign: ([ChartMaintainer?]) -> Void) throws {
        switch value {
        case .null, .invalid: return
        case .list(let list):
            var out: [ChartMaintainer?] = []
            for element in list.elements {
                switch element {
                case .null, .invalid: out.append(nil)
                case .map(let fields):
                    var m = ChartMaintainer()
                    for (key, field) in fields.entries {
                        switch key.lowercased() {
                        case "name": try string(field, field: "Maintainer.maintainers.name") { m.name = $0 }
                        case "email": try string(field, field: "Maintainer.maintainers.email") { m.email = $0 }
                        case "url": try string(field, field: "Maintainer.maintainers.url") { m.url = $0 }
                        default: continue
                        }
                    }
                    out.append(m)
                default:
                    throw mismatch(element, field: "Metadata.maintainers", type: "v2.Maintainer")
                }
            }
            assign(out)
        default:
            throw mismatch(value, field: "Metadata.maintainers", type: "[]*v2.Maintainer")
        }
    }

    /// `dependencies` of Chart.yaml (`Metadata`) or of Chart.lock (`Lock`), with Go's field paths.
    static func dependencies(_ value: Value, owner: String = "Metadata", _ assign: ([ChartDependency?]) -> Void) throws {
        switch value {
        case .null, .invalid: return
        case .list(let list):
            var out: [ChartDependency?] = []
            for element in list.elements {
                switch element {
                case .null, .invalid: out.append(nil)
                case .map(let fields):
                    var d = ChartDependency(name: "")
                    for key in fields.sortedKeys {
                        guard let field = fields[key] else { continue }
                        switch key.lowercased() {
                        case "name": try string(field, field: "Dependency.dependencies.name") { d.name = $0 }
                        case "version": try string(field, field: "Dependency.dependencies.version") { d.version = $0 }
                        case "repository": try string(field, field: "Dependency.dependencies.repository") { d.repository = $0 }
                        case "condition": try string(field, field: "Dependency.dependencies.condition") { d.condition = $0 }
                        case "tags": try strings(field, field: "Dependency.dependencies.tags") { d.tags = $0 }
                        case "enabled": try bool(field, "Dependency.dependencies.enabled") { d.enabled = $0 }
                        case "import-values":
                            switch field {
                            case .null, .invalid: break
                            case .list(let items): d.importValues = items.elements
                            default: throw mismatch(field, field: "Dependency.dependencies.import-values", type: "[]interface {}")
                            }
                        case "alias": try string(field, field: "Dependency.dependencies.alias") { d.alias = $0 }
                        default: continue
                        }
                    }
                    out.append(d)
                default:
                    throw mismatch(element, field: "\(owner).dependencies", type: "v2.Dependency")
                }
            }
            assign(out)
        default:
            throw mismatch(value, field: "\(owner).dependencies", type: "[]*v2.Dependency")
        }
    }
}
