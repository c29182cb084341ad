import CYAML

/// Reads the first document of a YAML text into `RoundTripYAMLNode`s on libyaml (the C parser go-yaml
/// was ported from), keeping what go-yaml v3's `Node` keeps: styles, explicit tags, anchors.
enum RoundTripYAMLParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Nil when the text holds no document (empty, only comments).
    static func parseFirstDocument(_ text: String) throws -> RoundTripYAMLNode? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else { throw Failure(description: "yaml: failed to initialize YAML parser") }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeBufferPointer { buffer -> RoundTripYAMLNode? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(parser, base, buffer.count)
            var reader = EventReader(parser: parser)
            defer { reader.release() }
            try reader.next()
            guard reader.type == YAML_STREAM_START_EVENT else { return nil }
            try reader.next()
            guard reader.type == YAML_DOCUMENT_START_EVENT else { return nil }
            try reader.next()
            return try reader.node(depth: 0)
        }
    }

    private struct EventReader {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var event = yaml_event_t()
        var hasEvent = false

        init(parser: UnsafeMutablePointer<yaml_parser_t>) {
            self.parser = parser
        }

        var type: yaml_event_type_t { event.type }

        mutating func release() {
            if hasEvent { yaml_event_delete(&event) }
            hasEvent = false
        }

        mutating func next() throws {
            release()
            guard yaml_parser_parse(parser, &event) != 0 else { throw failure() }
            hasEvent = true
        }

        /// go-yaml's `parser.fail` wording: `yaml: line N: problem`.
        private func failure() -> Failure {
            var line = 0
            let scanner = parser.pointee.error == YAML_SCANNER_ERROR
            if parser.pointee.context_mark.line != 0 {
                line = Int(parser.pointee.context_mark.line) &+ (scanner ? 1 : 0)
            } else if parser.pointee.problem_mark.line != 0 {
                line = Int(parser.pointee.problem_mark.line) &+ (scanner ? 1 : 0)
            }
            let problem = parser.pointee.problem.map { String(cString: $0) } ?? ""
            let message = problem.isEmpty ? "unknown problem parsing YAML content" : problem
            return Failure(description: "yaml: " + (line != 0 ? "line \(line): " : "") + message)
        }

        /// The node starting at the current event; leaves the reader on its last event.
        mutating func node(depth: Int) throws -> RoundTripYAMLNode {
            guard depth < 10000 else { throw Failure(description: "yaml: exceeded max depth of 10000") }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let node = RoundTripYAMLNode(kind: .scalar, value: Self.text(data.value, length: data.length),
                                             scalarStyle: Self.style(data.style))
                node.anchor = Self.optionalText(data.anchor)
                // An explicit tag is kept only when the source wrote one (neither implicit flag set).
                if data.plain_implicit == 0 && data.quoted_implicit == 0 { node.tag = Self.optionalText(data.tag) }
                return node
            case YAML_ALIAS_EVENT:
                return RoundTripYAMLNode(kind: .alias, value: Self.optionalText(event.data.alias.anchor) ?? "")
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                let node = RoundTripYAMLNode(kind: .sequence, flow: data.style == YAML_FLOW_SEQUENCE_STYLE)
                node.anchor = Self.optionalText(data.anchor)
                if data.implicit == 0 { node.tag = Self.optionalText(data.tag) }
                try next()
                while event.type != YAML_SEQUENCE_END_EVENT {
                    node.children.append(try self.node(depth: depth + 1))
                    try next()
                }
                return node
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                let node = RoundTripYAMLNode(kind: .mapping, flow: data.style == YAML_FLOW_MAPPING_STYLE)
                node.anchor = Self.optionalText(data.anchor)
                if data.implicit == 0 { node.tag = Self.optionalText(data.tag) }
                try next()
                while event.type != YAML_MAPPING_END_EVENT {
                    node.children.append(try self.node(depth: depth + 1))
                    try next()
                }
                return node
            default:
                throw Failure(description: "yaml: unexpected event in document")
            }
        }

        private static func style(_ style: yaml_scalar_style_t) -> RoundTripYAMLNode.ScalarStyle {
            switch style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: return .literal
            case YAML_FOLDED_SCALAR_STYLE: return .folded
            default: return .plain
            }
        }

        private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
            guard let pointer else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }

        private static func optionalText(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
