import GoTemplate

/// A table while parsing: a reference, because BurntSushi fills tables in place through the context path.
final class TOMLTable {
    var entries: [String: TOMLNode] = [:]
}

/// What BurntSushi's parser stores under a key: a Go value, an `[]interface{}` array, a table, or the
/// `[]map[string]interface{}` of an array of tables.
enum TOMLNode {
    case scalar(Value)
    case array([TOMLNode])
    case table(TOMLTable)
    case tableArray([TOMLTable])
}

/// BurntSushi's `ParseError.Error()`: `toml: line N (last key "k"): message`.
struct TOMLParseError: Error {
    let message: String
    let line: Int
    let lastKey: String

    var text: String {
        lastKey.isEmpty ? "toml: line \(line): \(message)"
            : "toml: line \(line) (last key \(GoFormat.quote(lastKey))): \(message)"
    }
}

/// BurntSushi/toml v1.6's parser (parse.go): turns the lexer's items into nested tables, with the same
/// duplicate-key and implicit-table rules and the same error messages.
struct TOMLParser {
    private var lexer: TOMLLexer
    private let root = TOMLTable()
    /// Full key of the table in scope.
    private var context: [String] = []
    /// Last part of the key whose value is being parsed.
    private var currentKey = ""
    /// Line of the last key or table name read (Go's `p.pos`), for errors not tied to an item.
    private var keyLine = 1
    /// Tables created implicitly (`a` in `[a.b]` or `a.b = 1`), which may still be defined explicitly.
    private var implicits: Set<String> = []
    /// Keys whose value is an array (Go's keyInfo type check).
    private var arrayKeys: Set<String> = []
    private var depth = 0
    /// Nesting of arrays and inline tables allowed (see `DeepNesting`); Go itself has no limit.
    private let depthLimit: Int

    init(_ text: String, depthLimit: Int) {
        self.depthLimit = depthLimit
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        lexer = TOMLLexer(String(body))
    }

    mutating func parse() throws -> TOMLTable {
        while true {
            let item = try next()
            if item.kind == .eof { break }
            try topLevel(item)
        }
        return root
    }

    // MARK: Items and errors

    private mutating func next() throws -> TOMLLexer.Item {
        let item = lexer.nextItem()
        if item.kind == .error { throw TOMLParseError(message: item.text, line: item.line, lastKey: current) }
        return item
    }

    private mutating func nextKeyItem() throws -> TOMLLexer.Item {
        let item = try next()
        keyLine = item.line
        return item
    }

    private func error(_ message: String, line: Int? = nil) -> TOMLParseError {
        TOMLParseError(message: message, line: line ?? keyLine, lastKey: current)
    }

    private func bug(_ message: String) -> TOMLParseError {
        TOMLParseError(message: "BUG: " + message, line: keyLine, lastKey: current)
    }

    /// Go's `p.current()`: the full key being worked on.
    private var current: String {
        if currentKey.isEmpty { return Self.keyString(context) }
        if context.isEmpty { return currentKey }
        return Self.keyString(context) + "." + Self.keyString([currentKey])
    }

    // MARK: Top level

    private mutating func topLevel(_ item: TOMLLexer.Item) throws {
        switch item.kind {
        case .commentStart:
            _ = try next()
        case .tableStart, .arrayTableStart:
            let isArray = item.kind == .arrayTableStart
            let end: TOMLLexer.ItemKind = isArray ? .arrayTableEnd : .tableEnd
            var name = try nextKeyItem()
            var key: [String] = []
            while name.kind != end && name.kind != .eof {
                key.append(try keyString(name))
                name = try next()
            }
            guard name.kind == end else { throw bug("expected table end") }
            try addContext(key, array: isArray)
        case .keyStart:
            let outerContext = context
            let key = try readKey()
            currentKey = key.last ?? ""
            for part in key.dropLast() { try addImplicitContext(context + [part]) }
            let valueItem = try next()
            let value = try self.value(valueItem, parentIsArray: false)
            try setValue(currentKey, value)
            context = outerContext
            currentKey = ""
        default:
            throw bug("unexpected item at top level")
        }
    }

