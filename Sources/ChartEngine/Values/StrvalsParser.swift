import GoTemplate
import HelmYAML

/// Helm's `pkg/strvals` parser (parser.go and literal_parser.go), ported rune for rune so that
/// edge cases (`a.`, `a[0]`, `=1`) and error texts match.
struct StrvalsParser {
    enum Mode {
        /// `--set` (`stringOnly: false`) and `--set-string` (`true`).
        case typed(stringOnly: Bool)
        /// `--set-file`: each value is a path, replaced by what the reader returns.
        case file((String) throws -> Value)
        /// `--set-json`
        case json
        /// `--set-literal`
        case literal
    }

    static let maxIndex = 65536
    static let maxNestedNameLevel = 30

    private var scanner: StrvalsScanner
    private let mode: Mode

    init(_ text: String, mode: Mode) {
        scanner = StrvalsScanner(text)
        self.mode = mode
    }

    private var isLiteral: Bool {
        if case .literal = mode { return true }
        return false
    }

    private var isJSON: Bool {
        if case .json = mode { return true }
        return false
    }

    mutating func parse(into data: GoMap) throws {
        while true {
            do {
                try key(data, level: 0)
            } catch StrvalsSignal.endOfInput {
                return
            } catch let signal as StrvalsSignal {
                throw StrvalsError(signal.message)
            }
        }
    }

    // MARK: - keys

    private mutating func key(_ data: GoMap, level: Int) throws {
        let stop: Set<Unicode.Scalar> = isLiteral ? ["=", "[", "."] : ["=", "[", ",", "."]
        var level = level
        let (k, last) = scanner.runes(until: stop, escapes: !isLiteral)
        let name = k.string
        guard let last else {
            if k.isEmpty { throw StrvalsSignal.endOfInput }
            throw StrvalsSignal.failure("key \(GoFormat.quote(name)) has no value")
        }
        switch last {
        case "[":
            let i = try keyIndex()
            var list: [Value] = []
            if let existing = data[name] {
                guard case .list(let l) = existing else { throw Self.conversionPanic(existing, wanted: "[]interface {}") }
                list = l.elements
            }
            do {
                list = try listItem(list, i, level: level)
            } catch StrvalsSignal.endOfInput {
                // Go sets the (unchanged) list before returning EOF: `a[0]` yields `a: []`.
                set(data, name, .list(list))
                throw StrvalsSignal.endOfInput
            }
            set(data, name, .list(list))
        case "=":
            if isLiteral {
                let value = scanner.runes(until: [], escapes: false).runes
                set(data, name, .string(value.string))
                return
            }
            if isJSON {
                if emptyValue() {
                    set(data, name, .null)
                    return
                }
                set(data, name, try decodeJSONValue())
                _ = emptyValue()
                return
            }
            do {
                let list = try valueList()
                set(data, name, .list(list))
            } catch StrvalsSignal.endOfInput {
                set(data, name, .string(""))
                throw StrvalsSignal.endOfInput
            } catch StrvalsSignal.notList {
                let runes = scanner.runes(until: [","], escapes: true).runes
                set(data, name, try read(runes))
            }
        case ",":
            set(data, name, .string(""))
            throw StrvalsSignal.failure("key \(GoFormat.quote(name)) has no value (cannot end with ,)")
        default: // "."
            level += 1
            if level > Self.maxNestedNameLevel {
                throw StrvalsSignal.failure("value name nested level is greater than maximum supported nested level of \(Self.maxNestedNameLevel)")
            }
            var inner = GoMap()
            if let existing = data[name] {
                guard case .map(let m) = existing else { throw Self.conversionPanic(existing, wanted: "map[string]interface {}") }
                inner = m
            }
            var innerError: Error?
            do { try key(inner, level: level) } catch { innerError = error }
            if innerError == nil && inner.count == 0 {
                throw StrvalsSignal.failure("key map \(GoFormat.quote(name)) has no value")
            }
            if inner.count != 0 { set(data, name, .map(inner)) }
            if let innerError { throw innerError }
        }
    }

    private func set(_ data: GoMap, _ key: String, _ value: Value) {
        if key.isEmpty { return }
        data[key] = value
    }

    /// Go's failed type assertion, recovered by `key` as "unable to parse key: …".
    private static func conversionPanic(_ value: Value, wanted: String) -> StrvalsSignal {
        let have = value.isNil ? "nil" : value.goTypeName
        return .failure("unable to parse key: interface conversion: interface {} is \(have), not \(wanted)")
    }

    private mutating func keyIndex() throws -> Int {
        let (runes, stop) = scanner.runes(until: ["]"], escapes: !isLiteral)
        guard stop != nil else { throw StrvalsSignal.endOfInput }
        let text = runes.string
        guard let i = Self.atoi(text) else {
            let reason = Self.looksNumeric(text) ? "value out of range" : "invalid syntax"
            throw StrvalsSignal.failure("error parsing index: strconv.Atoi: parsing \(GoFormat.quote(text)): \(reason)")
        }
        return i
    }

    /// `strconv.Atoi`: optional sign, decimal digits, 64-bit range.
    static func atoi(_ s: String) -> Int? {
        guard looksNumeric(s) else { return nil }
        return Int(s)
    }

