/// The glob syntax of `.Files.Glob` (gobwas/glob with `/` as separator): `*` stays within a path
/// segment, `**` crosses segments, `?` is one non-separator character, `[abc]`, `[!abc]`, `[a-z]`
/// classes, `{a,b}` alternatives and `\` escapes.
struct FileGlob {
    private indirect enum Token {
        case literal(Unicode.Scalar)
        case anyInSegment
        case anyAcrossSegments
        case single
        case characterClass(negated: Bool, ranges: [ClosedRange<UInt32>])
        case alternatives([[Token]])
    }

    private let tokens: [Token]

    /// Nil when the pattern is malformed; Helm then falls back to `**` (everything).
    init?(_ pattern: String) {
        var scalars = Array(pattern.unicodeScalars)[...]
        guard let tokens = FileGlob.parse(&scalars, inAlternatives: false), scalars.isEmpty else { return nil }
        self.tokens = tokens
    }

    func matches(_ name: String) -> Bool {
        FileGlob.match(tokens[...], Array(name.unicodeScalars)[...])
    }

    private static func parse(_ input: inout ArraySlice<Unicode.Scalar>, inAlternatives: Bool) -> [Token]? {
        var tokens: [Token] = []
        while let scalar = input.first {
            if inAlternatives && (scalar == "," || scalar == "}") { return tokens }
            input = input.dropFirst()
            switch scalar {
            case "*":
                if input.first == "*" {
                    input = input.dropFirst()
                    tokens.append(.anyAcrossSegments)
                } else {
                    tokens.append(.anyInSegment)
                }
            case "?":
                tokens.append(.single)
            case "\\":
                guard let escaped = input.first else { return nil }
                input = input.dropFirst()
                tokens.append(.literal(escaped))
            case "[":
                var negated = false
                if input.first == "!" {
                    negated = true
                    input = input.dropFirst()
                }
                var ranges: [ClosedRange<UInt32>] = []
                while let next = input.first, next != "]" {
                    input = input.dropFirst()
                    if input.first == "-", input.dropFirst().first.map({ $0 != "]" }) ?? false {
                        input = input.dropFirst()
                        guard let high = input.first else { return nil }
                        input = input.dropFirst()
                        guard next.value <= high.value else { return nil }
                        ranges.append(next.value...high.value)
                    } else {
                        ranges.append(next.value...next.value)
                    }
                }
                guard input.first == "]" else { return nil }
                input = input.dropFirst()
                tokens.append(.characterClass(negated: negated, ranges: ranges))
            case "{":
                var branches: [[Token]] = []
                while true {
                    guard let branch = parse(&input, inAlternatives: true) else { return nil }
                    branches.append(branch)
                    guard let separator = input.first else { return nil }
                    input = input.dropFirst()
                    if separator == "}" { break }
                }
                tokens.append(.alternatives(branches))
            default:
                tokens.append(.literal(scalar))
            }
        }
        return inAlternatives ? nil : tokens
    }

    private static func match(_ tokens: ArraySlice<Token>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let token = tokens.first else { return name.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let scalar):
            guard name.first == scalar else { return false }
            return match(rest, name.dropFirst())
        case .single:
            guard let first = name.first, first != "/" else { return false }
            return match(rest, name.dropFirst())
        case .characterClass(let negated, let ranges):
            guard let first = name.first, first != "/" else { return false }
            let inClass = ranges.contains { $0.contains(first.value) }
            guard inClass != negated else { return false }
            return match(rest, name.dropFirst())
        case .anyInSegment, .anyAcrossSegments:
            let crossesSegments: Bool
            if case .anyAcrossSegments = token { crossesSegments = true } else { crossesSegments = false }
            var candidate = name
            while true {
                if match(rest, candidate) { return true }
                guard let first = candidate.first, crossesSegments || first != "/" else { return false }
                candidate = candidate.dropFirst()
            }
        case .alternatives(let branches):
            return branches.contains { match($0[...] + rest, name) }
        }
    }
}