    /// The parts of a `a."b".c =` key, up to the `=`.
    private mutating func readKey() throws -> [String] {
        var item = try nextKeyItem()
        var key: [String] = []
        while item.kind != .keyEnd && item.kind != .eof {
            key.append(try keyString(item))
            item = try next()
        }
        guard item.kind == .keyEnd, !key.isEmpty else { throw bug("expected key end") }
        return key
    }

    private mutating func keyString(_ item: TOMLLexer.Item) throws -> String {
        switch item.kind {
        case .text: return item.text
        case .string, .stringEscaped, .rawString, .multilineString, .rawMultilineString:
            if case .scalar(.string(let s)) = try value(item, parentIsArray: false) { return s }
            throw bug("key is not a string")
        default:
            throw bug("unexpected key item")
        }
    }

    // MARK: Values

    private mutating func value(_ item: TOMLLexer.Item, parentIsArray: Bool) throws -> TOMLNode {
        switch item.kind {
        case .string, .rawString:
            return .scalar(.string(item.text))
        case .stringEscaped:
            return .scalar(.string(try TOMLStrings.replaceEscapes(item.text, line: item.line, lastKey: current)))
        case .multilineString:
            let stripped = TOMLStrings.stripEscapedNewlines(TOMLStrings.stripFirstNewline(item.text))
            return .scalar(.string(try TOMLStrings.replaceEscapes(stripped, line: item.line, lastKey: current)))
        case .rawMultilineString:
            return .scalar(.string(TOMLStrings.stripFirstNewline(item.text)))
        case .integer:
            return .scalar(try TOMLNumbers.integer(item.text, line: item.line, lastKey: current))
        case .float:
            return .scalar(try TOMLNumbers.float(item.text, line: item.line, lastKey: current))
        case .bool:
            return .scalar(.bool(item.text == "true"))
        case .datetime:
            guard let time = TOMLDateTimeParser.parse(item.text) else {
                throw error("invalid datetime: \(GoFormat.quote(item.text))", line: item.line)
            }
            return .scalar(.object(time))
        case .array:
            return try valueArray()
        case .inlineTableStart:
            return try valueInlineTable(parentIsArray: parentIsArray)
        default:
            throw bug("unexpected value item")
        }
    }

    private mutating func enterNesting() throws {
        depth += 1
        guard depth > depthLimit else { return }
        if depthLimit < DeepNesting.goLimit { throw DeepNesting.TooDeep() }
        throw error("nesting deeper than \(DeepNesting.goLimit) levels")
    }

    private mutating func valueArray() throws -> TOMLNode {
        try enterNesting()
        defer { depth -= 1 }
        arrayKeys.insert(Self.keyString(context + [currentKey]))
        var elements: [TOMLNode] = []
        var item = try next()
        while item.kind != .arrayEnd {
            if item.kind == .commentStart {
                _ = try next()
            } else {
                elements.append(try value(item, parentIsArray: true))
            }
            item = try next()
        }
        return .array(elements)
    }

    /// Go builds the table twice: in the parser's tree through the context (which catches duplicate keys)
    /// and as a fresh map returned as the value. Which one survives depends on `setValue`.
    private mutating func valueInlineTable(parentIsArray: Bool) throws -> TOMLNode {
        try enterNesting()
        defer { depth -= 1 }
        let topHash = TOMLTable()
        let outerContext = context
        let outerKey = currentKey
        context.append(currentKey)
        let tableContext = context
        currentKey = ""
        implicits.insert(Self.keyString(context))
        try addContext(context, array: parentIsArray)

        var item = try next()
        while item.kind != .inlineTableEnd {
            if item.kind == .commentStart {
                _ = try next()
                item = try next()
                continue
            }
            let key = try readKey()
            currentKey = key.last ?? ""
            let parents = Array(key.dropLast())
            for part in parents { try addImplicitContext(context + [part]) }
            let value = try self.value(try next(), parentIsArray: false)
            try setValue(currentKey, value)

            var hash = topHash
            for part in parents {
                switch hash.entries[part] {
                case nil:
                    let fresh = TOMLTable()
                    hash.entries[part] = .table(fresh)
                    hash = fresh
                case .table(let existing)?:
                    hash = existing
                default:
                    throw error("\(GoFormat.quote(Self.keyString(context))) is not a table")
                }
            }
            hash.entries[currentKey] = value
            context = tableContext
            item = try next()
        }
        context = outerContext
        currentKey = outerKey
        return .table(topHash)
    }