    private static func looksNumeric(_ s: String) -> Bool {
        var body = Substring(s)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        return !body.isEmpty && body.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    // MARK: - lists

    private mutating func listItem(_ list: [Value], _ i: Int, level: Int) throws -> [Value] {
        if i < 0 { throw StrvalsSignal.failure("negative \(i) index not allowed") }
        let (k, last) = scanner.runes(until: ["[", ".", "="], escapes: !isLiteral)
        if !k.isEmpty { throw StrvalsSignal.failure("unexpected data at end of array index: \(k.goQuotedRunes)") }
        guard let last else { throw StrvalsSignal.endOfInput }
        switch last {
        case "=":
            if isLiteral {
                let value = scanner.runes(until: [], escapes: false).runes
                return try Self.setIndex(list, i, .string(value.string))
            }
            if isJSON {
                if emptyValue() { return try Self.setIndex(list, i, .null) }
                let updated = try Self.setIndex(list, i, try decodeJSONValue())
                _ = emptyValue()
                return updated
            }
            do {
                return try Self.setIndex(list, i, .list(try valueList()))
            } catch StrvalsSignal.endOfInput {
                return try Self.setIndex(list, i, .string(""))
            } catch StrvalsSignal.notList {
                let runes = scanner.runes(until: [","], escapes: true).runes
                return try Self.setIndex(list, i, try read(runes))
            }
        case "[":
            let next = try keyIndex()
            var current: [Value] = []
            if i < list.count, !list[i].isNil {
                guard case .list(let l) = list[i] else { throw Self.conversionPanic(list[i], wanted: "[]interface {}") }
                current = l.elements
            }
            let nested = try listItem(current, next, level: level)
            return try Self.setIndex(list, i, .list(nested))
        default: // "."
            var list = list
            var inner = GoMap()
            if i < list.count {
                if case .map(let m) = list[i] {
                    inner = m
                } else {
                    list[i] = .map(inner)
                }
            }
            try key(inner, level: level)
            return try Self.setIndex(list, i, .map(inner))
        }
    }

    static func setIndex(_ list: [Value], _ index: Int, _ value: Value) throws -> [Value] {
        if index < 0 { throw StrvalsSignal.failure("negative \(index) index not allowed") }
        if index > maxIndex {
            throw StrvalsSignal.failure("index of \(index) is greater than maximum supported index of \(maxIndex)")
        }
        var list = list
        if list.count <= index {
            list.append(contentsOf: Array(repeating: Value.null, count: index + 1 - list.count))
        }
        list[index] = value
        return list
    }

    // MARK: - values

    /// `{a,b,c}`; `.notList` when the value does not start with `{`.
    private mutating func valueList() throws -> [Value] {
        guard let r = scanner.readRune() else { throw StrvalsSignal.endOfInput }
        if r != "{" {
            scanner.unreadRune()
            throw StrvalsSignal.notList
        }
        var list: [Value] = []
        while true {
            let (runes, last) = scanner.runes(until: [",", "}"], escapes: true)
            guard let last else { throw StrvalsSignal.failure("list must terminate with '}'") }
            if last == "}" {
                if let next = scanner.readRune(), next != "," { scanner.unreadRune() }
                list.append(try read(runes))
                return list
            }
            list.append(try read(runes))
        }
    }

    /// Go's `emptyVal`: skips spaces; true at end of input or after a comma.
    private mutating func emptyValue() -> Bool {
        while let r = scanner.readRune() {
            if r == "," { return true }
            if !r.properties.isWhitespace {
                scanner.unreadRune()
                return false
            }
        }
        return true
    }

    private mutating func decodeJSONValue() throws -> Value {
        let rest = String(String.UnicodeScalarView(scanner.remaining))
        do {
            let (value, consumedBytes) = try JSONDecoding.decodeFirst(rest)
            // A JSON value ends at an ASCII delimiter or the end, so the byte count falls on a scalar boundary.
            scanner.skip(String(decoding: rest.utf8.prefix(consumedBytes), as: UTF8.self).unicodeScalars.count)
            return value
        } catch let error as YAMLError {
            throw StrvalsSignal.failure(error.message)
        }
    }

    private func read(_ runes: [Unicode.Scalar]) throws -> Value {
        switch mode {
        case .typed(let stringOnly):
            return Self.typedValue(runes.string, stringOnly: stringOnly)
        case .file(let reader):
            do {
                return try reader(runes.string)
            } catch let error as StrvalsSignal {
                throw error
            } catch {
                throw StrvalsSignal.failure("\(error)")
            }
        case .json, .literal:
            return .string(runes.string)
        }
    }

    /// Go's `typedVal`: true/false/null in any case, int64 for decimal integers not starting with 0.
    static func typedValue(_ value: String, stringOnly: Bool) -> Value {
        if stringOnly { return .string(value) }
        let lower = value.lowercased()
        if lower == "true" { return .bool(true) }
        if lower == "false" { return .bool(false) }
        if lower == "null" { return .null }
        if value == "0" { return .int64(0) }
        if let first = value.utf8.first, first != UInt8(ascii: "0"), looksNumeric(value), let i = Int64(value) {
            return .int64(i)
        }
        return .string(value)
    }
}
