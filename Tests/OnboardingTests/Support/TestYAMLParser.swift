import GoTemplate
@testable import Onboarding

/// A small YAML reader for the tests' inputs, standing in for the libyaml-based parser the CLI injects:
/// `---` document separators, comments, block mappings, block sequences of scalars, quoted and plain
/// scalars (booleans, null, numbers as float64), and the empty flow collections `[]` and `{}`.
/// Anything else (other flow collections, odd indentation, unterminated quotes) throws.
struct TestYAMLParser: YAMLDocumentParser {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    private struct Line {
        var number: Int
        var indent: Int
        var text: String
    }

    func parseDocuments(_ text: String) throws -> [Value] {
        var documents: [[Line]] = [[]]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let rawLine = String(raw)
            if rawLine == "---" || rawLine.hasPrefix("--- ") {
                // A `---` before any content opens the first document rather than ending an empty one.
                if documents.count > 1 || !(documents.first?.isEmpty ?? true) { documents.append([]) }
                continue
            }
            if rawLine.contains("\t") { throw ParseError(description: "line \(offset + 1): tab character") }
            let text = try Self.stripComment(rawLine, line: offset + 1)
            let trimmed = text.drop(while: { $0 == " " })
            if trimmed.isEmpty { continue }
            let indent = text.count - trimmed.count
            documents[documents.count - 1].append(Line(number: offset + 1, indent: indent, text: String(trimmed)))
        }
        return try documents.map { lines in
            guard let first = lines.first else { return .null }
            var index = 0
            let value = try parseBlock(lines, &index, indent: first.indent)
            if index < lines.count {
                throw ParseError(description: "line \(lines[index].number): unexpected indentation")
            }
            return value
        }
    }

    private func parseBlock(_ lines: [Line], _ index: inout Int, indent: Int) throws -> Value {
        if lines[index].text == "-" || lines[index].text.hasPrefix("- ") {
            return try parseSequence(lines, &index, indent: indent)
        }
        return try parseMapping(lines, &index, indent: indent)
    }

    private func parseMapping(_ lines: [Line], _ index: inout Int, indent: Int) throws -> Value {
        let map = GoMap()
        while index < lines.count, lines[index].indent == indent {
            let line = lines[index]
            guard let colon = Self.keySeparator(in: line.text) else {
                throw ParseError(description: "line \(line.number): could not find expected ':'")
            }
            let key = String(line.text[..<colon])
            let rest = line.text[line.text.index(after: colon)...].drop(while: { $0 == " " })
            index += 1
            if !rest.isEmpty {
                map[key] = try Self.scalar(String(rest), line: line.number)
            } else if index < lines.count, lines[index].indent > indent {
                map[key] = try parseBlock(lines, &index, indent: lines[index].indent)
            } else if index < lines.count, lines[index].indent == indent, lines[index].text.hasPrefix("- ") {
                map[key] = try parseSequence(lines, &index, indent: indent)
            } else {
                map[key] = .null
            }
        }
        if index < lines.count, lines[index].indent > indent {
            throw ParseError(description: "line \(lines[index].number): mapping values are not allowed in this context")
        }
        return .map(map)
    }

    private func parseSequence(_ lines: [Line], _ index: inout Int, indent: Int) throws -> Value {
        var items: [Value] = []
        while index < lines.count, lines[index].indent == indent,
              lines[index].text == "-" || lines[index].text.hasPrefix("- ") {
            let line = lines[index]
            let item = line.text.dropFirst().drop(while: { $0 == " " })
            index += 1
            if item.isEmpty {
                guard index < lines.count, lines[index].indent > indent else { items.append(.null); continue }
                items.append(try parseBlock(lines, &index, indent: lines[index].indent))
            } else if Self.keySeparator(in: String(item)) != nil {
                throw ParseError(description: "line \(line.number): mappings in sequences are not supported by the test parser")
            } else {
                items.append(try Self.scalar(String(item), line: line.number))
            }
        }
        return .list(items)
    }

    /// `key: value` or `key:` — the colon of a plain key.
    private static func keySeparator(in text: String) -> String.Index? {
        guard let first = text.first, first != "\"", first != "'", first != "[", first != "{" else { return nil }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func scalar(_ text: String, line: Int) throws -> Value {
        if let first = text.first, first == "\"" || first == "'" {
            guard text.count >= 2, text.last == first else {
                throw ParseError(description: "line \(line): found unexpected end of stream while scanning a quoted scalar")
            }
            return .string(String(text.dropFirst().dropLast()))
        }
        switch text {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case "null", "Null", "NULL", "~": return .null
        case "[]": return .list([])
        case "{}": return .map([:])
        default: break
        }
        if text.hasPrefix("[") || text.hasPrefix("{") {
            throw ParseError(description: "line \(line): flow collections are not supported by the test parser")
        }
        if let number = Double(text), text.first.map({ $0.isNumber || $0 == "-" }) == true {
            return .float64(number)
        }
        return .string(text)
    }

    private static func stripComment(_ line: String, line number: Int) throws -> String {
        var quote: Character?
        var previous: Character = " "
        var result = ""
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if previous == " " || previous == "-" || previous == ":" { quote = character }
            } else if character == "#" && previous == " " {
                break
            }
            result.append(character)
            previous = character
        }
        if quote != nil {
            throw ParseError(description: "line \(number): found unexpected end of stream while scanning a quoted scalar")
        }
        var trimmed = Substring(result)
        while trimmed.hasSuffix(" ") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
