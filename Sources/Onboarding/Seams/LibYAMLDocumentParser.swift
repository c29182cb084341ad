import GoTemplate
import HelmYAML

/// The production `YAMLDocumentParser`: splits a stream at its `---` document markers and decodes each
/// document with libyaml as Helm reads YAML (sigs.k8s.io/yaml semantics). An error names the document
/// and the line it starts on, since the decoder's line numbers count from the document's first line.
public struct LibYAMLDocumentParser: YAMLDocumentParser {
    public init() {}

    public func parseDocuments(_ text: String) throws -> [Value] {
        var documents: [Value] = []
        for (index, document) in Self.split(text).enumerated() {
            do {
                documents.append(try YAMLDecoding.decodeYAML(document.text))
            } catch {
                throw YAMLStreamError(document: index + 1, startLine: document.startLine, underlying: "\(error)")
            }
        }
        return documents
    }

    /// Documents between `---` marker lines (a marker may carry a comment or content after a space).
    /// Content on the marker line itself belongs to the document it opens.
    static func split(_ text: String) -> [(text: String, startLine: Int)] {
        var documents: [(text: String, startLine: Int)] = []
        var current: [Substring] = []
        var startLine = 1
        var lineNumber = 0
        var sawMarker = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line == "---" || line.hasPrefix("--- ") || line.hasPrefix("---\t") {
                if sawMarker || current.contains(where: { !isBlankOrComment($0) }) {
                    documents.append((current.joined(separator: "\n"), startLine))
                }
                sawMarker = true
                current = [line.dropFirst(3)]
                startLine = lineNumber
            } else {
                current.append(line)
            }
        }
        if current.contains(where: { !isBlankOrComment($0) }) || documents.isEmpty {
            documents.append((current.joined(separator: "\n"), startLine))
        }
        return documents
    }

    private static func isBlankOrComment(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }
}

public struct YAMLStreamError: Error, CustomStringConvertible {
    public var document: Int
    public var startLine: Int
    public var underlying: String
    public var description: String { "document \(document) (starting at line \(startLine)): \(underlying)" }
}
