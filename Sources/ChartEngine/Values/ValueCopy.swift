import GoTemplate

extension Value {
    /// A deep copy (Helm's `copystructure.Copy`): maps and lists are duplicated all the way down.
    func deepCopied() -> Value {
        switch self {
        case .map(let m): return .map(m.deepCopied())
        case .list(let l): return .list(GoList(l.elements.map { $0.deepCopied() }, elementType: l.elementType))
        default: return self
        }
    }

    /// Go's `istable`: a `map[string]interface {}`.
    var isTable: Bool {
        if case .map = self { return true }
        return false
    }
}

extension GoMap {
    func deepCopied() -> GoMap {
        let copy = GoMap([:], typeName: typeName, elementType: elementType, methods: methods)
        for (key, value) in entries { copy.entries[key] = value.deepCopied() }
        return copy
    }
}
