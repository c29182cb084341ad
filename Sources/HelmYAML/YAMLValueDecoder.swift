import GoTemplate

/// Turns a parsed YAML document into the value Helm sees after sigs.k8s.io/yaml's round trip:
/// go-yaml v2 decodes into `interface{}` (merge keys, aliases, its alias-bomb limit), keys become
/// strings (`convertToJSONableObject`), then `json.Marshal` and `json.Unmarshal` make every number a
/// float64 and refuse NaN and infinities.
///
/// Done in one pass. Errors keep Go's precedence: a YAML decoding error wins over a key that cannot be
/// a JSON key, which wins over a value JSON cannot encode.
struct YAMLValueDecoder {
    private let document: YAMLDocument
    /// Stage errors in Go's order (decode → key conversion → json.Marshal).
    private var keyError: YAMLError?
    private var marshalError: YAMLError?
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var activeAliases = Set<Int>()
    /// Alias chains can nest deeper than the text; past this depth the caller retries on a large stack.
    private var depthLimit = Int.max
    private var depth = 0

    private init(document: YAMLDocument) {
        self.document = document
    }

    /// Decodes `document` (nil for an empty stream → `.null`). Error messages start like Go's:
    /// `yaml: ...` for go-yaml errors, `unsupported map key ...`, `json: unsupported value: NaN`;
    /// callers add sigs.k8s.io/yaml's `error converting YAML to JSON: `.
    static func decode(_ document: YAMLDocument?, target: JSONTargetShape = .any,
                       depthLimit: Int = Int.max) throws -> Value {
        guard let document, !document.nodes.isEmpty else { return .null }
        var decoder = YAMLValueDecoder(document: document)
        decoder.depthLimit = depthLimit
        // go-yaml counts the document node itself.
        decoder.decodeCount = 1
        let value = try decoder.unmarshal(0, shape: target)
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

    private mutating func unmarshal(_ node: Int, shape: JSONTargetShape) throws -> Value {
        try count()
        depth += 1
        defer { depth -= 1 }
        if depth > depthLimit { throw DeepNesting.TooDeep() }
        switch document.nodes[node].kind {
        case .alias:
            return try followAlias(node) { try $0.unmarshal($1, shape: shape) }
        case .scalar:
            if shape == .string {
                let scalar = try resolve(node)
                if let text = shape.coercedString(scalar) { return .string(text) }
                return try convertScalar(scalar)
            }
            return try scalarValue(node)
        case .sequence:
            let end = document.nodes[node].end
            var elements = [Value]()
            var child = node + 1
            while child < end {
                elements.append(try unmarshal(child, shape: .any))
                child = document.nodes[child].end
            }
            return .list(GoList(elements))
        case .mapping:
            var entries = [String: Value](minimumCapacity: document.childCount(node) / 2)
            try fill(&entries, from: node, shape: shape)
            return .map(GoMap(entries))
        }
    }

    private mutating func followAlias<T>(_ node: Int, _ body: (inout YAMLValueDecoder, Int) throws -> T) throws -> T {
        if activeAliases.contains(node) {
            throw YAMLError("yaml: anchor '\(document.value(node))' value contains itself")
        }
        let target = document.nodes[node].target
        guard target >= 0 else { throw YAMLError("yaml: unknown anchor '\(document.value(node))' referenced") }
        activeAliases.insert(node)
        aliasDepth &+= 1
        defer {
            aliasDepth &-= 1
            activeAliases.remove(node)
        }
        return try body(&self, target)
    }

    private func resolve(_ node: Int) throws -> ResolvedScalar {
        let scalar = document.nodes[node]
        return try document.text.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[scalar.textStart ..< scalar.textStart + scalar.textCount])
            // Quoted and block scalars without a tag are strings.
            if scalar.tag == 0 && !scalar.implicit { return .string(String(decoding: text, as: UTF8.self)) }
            return try YAMLScalarResolver.resolve(tag: document.tag(node), text: text)
        }
    }

    /// A scalar as JSON brings it back: numbers as float64, strings as they are. The common cases
    /// (quoted strings, plain words) go straight from the bytes to the value.
    private mutating func scalarValue(_ node: Int) throws -> Value {
        let scalar = document.nodes[node]
        if scalar.tag == 0 {
            let fast: Value? = document.text.withUnsafeBufferPointer { buffer in
                let text = UnsafeBufferPointer(rebasing: buffer[scalar.textStart ..< scalar.textStart + scalar.textCount])
                if !scalar.implicit { return .string(String(decoding: text, as: UTF8.self)) }
                switch YAMLScalarResolver.resolvePlain(text, allowTimestamp: true) {
                case .string, .timestamp: return .string(String(decoding: text, as: UTF8.self))
                case .value(.int(let i)): return .float64(Double(i))
                case .value(.bool(let b)): return .bool(b)
                case .value(.null): return .null
                default: return nil
                }
            }
            if let fast { return fast }
        }
        return try convertScalar(try resolve(node))
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
        case .binary(let bytes): return .string(GoUTF8.lossyString(bytes))
        case .merge: return .string("<<")
        }
    }

    /// Decodes the pairs of mapping `node` into `entries`, later keys replacing earlier ones; `<<` merges.
    private mutating func fill(_ entries: inout [String: Value], from node: Int, shape: JSONTargetShape) throws {
        let end = document.nodes[node].end
        var keyNode = node + 1
        while keyNode < end {
            let valueNode = document.nodes[keyNode].end
            guard valueNode < end else { break }
            let next = document.nodes[valueNode].end
            defer { keyNode = next }
            if isMerge(keyNode) {
                try merge(valueNode, into: &entries, shape: shape)
                continue
            }
            let key = try unmarshalKey(keyNode)
            let name = jsonKey(key, value: valueNode)
            let value = try unmarshal(valueNode, shape: name.map { shape.child($0) } ?? .any)
            if let name {
                entries[name] = value
            }
        }
    }

    private func isMerge(_ node: Int) -> Bool {
        let n = document.nodes[node]
        return document.scalarEquals(node, "<<") && (n.implicit || document.tag(node) == YAMLTag.merge)
    }

    private mutating func merge(_ node: Int, into entries: inout [String: Value], shape: JSONTargetShape) throws {
        let wantMap = YAMLError("yaml: map merge requires map or sequence of maps as the value")
        func targetKind(_ alias: Int) -> YAMLDocument.Kind? {
            let target = document.nodes[alias].target
            return target >= 0 ? document.nodes[target].kind : nil
        }
        switch document.nodes[node].kind {
        case .mapping:
            try count()
            try fill(&entries, from: node, shape: shape)
        case .alias:
            guard targetKind(node) == .mapping else { throw wantMap }
            try mergeAlias(node, into: &entries, shape: shape)
        case .sequence:
            // Backwards: earlier maps take precedence.
            for child in document.children(node).reversed() {
                switch document.nodes[child].kind {
                case .alias:
                    guard targetKind(child) == .mapping else { throw wantMap }
                    try mergeAlias(child, into: &entries, shape: shape)
                case .mapping:
                    try count()
                    try fill(&entries, from: child, shape: shape)
                default:
                    throw wantMap
                }
            }
        case .scalar:
            throw wantMap
        }
    }

    private mutating func mergeAlias(_ node: Int, into entries: inout [String: Value], shape: JSONTargetShape) throws {
        try count()
        try followAlias(node) { decoder, target in
            try decoder.count()
            try decoder.fill(&entries, from: target, shape: shape)
        }
    }

    private mutating func unmarshalKey(_ node: Int) throws -> ResolvedScalar {
        try count()
        let key = document.nodes[node]
        if key.kind == .scalar && key.tag == 0 {
            // The usual key, a plain or quoted word, becomes its string without a general resolve.
            return document.text.withUnsafeBufferPointer { buffer in
                let text = UnsafeBufferPointer(rebasing: buffer[key.textStart ..< key.textStart + key.textCount])
                if !key.implicit { return .string(String(decoding: text, as: UTF8.self)) }
                switch YAMLScalarResolver.resolvePlain(text, allowTimestamp: true) {
                case .string: return .string(String(decoding: text, as: UTF8.self))
                case .timestamp: return .timestamp(String(decoding: text, as: UTF8.self))
                case .value(let v): return v
                }
            }
        }
        switch key.kind {
        case .alias:
            return try followAlias(node) { try $0.unmarshalKey($1) }
        case .scalar:
            return try resolve(node)
        case .sequence, .mapping:
            throw YAMLError("yaml: invalid map key: " + GoSyntax.format(document, node))
        }
    }

    /// sigs.k8s.io/yaml's key conversion: strings as they are, ints in decimal, floats as float32 `g`,
    /// bools as `true`/`false`. Other keys record an error and are dropped.
    private mutating func jsonKey(_ key: ResolvedScalar, value: Int) -> String? {
        switch key {
        case .string(let s), .timestamp(let s): return s
        case .merge: return "<<"
        case .binary(let bytes): return GoUTF8.lossyString(bytes)
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

    private mutating func recordKeyError(type: String, key: String, value: Int) {
        guard keyError == nil else { return }
        keyError = YAMLError("unsupported map key of type: \(type), key: \(key), value: \(GoSyntax.format(document, value))")
    }
}
