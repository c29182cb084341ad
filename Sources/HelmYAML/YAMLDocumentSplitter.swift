/// k8s.io/apimachinery's `YAMLReader` as Helm 4 uses it for values files: splits text into documents at
/// lines starting with `---`. Only spaces or a comment may follow the marker. A marker before any content
/// stays in that document's text (so line numbers in its errors count it); later markers are dropped.
enum YAMLDocumentSplitter {
    static func split(_ text: String) throws -> [String] {
        if !mayContainMarker(text) { return text.isEmpty ? [] : [text] }
        return try split(bytes: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `split` of bytes that may not be UTF-8 (the reader splits lines before anything decodes them).
    static func split(bytes: [UInt8]) throws -> [[UInt8]] {
        var documents = [[UInt8]]()
        var buffer = [UInt8]()
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            // bufio.ReadLine drops "\n" or "\r\n"; LineReader puts back "\n".
            var lineEnd = end
            if end < bytes.count && lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = bytes[start..<lineEnd]
            start = end + 1
            if line.starts(with: [0x2D, 0x2D, 0x2D]) {
                let trimmed = GoStrings.trimSpace(Array(line.dropFirst(3)))
                if let first = trimmed.first, first != UInt8(ascii: "#") {
                    throw YAMLError("error reading yaml document: invalid Yaml document separator: "
                                    + String(decoding: trimmed, as: UTF8.self))
                }
                if !buffer.isEmpty {
                    documents.append(buffer)
                    buffer.removeAll(keepingCapacity: true)
                    continue
                }
            }
            buffer.append(contentsOf: line)
            buffer.append(0x0A)
        }
        if !buffer.isEmpty { documents.append(buffer) }
        return documents
    }
}

extension YAMLDocumentSplitter {
    /// False when no line starts with `---` (then the whole text is one document).
    static func mayContainMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let dash = UInt8(ascii: "-")
            guard bytes.count >= 3 else { return false }
            if bytes[0] == dash && bytes[1] == dash && bytes[2] == dash { return true }
            var i = 0
            let last = bytes.count - 3
            while i < last {
                if bytes[i] == 0x0A && bytes[i + 1] == dash && bytes[i + 2] == dash && bytes[i + 3] == dash { return true }
                i += 1
            }
            return false
        }
    }
}
