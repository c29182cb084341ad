/// What an execution writes: text, until a value or template text that is not UTF-8 is written; from
/// then on the whole output is kept as bytes, so Go's byte strings come out exactly (Helm's YAML check
/// then rejects them, `include | b64enc` keeps them). Appending text stays a plain `String` append.
public struct TemplateOutput {
    private var text = ""
    /// The whole output, once it holds bytes that are not UTF-8.
    private var bytes: [UInt8]?

    public init() {}

    public mutating func append(_ s: String) {
        if bytes == nil {
            text += s
        } else {
            bytes?.append(contentsOf: s.utf8)
        }
    }

    public mutating func append<Bytes: Collection>(raw: Bytes) where Bytes.Element == UInt8 {
        if bytes == nil {
            var all = Array(text.utf8)
            all.append(contentsOf: raw)
            bytes = all
            text = ""
        } else {
            bytes?.append(contentsOf: raw)
        }
    }

    /// Appends a Go string value's bytes.
    public mutating func append(goString value: Value) {
        switch value {
        case .string(let s): append(s)
        case .rawString(let b): append(raw: b)
        default: break
        }
    }

    /// The output as a Go string: `.string`, or `.rawString` when it is not valid UTF-8.
    public var value: Value {
        guard let bytes else { return .string(text) }
        return Value.goString(bytes)
    }

    /// The output's bytes.
    public var utf8Bytes: [UInt8] { bytes ?? Array(text.utf8) }

    /// The output as text, each invalid byte read as U+FFFD (as Go does rune by rune).
    public var lossyText: String {
        guard let bytes else { return text }
        return GoUTF8.lossyString(bytes)
    }
}
