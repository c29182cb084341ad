import CYAML

/// Parses the first document of a YAML stream into a node tree, on libyaml's parser, the C library
/// go-yaml v2's parser was ported from. Like go-yaml's `Unmarshal`, only the first document is read:
/// text after it is never parsed, so errors there go unnoticed, as in Helm.
struct YAMLDocumentParser {
    /// Returns nil for a stream without documents (empty text, only comments).
    static func parseFirstDocument(_ text: String, maxDepth: Int = DeepNesting.goLimit) throws -> YAMLNode? {
        try parseFirstDocument(bytes: Array(text.utf8), maxDepth: maxDepth)
    }

    /// The bytes may not be UTF-8: libyaml's reader then reports go-yaml's error
    /// (`yaml: invalid leading UTF-8 octet`, `yaml: incomplete UTF-8 octet sequence`, …).
    static func parseFirstDocument(bytes source: [UInt8], maxDepth: Int = DeepNesting.goLimit) throws -> YAMLNode? {
        var bytes = source
        // go-yaml feeds "\n" for empty input.
        if bytes.isEmpty { bytes = [0x0A] }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw YAMLError("yaml: failed to initialize YAML parser")
        }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeBufferPointer { buffer -> YAMLNode? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(parser, base, buffer.count)
            var state = ParseState(parser: parser, maxDepth: maxDepth)
            return try state.parseStream()
        }
    }
}

/// One pass over libyaml's events, mirroring go-yaml v2's `parser` (decode.go).
private struct ParseState {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    var event = yaml_event_t()
    var hasEvent = false
    var anchors: [String: YAMLNode] = [:]
    let maxDepth: Int
    var depth = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, maxDepth: Int) {
        self.parser = parser
        self.maxDepth = maxDepth
    }

    /// Entering a sequence or mapping (starting on 0-based `line`): go-yaml stops at 10000 levels,
    /// with a scanner error, whose line it reports 1-based and only when not the first.
    mutating func enterCollection(line: Int) throws {
        depth += 1
        if depth > maxDepth {
            if maxDepth < DeepNesting.goLimit { throw DeepNesting.TooDeep() }
            let location = line != 0 ? "line \(line &+ 1): " : ""
            throw YAMLError("yaml: \(location)exceeded max depth of \(DeepNesting.goLimit)", line: line != 0 ? line &+ 1 : nil)
        }
    }

    mutating func parseStream() throws -> YAMLNode? {
        defer { if hasEvent { yaml_event_delete(&event) } }
        try expect(YAML_STREAM_START_EVENT)
        switch try peek() {
        case YAML_STREAM_END_EVENT:
            return nil
        case YAML_DOCUMENT_START_EVENT:
            try expect(YAML_DOCUMENT_START_EVENT)
            let root = try parseNode()
            try expect(YAML_DOCUMENT_END_EVENT)
            return root
        default:
            return try parseNode()
        }
    }

    mutating func parseNode() throws -> YAMLNode {
        switch try peek() {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let node = YAMLNode(kind: .scalar, tag: Self.string(scalar.tag),
                                value: Self.string(scalar.value, length: scalar.length),
                                implicit: scalar.plain_implicit != 0,
                                line: Int(event.start_mark.line), column: Int(event.start_mark.column))
            defineAnchor(scalar.anchor, node)
            try expect(YAML_SCALAR_EVENT)
            return node
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor)
            let node = YAMLNode(kind: .alias, value: name,
                                line: Int(event.start_mark.line), column: Int(event.start_mark.column))
            guard let target = anchors[name] else {
                throw YAMLError("yaml: unknown anchor '\(name)' referenced")
            }
            node.target = target
            try expect(YAML_ALIAS_EVENT)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let node = YAMLNode(kind: .sequence, tag: Self.string(event.data.sequence_start.tag),
                                line: Int(event.start_mark.line), column: Int(event.start_mark.column))
            defineAnchor(event.data.sequence_start.anchor, node)
            try enterCollection(line: node.line)
            defer { depth -= 1 }
            try expect(YAML_SEQUENCE_START_EVENT)
            while try peek() != YAML_SEQUENCE_END_EVENT {
                node.children.append(try parseNode())
            }
            try expect(YAML_SEQUENCE_END_EVENT)
            return node
        case YAML_MAPPING_START_EVENT:
            let node = YAMLNode(kind: .mapping, tag: Self.string(event.data.mapping_start.tag),
                                line: Int(event.start_mark.line), column: Int(event.start_mark.column))
            defineAnchor(event.data.mapping_start.anchor, node)
            try enterCollection(line: node.line)
            defer { depth -= 1 }
            try expect(YAML_MAPPING_START_EVENT)
            while try peek() != YAML_MAPPING_END_EVENT {
                node.children.append(try parseNode())
                node.children.append(try parseNode())
            }
            try expect(YAML_MAPPING_END_EVENT)
            return node
        default:
            throw YAMLError("yaml: attempted to parse unknown event: \(Self.eventName(event.type))")
        }
    }

    mutating func defineAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: YAMLNode) {
        guard let anchor else { return }
        anchors[Self.string(anchor)] = node
    }

    mutating func peek() throws -> yaml_event_type_t {
        if hasEvent { return event.type }
        guard yaml_parser_parse(parser, &event) != 0 else { throw failure() }
        hasEvent = true
        return event.type
    }

    mutating func expect(_ type: yaml_event_type_t) throws {
        let actual = try peek()
        if actual == YAML_STREAM_END_EVENT && type != YAML_STREAM_END_EVENT {
            throw YAMLError("yaml: attempted to go past the end of stream; corrupted value?")
        }
        if actual != type {
            throw YAMLError("yaml: expected \(Self.eventName(type)) event but got \(Self.eventName(actual))")
        }
        yaml_event_delete(&event)
        hasEvent = false
    }

    /// go-yaml v2's `parser.fail`: the problem mark's line (plus one for scanner errors, which have not
    /// counted the line yet), else the context mark's line.
    func failure() -> YAMLError {
        let p = parser.pointee
        var line = 0
        if p.problem_mark.line != 0 {
            line = Int(p.problem_mark.line)
            if p.error == YAML_SCANNER_ERROR { line &+= 1 }
        } else if p.context_mark.line != 0 {
            line = Int(p.context_mark.line)
        }
        let problem = p.problem.map { String(cString: $0) } ?? ""
        let message = problem.isEmpty ? "unknown problem parsing YAML content" : problem
        let location = line != 0 ? "line \(line): " : ""
        return YAMLError("yaml: " + location + message, line: line != 0 ? line : nil,
                         column: line != 0 ? Int(p.problem_mark.column) &+ 1 : nil)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    static func eventName(_ type: yaml_event_type_t) -> String {
        switch type {
        case YAML_STREAM_START_EVENT: return "STREAM-START"
        case YAML_STREAM_END_EVENT: return "STREAM-END"
        case YAML_DOCUMENT_START_EVENT: return "DOCUMENT-START"
        case YAML_DOCUMENT_END_EVENT: return "DOCUMENT-END"
        case YAML_ALIAS_EVENT: return "ALIAS"
        case YAML_SCALAR_EVENT: return "SCALAR"
        case YAML_SEQUENCE_START_EVENT: return "SEQUENCE-START"
        case YAML_SEQUENCE_END_EVENT: return "SEQUENCE-END"
        case YAML_MAPPING_START_EVENT: return "MAPPING-START"
        case YAML_MAPPING_END_EVENT: return "MAPPING-END"
        default: return "NONE"
        }
    }
}
