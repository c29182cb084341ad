/// The Go type sigs.k8s.io/yaml decodes into, as far as it changes the YAML→JSON conversion: where the
/// target is a `string`, scalar numbers and booleans are turned into strings before JSON sees them
/// (`convertToJSONableObject`). Only Helm's manifest head (`SimpleHead`) needs this.
enum JSONTargetShape: Equatable {
    /// `interface{}` and friends: no coercion.
    case any
    /// `SimpleHead`: `apiVersion` and `kind` are strings, `metadata` a struct.
    case manifestHead
    /// SimpleHead's metadata: `name` a string, `annotations` a `map[string]string`.
    case manifestMetadata
    /// `map[string]string`.
    case stringMap
    case string

    /// The shape of a key's value; struct fields match JSON names exactly or case-insensitively.
    func child(_ key: String) -> JSONTargetShape {
        switch self {
        case .any, .string: return .any
        case .stringMap: return .string
        case .manifestHead:
            switch key.lowercased() {
            case "apiversion", "kind": return .string
            case "metadata": return .manifestMetadata
            default: return .any
            }
        case .manifestMetadata:
            switch key.lowercased() {
            case "name": return .string
            case "annotations": return .stringMap
            default: return .any
            }
        }
    }

    /// sigs.k8s.io/yaml's coercion of a number or bool for a string target: ints in decimal, floats
    /// as float32 `%g` (`NaN`, `+Inf` included), bools as `true`/`false`. nil for other scalars.
    func coercedString(_ scalar: ResolvedScalar) -> String? {
        switch scalar {
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .float(let f): return GoFloatFormat.g32(f)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}
