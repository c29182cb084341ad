import GoTemplate

/// Helm's `loader.MergeMaps`: `b` over `a`, maps merged recursively, everything else replaced.
/// Returns a new top-level map; nested maps of `a` are rebuilt, not mutated.
func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
    let out = GoMap(a.entries)
    for (key, value) in b.entries {
        if case .map(let bTable) = value, case .map(let aTable)? = out[key] {
            out[key] = .map(mergeMaps(aTable, bTable))
            continue
        }
        out[key] = value
    }
    return out
}
