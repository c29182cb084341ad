/// The `resources` list of a kustomization.yaml, located textually so that adding or removing one entry
/// keeps every other byte of the file: comments, blank lines, key order, quoting and indentation.
///
/// Handled shapes of the top-level `resources` key: a block sequence (items indented or not, any dash
/// spacing, trailing comments), a one-line flow sequence (`[]`, `[a.yaml, b.yaml]`), `null`/`~`/no value,
/// and no key at all. Adding to `resources: []` turns it into a block list; removing the last entry
/// restores `resources: []`, so an add followed by a remove gives back the original bytes.
struct KustomizationResources {
    /// Why the file cannot be edited as asked.
    struct EditError: Error, Equatable {
        var reason: String
    }

    static let key = Array("resources:".utf8)
    /// Item prefix for a list that has no items yet (the style of the example tree's kustomizations).
    static let defaultItemPrefix = Array("  - ".utf8)

    private var lines: [[UInt8]]
    private var shape: Shape

    init(text: String) throws {
        lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        shape = try Self.locate(in: lines)
    }

    /// The entries, unquoted, in file order.
    var entries: [String] {
        switch shape {
        case .missing, .empty: return []
        case .block(_, let items): return items.map(\.value)
        case .flow(let flow): return flow.items.map(\.value)
        }
    }

    /// Whether the list names `entry` (`./` prefixes ignored).
    func contains(_ entry: String) -> Bool {
        entries.contains { Self.sameEntry($0, entry) }
    }

    /// The file's text with `entry` appended to the list.
    func adding(_ entry: String) throws -> String {
        if contains(entry) { throw EditError(reason: "resources already lists \(entry)") }
        var result = lines
        let entryBytes = Array(entry.utf8)
        switch shape {
        case .missing:
            return Self.appendingNewList(to: lines, entry: entryBytes)
        case let .empty(keyLine, keyRest):
            let ending = Self.lineEnding(of: lines[keyLine])
            result[keyLine] = Self.key + keyRest + ending
            result.insert(Self.defaultItemPrefix + entryBytes + ending, at: keyLine + 1)
        case let .block(_, items):
            guard let first = items.first, let last = items.last else {
                throw EditError(reason: "internal: block list without items")
            }
            let ending = Self.lineEnding(of: lines[last.line])
            result.insert(first.prefix + entryBytes + ending, at: last.lastLine + 1)
        case let .flow(flow):
            guard let last = flow.items.last else { throw EditError(reason: "internal: flow list without items") }
            result[flow.line].insert(contentsOf: Array(", ".utf8) + entryBytes, at: last.end)
        }
        return Self.joined(result)
    }

    /// The file's text without `entry`, or nil when the list does not name it.
    func removing(_ entry: String) throws -> String? {
        var result = lines
        switch shape {
        case .missing, .empty:
            return nil
        case let .block(keyLine, items):
            guard let item = items.first(where: { Self.sameEntry($0.value, entry) }) else { return nil }
            result.removeSubrange(item.line...item.lastLine)
            if items.count == 1 {
                // The list becomes empty: `resources:` alone would be null, so restore the flow form.
                let keyContent = Self.content(of: lines[keyLine])
                let keyRest = Array(keyContent.dropFirst(Self.key.count))
                result[keyLine] = Self.key + Array(" []".utf8) + keyRest + Self.lineEnding(of: lines[keyLine])
            }
        case let .flow(flow):
            guard let index = flow.items.firstIndex(where: { Self.sameEntry($0.value, entry) }) else { return nil }
            let items = flow.items
            let range: Range<Int>
            if index > 0 {
                range = items[index - 1].end..<items[index].end
            } else if items.count > 1 {
                range = items[0].start..<items[1].start
            } else {
                range = items[0].start..<items[0].end
            }
            result[flow.line].removeSubrange(range)
        }
        return Self.joined(result)
    }
}

// MARK: - Locating the list

extension KustomizationResources {
    fileprivate struct BlockItem {
        var line: Int
        /// Last line of the item (an item may continue on more indented lines).
        var lastLine: Int
        /// Everything before the value: indentation, dash and spacing (`"  - "`).
        var prefix: [UInt8]
        var value: String
    }