    // MARK: Tables

    private mutating func addImplicitContext(_ key: [String]) throws {
        implicits.insert(Self.keyString(key))
        try addContext(key, array: false)
    }

    /// Go's `addContext`: walks to the parent table (creating implicit ones), then opens the table or a
    /// new element of the array of tables, which becomes the context.
    private mutating func addContext(_ key: [String], array: Bool) throws {
        guard let last = key.last else { throw bug("empty table key") }
        var hash = root
        var keyContext: [String] = []
        for part in key.dropLast() {
            keyContext.append(part)
            if hash.entries[part] == nil {
                implicits.insert(Self.keyString(keyContext))
                hash.entries[part] = .table(TOMLTable())
            }
            switch hash.entries[part] {
            case .tableArray(let tables)?:
                guard let lastTable = tables.last else { throw bug("empty array of tables") }
                hash = lastTable
            case .table(let table)?:
                hash = table
            default:
                throw error("Key '\(Self.keyString(keyContext))' was already created as a hash.")
            }
        }
        context = keyContext
        if array {
            if hash.entries[last] == nil { hash.entries[last] = .tableArray([]) }
            guard case .tableArray(var tables)? = hash.entries[last] else {
                throw error("Key '\(Self.keyString(key))' was already created and cannot be used as an array.")
            }
            tables.append(TOMLTable())
            hash.entries[last] = .tableArray(tables)
        } else {
            try setValue(last, .table(TOMLTable()))
        }
        context.append(last)
    }

    /// Go's `setValue`: stores under the current context. A key defined before is an error unless it was
    /// only implied; an implied array (from inline tables inside it) gives way to the array value.
    private mutating func setValue(_ key: String, _ value: TOMLNode) throws {
        var hash = root
        var keyContext: [String] = []
        for part in context {
            keyContext.append(part)
            switch hash.entries[part] {
            case .tableArray(let tables)?:
                guard let lastTable = tables.last else { throw bug("empty array of tables") }
                hash = lastTable
            case .table(let table)?:
                hash = table
            case nil:
                throw bug("context for key '\(Self.keyString(keyContext))' has not been established")
            default:
                throw error("Key '\(Self.keyString(keyContext))' has already been defined.")
            }
        }
        keyContext.append(key)
        let name = Self.keyString(keyContext)
        if hash.entries[key] != nil {
            if implicits.contains(name) {
                implicits.remove(name)
                if arrayKeys.contains(name) { hash.entries[key] = value }
                return
            }
            throw error("Key '\(name)' has already been defined.")
        }
        hash.entries[key] = value
    }

    /// Go's `Key.String()`: parts joined with dots, quoted when not bare.
    static func keyString(_ key: [String]) -> String {
        key.map { part -> String in
            if part.isEmpty { return "\"\"" }
            if part.unicodeScalars.allSatisfy(TOMLLexer.isBareKeyChar) { return part }
            var quoted = "\""
            for scalar in part.unicodeScalars {
                switch scalar {
                case "\"": quoted += "\\\""
                case "\\": quoted += "\\\\"
                default: quoted.unicodeScalars.append(scalar)
                }
            }
            return quoted + "\""
        }.joined(separator: ".")
    }
}
