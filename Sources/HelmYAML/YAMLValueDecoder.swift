import GoTemplate

/// Turns a parsed YAML document into the value Helm sees after sigs.k8s.io/yaml's round trip:
/// go-yaml v2 decodes into `interface{}` (merge keys, aliases, its alias-bomb limit), keys become
/// strings (`convertToJSONableObject`), then `json.Marshal` and `json.Unmarshal` make every number a
/// float64 and refuse NaN and infinities.
///
/// Done in one pass. Errors keep Go's precedence: a YAML decoding error wins over a key that cannot be
/// a JSON key, which wins over a value JSON cannot encode.
struct YAMLValueDecoder {
    /// Stage errors in Go's order (decode → key conversion → json.Marshal).
    private var keyError: YAMLError?
    private var marshalError: YAMLError?
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var activeAliases = Set<ObjectIdentifier>()
    /// Alias chains can nest deeper than the text; past this depth the caller retries on a large stack.
    private var depthLimit = Int.max
    private var depth = 0

    /// Decodes `root` (nil for an empty stream → `.null`). Error messages start like Go's:
    /// `yaml: ...` for go-yaml errors, `unsupported map key ...`, `json: unsupported value: NaN`;
    /// callers add sigs.k8s.io/yaml's `error converting YAML to JSON: `.
    static func decode(_ root: YAMLNode?, target: JSONTargetShape = .any,
                       depthLimit: Int = Int.max) throws -> Value {
        guard let root else { return .null }
        var decoder = YAMLValueDecoder()
        decoder.depthLimit = depthLimit
        // go-yaml counts the document node itself.
        decoder.decodeCount = 1
        let value = try decoder.unmarshal(root, shape: target)
        if let e = decoder.keyError { throw e }
        if let e = decoder.marshalError { throw e }
        return value
    }

    private mutating func count() throws {
        decodeCount &+= 1
        if aliasDepth > 0 { aliasCount &+= 1 }
        if aliasCount > 100 && decodeCount > 1000
            && Double(aliasCount) / Double(decodeCount) > Self.allowedAliasRatio(decodeCount) {
            throw YAMLError("yaml: document contains excessive aliasing")
        }
    }

    /// go-yaml's limit on how much of a document may come from alias expansion ("billion laughs").
    private static func allowedAliasRatio(_ decodeCount: Int) -> Double {
        let low = 400_000.0, high = 4_000_000.0
        let count = Double(decodeCount)
        if count <= low { return 0.99 }
        if count >= high { return 0.10 }
        return 0.99 - 0.89 * ((count - low) / (high - low))
    }

    private mutating func unmarshal(_ node: YAMLNode, shape: JSONTargetShape) throws -> Value {
        try count()
        depth += 1
        defer { depth -= 1 }
        if depth > depthLimit { throw DeepNesting.TooDeep() }
        switch node.kind {
        case .alias:
            return try followAlias(node) { try $0.unmarshal($1, shape: shape) }
        case .scalar:
            let scalar = try resolve(node)
            if shape == .string, let text = shape.coercedString(scalar) { return .string(text) }
            return try convertScalar(scalar)
        case .sequence:
            var elements = [Value]()
            elements.reserveCapacity(node.children.count)
            for child in node.children {
                elements.append(try unmarshal(child, shape: .any))
            }
            return .list(GoList(elements))
        case .mapping:
            let map = GoMap()
            map.entries.reserveCapacity(node.children.count / 2)
            try fill(map, from: node, shape: shape)
            return .map(map)
        }
    }

    private mutating func followAlias<T>(_ node: YAMLNode, _ body: (inout YAMLValueDecoder, YAMLNode) throws -> T) throws -> T {
        let id = ObjectIdentifier(node)
        if activeAliases.contains(id) {
            throw YAMLError("yaml: anchor '\(node.value)' value contains itself")
        }
        guard let target = node.target else { throw YAMLError("yaml: unknown anchor '\(node.value)' referenced") }
        activeAliases.insert(id)
        aliasDepth &+= 1
        defer {
            aliasDepth &-= 1
            activeAliases.remove(id)
        }
        return try body(&self, target)
    }

    private func resolve(_ node: YAMLNode) throws -> ResolvedScalar {
        // Quoted and block scalars without a tag are strings.
        if node.tag.isEmpty && !node.implicit { return .string(node.value) }
        return try YAMLScalarResolver.resolve(tag: node.tag, value: node.value)
    }