    fileprivate struct FlowItem {
        /// Byte offsets of the item's token (without surrounding spaces) in its line.
        var start: Int
        var end: Int
        var value: String
    }

    fileprivate struct FlowList {
        var line: Int
        var items: [FlowItem]
    }

    fileprivate enum Shape {
        /// No top-level `resources` key.
        case missing
        /// `resources: []`, `resources: null`, or `resources:` with no items. `keyRest` is what follows the
        /// empty value on the key line (spaces and a comment), kept when items are added.
        case empty(keyLine: Int, keyRest: [UInt8])
        case block(keyLine: Int, items: [BlockItem])
        case flow(FlowList)
    }

    private static func locate(in lines: [[UInt8]]) throws -> Shape {
        let keyLines = lines.indices.filter { isKeyLine(content(of: lines[$0])) }
        guard let keyLine = keyLines.first else { return .missing }
        if keyLines.count > 1 { throw EditError(reason: "resources is defined more than once") }

        let keyContent = content(of: lines[keyLine])
        let afterKey = Array(keyContent.dropFirst(key.count))
        let valueStart = afterKey.firstIndex { !isBlank($0) } ?? afterKey.count
        let value = afterKey[valueStart...]

        if value.isEmpty || value.first == UInt8(ascii: "#") {
            let items = try blockItems(in: lines, after: keyLine)
            return items.isEmpty ? .empty(keyLine: keyLine, keyRest: afterKey) : .block(keyLine: keyLine, items: items)
        }
        if value.first == UInt8(ascii: "[") {
            let open = key.count + valueStart
            let (items, close) = try flowItems(in: keyContent, openingAt: open, line: keyLine)
            if items.isEmpty {
                return .empty(keyLine: keyLine, keyRest: Array(keyContent[(close + 1)...]))
            }
            return .flow(FlowList(line: keyLine, items: items))
        }
        for null in ["null", "~", "Null", "NULL"] {
            let token = Array(null.utf8)
            if value.starts(with: token) {
                let rest = Array(value.dropFirst(token.count))
                if isTrailingComment(rest) {
                    return .empty(keyLine: keyLine, keyRest: rest)
                }
            }
        }
        throw EditError(reason: "resources (line \(keyLine + 1)) is not a list")
    }

    /// A top-level `resources:` key (followed by a space, a tab or the end of the line).
    private static func isKeyLine(_ content: [UInt8]) -> Bool {
        guard content.starts(with: key) else { return false }
        guard content.count > key.count else { return true }
        return isBlank(content[key.count])
    }

    private static func blockItems(in lines: [[UInt8]], after keyLine: Int) throws -> [BlockItem] {
        var items: [BlockItem] = []
        var itemIndent: Int?
        var index = keyLine + 1
        while index < lines.count {
            let lineContent = content(of: lines[index])
            let indent = lineContent.firstIndex { $0 != UInt8(ascii: " ") } ?? lineContent.count
            let trimmed = lineContent[indent...]
            defer { index += 1 }
            if trimmed.allSatisfy(isBlank) || trimmed.first == UInt8(ascii: "#") { continue }
            let isDash = trimmed.first == UInt8(ascii: "-") && (trimmed.count == 1 || isBlank(trimmed[trimmed.startIndex + 1]))
            if let itemIndent {
                if isDash && indent == itemIndent {
                    items.append(blockItem(lineContent, line: index, dashAt: indent))
                } else if indent > itemIndent, let last = items.indices.last {
                    items[last].lastLine = index
                } else {
                    break
                }
            } else if isDash {
                itemIndent = indent
                items.append(blockItem(lineContent, line: index, dashAt: indent))
            } else if indent > 0 {
                throw EditError(reason: "resources (line \(keyLine + 1)) is not a list")
            } else {
                break
            }
        }
        return items
    }

    private static func blockItem(_ content: [UInt8], line: Int, dashAt dash: Int) -> BlockItem {
        let afterDash = dash + 1
        let valueStart = content[afterDash...].firstIndex { !isBlank($0) } ?? content.count
        let token = stripComment(Array(content[valueStart...]))
        return BlockItem(line: line, lastLine: line, prefix: Array(content[..<valueStart]), value: unquote(token))
    }

