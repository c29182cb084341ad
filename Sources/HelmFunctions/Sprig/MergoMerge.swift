import GoTemplate

/// dario.cat/mergo v1.0.1's map merge as Sprig's `merge` (`mergo.Merge`) and `mergeOverwrite`
/// (`mergo.MergeWithOverwrite`) use it on `map[string]interface{}`. The destination is changed in place
/// (nested maps too), as in Go.
///
/// Without overwrite a key is filled only when missing or empty in the destination; with overwrite every
/// source value wins, including nil and empty ones. Nested maps merge recursively; a slice in the source
/// replaces the destination's only when overwriting or when the destination value is empty.
enum MergoMerge {
    static func merge(into dst: GoMap, from src: GoMap, overwrite: Bool) {
        // Go visits keys in random order; sorted order keeps us deterministic.
        for key in src.sortedKeys {
            guard let srcElement = src.entries[key] else { continue }
            let dstElement = dst.entries[key]
            if srcElement.isNil {
                if overwrite { dst.entries[key] = .null }
                continue
            }
            switch srcElement {
            case .map(let srcMap):
                if case .map(let dstMap)? = dstElement { merge(into: dstMap, from: srcMap, overwrite: overwrite) }
            case .list, .bytes:
                var dstSlice: Value
                if let d = dstElement, !d.isNil {
                    dstSlice = d
                } else if case .list(let l) = srcElement {
                    dstSlice = .list(GoList([], elementType: l.elementType))
                } else {
                    dstSlice = .bytes([])
                }
                // mergo tests the emptiness of the whole destination map here, not of the element.
                if overwrite || dst.entries.isEmpty { dstSlice = srcElement }
                dst.entries[key] = dstSlice
            default:
                break
            }
            if let d = dstElement, !SprigCast.isEmpty(d) {
                switch (srcElement, d) {
                case (.list, _), (.bytes, _), (.map, .map): continue
                default: break
                }
            }
            if overwrite || dstElement.map(SprigCast.isEmpty) ?? true {
                dst.entries[key] = srcElement
            }
        }
    }
}
