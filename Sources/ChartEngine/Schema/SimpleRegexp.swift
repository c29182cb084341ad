/// Go `regexp` matching for the plain patterns schemas use (`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`,
/// `^[0-9]{12}$`) without ICU, whose one-time setup costs more than a whole render of a typical
/// chart. Supported: literals and escaped punctuation, `.`, classes with ranges and `\d \w \s`
/// (ASCII, as in Go), groups, alternation, `* + ? {n} {n,} {n,m}` (greedy or lazy), `^` and `$`
/// (text start and end, as in Go without flags). Anything else — flags, Unicode classes, `\b`, named
/// groups, POSIX classes — makes `init` fail and the caller falls back to ICU.
///
/// Matching simulates the automaton breadth-first (Thompson/Pike), so it is linear in the text.
struct SimpleRegexp {
    private indirect enum Node {
        case scalars(ScalarClass)
        case textStart, textEnd
        case concat([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?)
    }

    /// A set of scalars as ranges, possibly negated.
    private struct ScalarClass {
        var ranges: [ClosedRange<UInt32>]
        var negated = false

        func contains(_ c: UInt32) -> Bool {
            ranges.contains { $0.contains(c) } != negated
        }
    }

    private enum Instruction {
        case scalars(ScalarClass)
        case textStart, textEnd
        case split(Int, Int)
        case jump(Int)
        case match
    }

    /// Go's limit on `{n,m}` counts; larger ones are left to the fallback.
    private static let maxRepeat = 1000
    /// Programs past this size (large counted repetitions) are left to the fallback.
    private static let maxProgram = 20_000

    private var program: [Instruction] = []

    init?(_ pattern: String) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let node = parser.parseAlternation(), parser.atEnd,
              Self.size(of: node) < Self.maxProgram else { return nil }
        emit(node)
        program.append(.match)
    }

    /// How many instructions `emit` makes of `node`, saturating at `maxProgram`.
    private static func size(of node: Node) -> Int {
        let size: Int
        switch node {
        case .scalars, .textStart, .textEnd:
            size = 1
        case .concat(let parts):
            size = parts.reduce(0) { min($0 + Self.size(of: $1), maxProgram) }
        case .alternation(let branches):
            size = branches.reduce(2 * (branches.count - 1)) { min($0 + Self.size(of: $1), maxProgram) }
        case .repetition(let body, let low, let high):
            let bodySize = Self.size(of: body)
            let optional = high.map { ($0 - low) * (bodySize + 1) } ?? bodySize + 2
            size = low * bodySize + optional
        }
        return min(size, maxProgram)
    }