    /// Items of the flow sequence whose `[` is at `open`, and the offset of its `]`.
    private static func flowItems(in content: [UInt8], openingAt open: Int, line: Int) throws -> ([FlowItem], Int) {
        var items: [FlowItem] = []
        var tokenStart = open + 1
        var quote: UInt8?
        var index = open + 1
        func addToken(endingAt end: Int) {
            var start = tokenStart
            var stop = end
            while start < stop, isBlank(content[start]) { start += 1 }
            while stop > start, isBlank(content[stop - 1]) { stop -= 1 }
            if start < stop {
                items.append(FlowItem(start: start, end: stop, value: unquote(Array(content[start..<stop]))))
            }
        }
        while index < content.count {
            let byte = content[index]
            if let closing = quote {
                if byte == closing { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                throw EditError(reason: "resources (line \(line + 1)) holds a nested collection")
            } else if byte == UInt8(ascii: ",") {
                addToken(endingAt: index)
                tokenStart = index + 1
            } else if byte == UInt8(ascii: "]") {
                addToken(endingAt: index)
                guard isTrailingComment(Array(content[(index + 1)...])) else {
                    throw EditError(reason: "unexpected text after resources list on line \(line + 1)")
                }
                return (items, index)
            }
            index += 1
        }
        throw EditError(reason: "resources (line \(line + 1)) is a flow list spanning several lines, which is not supported")
    }
}

// MARK: - Bytes and lines

extension KustomizationResources {
    /// A line without its `\r` (files with CRLF endings keep them).
    private static func content(of line: [UInt8]) -> [UInt8] {
        line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
    }

    private static func lineEnding(of line: [UInt8]) -> [UInt8] {
        line.last == UInt8(ascii: "\r") ? [UInt8(ascii: "\r")] : []
    }

    private static func joined(_ lines: [[UInt8]]) -> String {
        String(decoding: Array(lines.joined(separator: [UInt8(ascii: "\n")])), as: UTF8.self)
    }

    /// The file with `resources:` and one entry added at the end.
    private static func appendingNewList(to lines: [[UInt8]], entry: [UInt8]) -> String {
        let usesCRLF = lines.contains { $0.last == UInt8(ascii: "\r") }
        let ending: [UInt8] = usesCRLF ? Array("\r\n".utf8) : [UInt8(ascii: "\n")]
        var text = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        if let last = text.last, last != UInt8(ascii: "\n") { text += ending }
        text += key + ending + defaultItemPrefix + entry + ending
        return String(decoding: text, as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Nothing but spaces, optionally followed by a comment.
    private static func isTrailingComment(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return true }
        return bytes[first] == UInt8(ascii: "#") && first > 0
    }

    /// A scalar token without a trailing ` # comment` (a `#` inside quotes is not a comment).
    private static func stripComment(_ token: [UInt8]) -> [UInt8] {
        var quote: UInt8?
        var end = token.count
        for (index, byte) in token.enumerated() {
            if let closing = quote {
                if byte == closing { quote = nil }
            } else if index == 0 && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) {
                quote = byte
            } else if byte == UInt8(ascii: "#") && index > 0 && isBlank(token[index - 1]) {
                end = index
                break
            }
        }
        var stop = end
        while stop > 0, isBlank(token[stop - 1]) { stop -= 1 }
        return Array(token[..<stop])
    }

    /// The string a plain or simply quoted scalar stands for.
    private static func unquote(_ token: [UInt8]) -> String {
        guard token.count >= 2, let first = token.first, first == token.last,
              first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") else {
            return String(decoding: token, as: UTF8.self)
        }
        let inner = String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
        if first == UInt8(ascii: "'") { return inner.replacingOccurrences(of: "''", with: "'") }
        return inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }

    /// Kustomize resolves `./a.yaml` and `a.yaml` to the same file.
    private static func sameEntry(_ a: String, _ b: String) -> Bool {
        func normalized(_ s: String) -> Substring {
            var s = Substring(s)
            while s.hasPrefix("./") { s = s.dropFirst(2) }
            return s
        }
        return normalized(a) == normalized(b)
    }
}