    private mutating func convertScalar(_ scalar: ResolvedScalar) throws -> Value {
        switch scalar {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .float64(Double(i))
        case .uint(let u): return .float64(Double(u))
        case .float(let f):
            if !f.isFinite && marshalError == nil {
                marshalError = YAMLError("json: unsupported value: " + GoFloatFormat.g(f))
            }
            return .float64(f)
        case .string(let s), .timestamp(let s): return .string(s)
        case .binary(let bytes): return .string(GoUTF8.string(bytes))
        case .merge: return .string("<<")
        }
    }

    /// Decodes the pairs of `node` into `map`, later keys replacing earlier ones; `<<` merges.
    private mutating func fill(_ map: GoMap, from node: YAMLNode, shape: JSONTargetShape) throws {
        let children = node.children
        var i = 0
        while i + 1 < children.count {
            let keyNode = children[i], valueNode = children[i + 1]
            i += 2
            if isMerge(keyNode) {
                try merge(valueNode, into: map, shape: shape)
                continue
            }
            let key = try unmarshalKey(keyNode)
            let name = jsonKey(key, value: valueNode)
            let value = try unmarshal(valueNode, shape: name.map { shape.child($0) } ?? .any)
            if let name {
                map.entries[name] = value
            }
        }
    }

    private func isMerge(_ node: YAMLNode) -> Bool {
        node.kind == .scalar && node.value == "<<" && (node.implicit || node.tag == YAMLTag.merge)
    }

    private mutating func merge(_ node: YAMLNode, into map: GoMap, shape: JSONTargetShape) throws {
        let wantMap = YAMLError("yaml: map merge requires map or sequence of maps as the value")
        switch node.kind {
        case .mapping:
            try count()
            try fill(map, from: node, shape: shape)
        case .alias:
            guard node.target?.kind == .mapping else { throw wantMap }
            try mergeAlias(node, into: map, shape: shape)
        case .sequence:
            // Backwards: earlier maps take precedence.
            for child in node.children.reversed() {
                switch child.kind {
                case .alias:
                    guard child.target?.kind == .mapping else { throw wantMap }
                    try mergeAlias(child, into: map, shape: shape)
                case .mapping:
                    try count()
                    try fill(map, from: child, shape: shape)
                default:
                    throw wantMap
                }
            }
        case .scalar:
            throw wantMap
        }
    }

    private mutating func mergeAlias(_ node: YAMLNode, into map: GoMap, shape: JSONTargetShape) throws {
        try count()
        try followAlias(node) { decoder, target in
            try decoder.count()
            try decoder.fill(map, from: target, shape: shape)
        }
    }

    /// A decoded map key: a scalar (maps and sequences are refused, as go-yaml does).
    private enum Key {
        case scalar(ResolvedScalar)
    }

    private mutating func unmarshalKey(_ node: YAMLNode) throws -> Key {
        try count()
        switch node.kind {
        case .alias:
            return try followAlias(node) { try $0.unmarshalKey($1) }
        case .scalar:
            return .scalar(try resolve(node))
        case .sequence, .mapping:
            throw YAMLError("yaml: invalid map key: " + GoSyntax.format(node))
        }
    }

    /// sigs.k8s.io/yaml's key conversion: strings as they are, ints in decimal, floats as float32 `g`,
    /// bools as `true`/`false`. Other keys record an error and are dropped.
    private mutating func jsonKey(_ key: Key, value: YAMLNode) -> String? {
        guard case .scalar(let scalar) = key else { return nil }
        switch scalar {
        case .string(let s), .timestamp(let s): return s
        case .merge: return "<<"
        case .binary(let bytes): return GoUTF8.string(bytes)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let f):
            switch GoFloatFormat.g32(f) {
            case "+Inf": return ".inf"
            case "-Inf": return "-.inf"
            case "NaN": return ".nan"
            case let s: return s
            }
        case .null:
            recordKeyError(type: "%!s(<nil>)", key: "<nil>", value: value)
            return nil
        case .uint(let u):
            recordKeyError(type: "uint64", key: "0x" + String(u, radix: 16), value: value)
            return nil
        }
    }

    private mutating func recordKeyError(type: String, key: String, value: YAMLNode) {
        guard keyError == nil else { return }
        keyError = YAMLError("unsupported map key of type: \(type), key: \(key), value: \(GoSyntax.format(value))")
    }
}
