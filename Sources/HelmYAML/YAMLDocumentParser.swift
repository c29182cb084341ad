import CYAML

/// Parses the first document of a YAML stream into a `YAMLDocument`, on libyaml's parser, the C library
/// go-yaml v2's parser was ported from. Like go-yaml's `Unmarshal`, only the first document is read:
/// text after it is never parsed, so errors there go unnoticed, as in Helm.
struct YAMLDocumentParser {
    /// Returns nil for a stream without documents (empty text, only comments).
    static func parseFirstDocument(_ text: String, maxDepth: Int = DeepNesting.goLimit) throws -> YAMLDocument? {
        try parseWithLibYAML(text, maxDepth: maxDepth)
    }

    /// The bytes may not be UTF-8 (a Go string): libyaml's reader then reports go-yaml's error
    /// (`yaml: invalid leading UTF-8 octet`, `yaml: incomplete UTF-8 octet sequence`, …).
    static func parseFirstDocument(bytes: [UInt8], maxDepth: Int = DeepNesting.goLimit) throws -> YAMLDocument? {
        if let text = String(validating: bytes, as: UTF8.self) {
            return try parseFirstDocument(text, maxDepth: maxDepth)
        }
        return try bytes.withUnsafeBufferPointer { try parseWithLibYAML($0, maxDepth: maxDepth) }
    }

    /// The first document as libyaml's parser reads it (every form of YAML, and Go's error texts).
    static func parseWithLibYAML(_ text: String, maxDepth: Int = DeepNesting.goLimit) throws -> YAMLDocument? {
        var text = text
        // libyaml reads the string's own UTF-8 storage; it is not kept past this call.
        return try text.withUTF8 { try parseWithLibYAML($0, maxDepth: maxDepth) }
    }

    private static func parseWithLibYAML(_ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws -> YAMLDocument? {
        // go-yaml feeds "\n" for empty input.
        if buffer.isEmpty {
            let newline: [UInt8] = [0x0A]
            return try newline.withUnsafeBufferPointer { try parseWithLibYAML($0, maxDepth: maxDepth) }
        }
        guard let base = buffer.baseAddress else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw YAMLError("yaml: failed to initialize YAML parser")
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, buffer.count)
        var state = ParseState(parser: parser, maxDepth: maxDepth, inputSize: buffer.count)
        return try state.parseStream()
    }
}

/// One pass over libyaml's events, mirroring go-yaml v2's `parser` (decode.go).
private struct ParseState {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    var event = yaml_event_t()
    var hasEvent = false
    var document = YAMLDocument()
    var anchors: [String: Int] = [:]
    var tagIndex: [String: Int32] = [:]
    let maxDepth: Int
    var depth = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, maxDepth: Int, inputSize: Int) {
        self.parser = parser
        self.maxDepth = maxDepth
        // Scalars are most of a values file: reserving near the input size avoids regrowing the buffer.
        document.text.reserveCapacity(inputSize)
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

    mutating func parseStream() throws -> YAMLDocument? {
        defer { if hasEvent { yaml_event_delete(&event) } }
        try expect(YAML_STREAM_START_EVENT)
        switch try peek() {
        case YAML_STREAM_END_EVENT:
            return nil
        case YAML_DOCUMENT_START_EVENT:
            try expect(YAML_DOCUMENT_START_EVENT)
            try parseNode()
            try expect(YAML_DOCUMENT_END_EVENT)
        default:
            try parseNode()
        }
        return document
    }

    /// Appends one complete node and its subtree, in document order. Iterative: the open collections
    /// are a stack, so deep documents need no deep native stack here.
    mutating func parseNode() throws {
        var open = [Int]()
        repeat {
            let type = try peek()
            let line = Int(clamping: event.start_mark.line), column = Int(clamping: event.start_mark.column)
            let index = document.nodes.count
            switch type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let start = document.text.count
                if let value = scalar.value, scalar.length > 0 {
                    document.text.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
                }
                append(.scalar, tag: scalar.tag, textStart: start, textCount: document.text.count - start,
                       implicit: scalar.plain_implicit != 0, line: line, column: column)
                defineAnchor(scalar.anchor, index)
                try expect(YAML_SCALAR_EVENT)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor)
                guard let target = anchors[name] else {
                    throw YAMLError("yaml: unknown anchor '\(name)' referenced")
                }
                let start = document.text.count
                document.text.append(contentsOf: name.utf8)
                append(.alias, tag: nil, textStart: start, textCount: document.text.count - start,
                       implicit: false, line: line, column: column)
                document.nodes[index].target = target
                try expect(YAML_ALIAS_EVENT)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = type == YAML_MAPPING_START_EVENT
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                append(isMapping ? .mapping : .sequence, tag: tag, textStart: document.text.count, textCount: 0,
                       implicit: false, line: line, column: column)
                defineAnchor(anchor, index)
                try enterCollection(line: line)
                try expect(type)
                open.append(index)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let wanted: YAMLDocument.Kind = type == YAML_MAPPING_END_EVENT ? .mapping : .sequence
                guard let collection = open.last, document.nodes[collection].kind == wanted else {
                    throw YAMLError("yaml: attempted to parse unknown event: \(Self.eventName(type))")
                }
                open.removeLast()
                document.nodes[collection].end = document.nodes.count
                depth -= 1
                try expect(type)
            default:
                throw YAMLError("yaml: attempted to parse unknown event: \(Self.eventName(type))")
            }
        } while !open.isEmpty
    }

    private mutating func append(_ kind: YAMLDocument.Kind, tag: UnsafeMutablePointer<yaml_char_t>?,
                                 textStart: Int, textCount: Int, implicit: Bool, line: Int, column: Int) {
        let index = document.nodes.count
        document.nodes.append(YAMLDocument.Node(
            textStart: textStart, textCount: textCount, end: index + 1, target: -1,
            line: Int32(clamping: line), column: Int32(clamping: column), tag: internTag(tag),
            kind: kind, implicit: implicit))
    }

    private mutating func internTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Int32 {
        guard let pointer, pointer.pointee != 0 else { return 0 }
        let tag = String(cString: pointer)
        if let known = tagIndex[tag] { return known }
        let index = Int32(clamping: document.tags.count)
        document.tags.append(tag)
        tagIndex[tag] = index
        return index
    }

    mutating func defineAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ index: Int) {
        guard let anchor else { return }
        anchors[Self.string(anchor)] = index
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
            line = Int(clamping: p.problem_mark.line)
            if p.error == YAML_SCANNER_ERROR { line &+= 1 }
        } else if p.context_mark.line != 0 {
            line = Int(clamping: p.context_mark.line)
        }
        let problem = p.problem.map { String(cString: $0) } ?? ""
        let message = problem.isEmpty ? "unknown problem parsing YAML content" : problem
        let location = line != 0 ? "line \(line): " : ""
        return YAMLError("yaml: " + location + message, line: line != 0 ? line : nil,
                         column: line != 0 ? Int(clamping: p.problem_mark.column) &+ 1 : nil)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
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
