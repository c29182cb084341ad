import CYAML

/// A thin wrapper over libyaml's emitter (the C original of go-yaml's emitter), set up as go-yaml's
/// encoder sets it: UTF-8, unicode output, default indent 2 and width 80, implicit document markers.
final class LibYAMLEmitter {
    private let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    private let sink = OutputSink()
    private var event = yaml_event_t()

    final class OutputSink {
        var bytes: [UInt8] = []
    }

    /// `capacity`: bytes reserved for the output, which libyaml hands over in 16 KB flushes.
    init(indent: Int32 = 2, width: Int32 = 80, capacity: Int = 0) throws {
        guard yaml_emitter_initialize(emitter) != 0 else {
            emitter.deallocate()
            throw YAMLError("yaml: failed to initialize YAML emitter")
        }
        sink.bytes.reserveCapacity(capacity)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, indent)
        yaml_emitter_set_width(emitter, width)
        yaml_emitter_set_output(emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let sink = Unmanaged<OutputSink>.fromOpaque(data).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(sink).toOpaque())
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    var output: [UInt8] { sink.bytes }

    func streamStart() throws {
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit()
    }

    func documentStart() throws {
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit()
    }

    /// go-yaml never writes the `...` marker libyaml adds after open-ended scalars.
    func documentEnd() throws {
        emitter.pointee.open_ended = 0
        yaml_document_end_event_initialize(&event, 1)
        try emit()
    }

    func streamEnd() throws {
        emitter.pointee.open_ended = 0
        yaml_stream_end_event_initialize(&event)
        try emit()
        yaml_emitter_flush(emitter)
    }

    func mappingStart(flow: Bool = false) throws {
        yaml_mapping_start_event_initialize(&event, nil, nil, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
        try emit()
    }

    func mappingEnd() throws {
        yaml_mapping_end_event_initialize(&event)
        try emit()
    }

    func sequenceStart(flow: Bool = false) throws {
        yaml_sequence_start_event_initialize(&event, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
        try emit()
    }

    func sequenceEnd() throws {
        yaml_sequence_end_event_initialize(&event)
        try emit()
    }

    func scalar(_ text: String, style: yaml_scalar_style_t, tag: String? = nil) throws {
        // libyaml copies the value, so the string's own UTF-8 storage can be lent for the call.
        var text = text
        let ok: Int32 = text.withUTF8 { value in
            let length = Int32(clamping: value.count)
            var placeholder: UInt8 = 0
            return withUnsafeMutablePointer(to: &placeholder) { fallback in
                // libyaml needs a non-null pointer even for "".
                let base = value.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? fallback
                guard let tag else {
                    return yaml_scalar_event_initialize(&event, nil, nil, base, length, 1, 1, style)
                }
                var tagBytes = Array(tag.utf8) + [0]
                return tagBytes.withUnsafeMutableBufferPointer { t in
                    yaml_scalar_event_initialize(&event, nil, t.baseAddress, base, length, 0, 0, style)
                }
            }
        }
        guard ok != 0 else { throw YAMLError("yaml: cannot create scalar event") }
        try emit()
    }

    /// An untagged scalar from UTF-8 bytes (implicit, as go-yaml sends untagged values); libyaml copies
    /// them and picks the style it can write when `style` cannot carry the text.
    func scalar(_ value: UnsafeBufferPointer<UInt8>, style: yaml_scalar_style_t) throws {
        var placeholder: UInt8 = 0
        let ok: Int32 = withUnsafeMutablePointer(to: &placeholder) { fallback in
            // libyaml needs a non-null pointer even for "".
            let base = value.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? fallback
            return yaml_scalar_event_initialize(&event, nil, nil, base, Int32(clamping: value.count), 1, 1, style)
        }
        guard ok != 0 else { throw YAMLError("yaml: cannot create scalar event") }
        try emit()
    }

    private func emit() throws {
        guard yaml_emitter_emit(emitter, &event) != 0 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? ""
            throw YAMLError("yaml: " + (problem.isEmpty ? "unknown problem generating YAML content" : problem))
        }
    }
}
