import CYAML

/// Writes `RoundTripYAMLNode` documents as kyaml's encoder does (go-yaml v3, indent 2, compact
/// sequences, no line folding, unicode kept): a stream of documents separated by `---`.
enum RoundTripYAMLEmitter {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func encode(_ documents: [RoundTripYAMLNode]) throws -> String {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        defer { emitter.deallocate() }
        guard yaml_emitter_initialize(emitter) != 0 else { throw Failure(description: "yaml: failed to initialize YAML emitter") }
        defer { yaml_emitter_delete(emitter) }
        let sink = Sink()
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_output(emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            Unmanaged<Sink>.fromOpaque(data).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(sink).toOpaque())

        var writer = EventWriter(emitter: emitter)
        try writer.emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        for document in documents {
            try writer.emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
            try writer.node(document, depth: 0)
            // go-yaml never writes the `...` libyaml adds after open-ended scalars.
            emitter.pointee.open_ended = 0
            try writer.emit { yaml_document_end_event_initialize(&$0, 1) }
        }
        emitter.pointee.open_ended = 0
        try writer.emit { yaml_stream_end_event_initialize(&$0) }
        yaml_emitter_flush(emitter)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    private final class Sink {
        var bytes: [UInt8] = []
    }

    private struct EventWriter {
        let emitter: UnsafeMutablePointer<yaml_emitter_t>
        var event = yaml_event_t()

        init(emitter: UnsafeMutablePointer<yaml_emitter_t>) {
            self.emitter = emitter
        }

        mutating func emit(_ initialize: (inout yaml_event_t) -> Int32) throws {
            guard initialize(&event) != 0 else { throw Failure(description: "yaml: cannot create event") }
            guard yaml_emitter_emit(emitter, &event) != 0 else {
                let problem = emitter.pointee.problem.map { String(cString: $0) } ?? ""
                throw Failure(description: "yaml: " + (problem.isEmpty ? "unknown problem generating YAML content" : problem))
            }
        }

        mutating func node(_ node: RoundTripYAMLNode, depth: Int) throws {
            guard depth < 10000 else { throw Failure(description: "yaml: value nested too deeply") }
            try withCString(node.anchor) { anchor in
                try withCString(node.tag) { tag in
                    let implicit: Int32 = node.tag == nil ? 1 : 0
                    switch node.kind {
                    case .alias:
                        try withCString(node.value) { name in
                            try emit { yaml_alias_event_initialize(&$0, name) }
                        }
                    case .scalar:
                        var value = Array(node.value.utf8)
                        let style = scalarStyle(node)
                        let length = Int32(clamping: value.count)
                        value.append(0)
                        try value.withUnsafeMutableBufferPointer { buffer in
                            try emit {
                                yaml_scalar_event_initialize(&$0, anchor, tag, buffer.baseAddress, length, implicit, implicit, style)
                            }
                        }
                    case .sequence:
                        let style = node.flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
                        try emit { yaml_sequence_start_event_initialize(&$0, anchor, tag, implicit, style) }
                        for child in node.children { try self.node(child, depth: depth + 1) }
                        try emit { yaml_sequence_end_event_initialize(&$0) }
                    case .mapping:
                        let style = node.flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
                        try emit { yaml_mapping_start_event_initialize(&$0, anchor, tag, implicit, style) }
                        for child in node.children { try self.node(child, depth: depth + 1) }
                        try emit { yaml_mapping_end_event_initialize(&$0) }
                    }
                }
            }
        }

        /// go-yaml v3's choice: the source's style, except that an untagged plain value holding a line
        /// break is written as a literal block.
        private func scalarStyle(_ node: RoundTripYAMLNode) -> yaml_scalar_style_t {
            switch node.scalarStyle {
            case .singleQuoted: return YAML_SINGLE_QUOTED_SCALAR_STYLE
            case .doubleQuoted: return YAML_DOUBLE_QUOTED_SCALAR_STYLE
            case .literal: return YAML_LITERAL_SCALAR_STYLE
            case .folded: return YAML_FOLDED_SCALAR_STYLE
            case .plain: return node.value.utf8.contains(0x0A) ? YAML_LITERAL_SCALAR_STYLE : YAML_PLAIN_SCALAR_STYLE
            }
        }

        private func withCString<T>(_ text: String?, _ body: (UnsafeMutablePointer<yaml_char_t>?) throws -> T) rethrows -> T {
            guard let text else { return try body(nil) }
            var bytes = Array(text.utf8) + [0]
            return try bytes.withUnsafeMutableBufferPointer { try body($0.baseAddress) }
        }
    }
}