    /// Whether the pattern matches anywhere in `text` (Go's `MatchString`).
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current: [Int] = []
        var next: [Int] = []
        var seen = [Int](repeating: -1, count: program.count)
        for position in 0...scalars.count {
            // An unanchored search starts a new attempt at every position.
            if addThread(0, position, scalars.count, &current, &seen, generation: position) { return true }
            guard position < scalars.count else { break }
            let c = scalars[position].value
            next.removeAll(keepingCapacity: true)
            for pc in current {
                if case .scalars(let set) = program[pc], set.contains(c),
                   addThread(pc + 1, position + 1, scalars.count, &next, &seen, generation: position + 1) {
                    return true
                }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds `pc` and what it reaches without consuming text; true when that reaches a match.
    private func addThread(_ pc: Int, _ position: Int, _ count: Int, _ list: inout [Int], _ seen: inout [Int],
                           generation: Int) -> Bool {
        var stack = [pc]
        while let pc = stack.popLast() {
            if seen[pc] == generation { continue }
            seen[pc] = generation
            switch program[pc] {
            case .match: return true
            case .scalars: list.append(pc)
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .textStart: if position == 0 { stack.append(pc + 1) }
            case .textEnd: if position == count { stack.append(pc + 1) }
            }
        }
        return false
    }

    private mutating func emit(_ node: Node) {
        switch node {
        case .scalars(let set): program.append(.scalars(set))
        case .textStart: program.append(.textStart)
        case .textEnd: program.append(.textEnd)
        case .concat(let parts): for part in parts { emit(part) }
        case .alternation(let branches):
            var jumpsToEnd: [Int] = []
            for (i, branch) in branches.enumerated() {
                if i == branches.count - 1 {
                    emit(branch)
                } else {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    emit(branch)
                    jumpsToEnd.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumpsToEnd { program[jump] = .jump(program.count) }
        case .repetition(let body, let min, let max):
            for _ in 0..<min { emit(body) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(program.count)
                    program.append(.split(0, 0))
                    emit(body)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let split = program.count
                program.append(.split(0, 0))
                emit(body)
                program.append(.jump(split))
                program[split] = .split(split + 1, program.count)
            }
        }
    }

    /// A recursive-descent parser for the supported subset; nil for anything outside it.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var depth = 0

        var atEnd: Bool { index == scalars.count }

        private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func parseAlternation() -> Node? {
            depth += 1
            defer { depth -= 1 }
            guard depth < 100 else { return nil }
            var branches: [Node] = []
            while true {
                guard let branch = parseConcat() else { return nil }
                branches.append(branch)
                guard peek() == "|" else { break }
                index += 1
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        private mutating func parseConcat() -> Node? {
            var parts: [Node] = []
            while let c = peek(), c != "|", c != ")" {
                guard let atom = parseAtom(), let quantified = parseQuantifiers(atom) else { return nil }
                parts.append(quantified)
            }
            return .concat(parts)
        }

        private mutating func parseQuantifiers(_ atom: Node) -> Node? {
            guard let c = peek() else { return atom }
            let bounds: (Int, Int?)
            switch c {
            case "*": index += 1; bounds = (0, nil)
            case "+": index += 1; bounds = (1, nil)
            case "?": index += 1; bounds = (0, 1)
            case "{":
                guard let counted = parseCount() else { return nil }
                bounds = counted
            default:
                return atom
            }
            if peek() == "?" { index += 1 }  // Lazy: same set of matching texts.
            // Go rejects a repetition of a repetition (`a**`); leave such patterns to the fallback.
            if let next = peek(), "*+?{".unicodeScalars.contains(next) { return nil }
            if case .textStart = atom { return nil }
            if case .textEnd = atom { return nil }
            return .repetition(atom, min: bounds.0, max: bounds.1)
        }

        /// `{n}`, `{n,}`, `{n,m}`; nil for anything else (Go reads a malformed one as literal text).
        private mutating func parseCount() -> (Int, Int?)? {
            index += 1
            guard let min = parseNumber() else { return nil }
            var max: Int? = min
            if peek() == "," {
                index += 1
                max = peek() == "}" ? nil : parseNumber()
                if max == nil && peek() != "}" { return nil }
            }
            guard peek() == "}" else { return nil }
            index += 1
            if let max, max < min || max > SimpleRegexp.maxRepeat { return nil }
            if min > SimpleRegexp.maxRepeat { return nil }
            return (min, max)
        }

        private mutating func parseNumber() -> Int? {
            var value = 0
            var digits = 0
            while let c = peek(), ("0"..."9").contains(c) {
                value = value * 10 + Int(c.value - 48)
                digits += 1
                index += 1
                if digits > 4 { return nil }
            }
            return digits > 0 ? value : nil
        }

        private mutating func parseAtom() -> Node? {
            guard let c = peek() else { return nil }
            index += 1
            switch c {
            case "^": return .textStart
            case "$": return .textEnd
            case ".": return .scalars(ScalarClass(ranges: [10...10], negated: true))
            case "[": return parseClass()
            case "(":
                if peek() == "?" {
                    guard index + 1 < scalars.count, scalars[index + 1] == ":" else { return nil }
                    index += 2
                }
                guard let inner = parseAlternation(), peek() == ")" else { return nil }
                index += 1
                return inner
            case "\\":
                guard let set = parseEscape() else { return nil }
                return .scalars(set)
            case "*", "+", "?", "{", ")", "]", "}":
                return nil
            default:
                return .scalars(ScalarClass(ranges: [c.value...c.value]))
            }
        }

        /// After `\`: a Perl class or an escaped character.
        private mutating func parseEscape() -> ScalarClass? {
            guard let c = peek() else { return nil }
            index += 1
            switch c {
            case "d": return ScalarClass(ranges: Self.digits)
            case "D": return ScalarClass(ranges: Self.digits, negated: true)
            case "w": return ScalarClass(ranges: Self.word)
            case "W": return ScalarClass(ranges: Self.word, negated: true)
            case "s": return ScalarClass(ranges: Self.space)
            case "S": return ScalarClass(ranges: Self.space, negated: true)
            case "n": return ScalarClass(ranges: [10...10])
            case "t": return ScalarClass(ranges: [9...9])
            case "r": return ScalarClass(ranges: [13...13])
            case "f": return ScalarClass(ranges: [12...12])
            case "v": return ScalarClass(ranges: [11...11])
            default:
                // Go allows escaping any ASCII punctuation; other escapes are left to the fallback.
                guard c.isASCII, Self.isPunctuation(c) else { return nil }
                return ScalarClass(ranges: [c.value...c.value])
            }
        }

        /// After `[`: ranges, single characters and Perl classes, up to `]`.
        private mutating func parseClass() -> Node? {
            var set = ScalarClass(ranges: [])
            if peek() == "^" { set.negated = true; index += 1 }
            // Go reads a leading `]` as a literal; ICU does not. Leave it to the fallback.
            if peek() == "]" { return nil }
            var first = true
            while let c = peek(), c != "]" {
                index += 1
                let low: UInt32
                switch c {
                case "[": return nil
                case "\\":
                    guard let escaped = parseEscape() else { return nil }
                    if escaped.negated { return nil }
                    if escaped.ranges.count != 1 || escaped.ranges[0].count != 1 {
                        set.ranges += escaped.ranges
                        first = false
                        continue
                    }
                    low = escaped.ranges[0].lowerBound
                case "-":
                    // Literal only at the start or the end of the class.
                    guard first || peek() == "]" else { return nil }
                    low = c.value
                default:
                    low = c.value
                }
                first = false
                if peek() == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                    index += 1
                    guard let h = peek(), h != "[" else { return nil }
                    index += 1
                    let high: UInt32
                    if h == "\\" {
                        guard let escaped = parseEscape(), !escaped.negated, escaped.ranges.count == 1,
                              escaped.ranges[0].count == 1 else { return nil }
                        high = escaped.ranges[0].lowerBound
                    } else {
                        high = h.value
                    }
                    guard low <= high else { return nil }
                    set.ranges.append(low...high)
                } else {
                    set.ranges.append(low...low)
                }
            }
            guard peek() == "]", !set.ranges.isEmpty else { return nil }
            index += 1
            return .scalars(set)
        }

        private static let digits: [ClosedRange<UInt32>] = [48...57]
        private static let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
        private static let space: [ClosedRange<UInt32>] = [9...10, 12...13, 32...32]

        private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
            default: return false
            }
        }
    }
}
