import Foundation

/// Go's `(?i)` matches by simple case folding (`unicode.SimpleFold` orbits: k K K, s S ſ, ß ẞ), whereas
/// ICU folds fully (ß matches "ss"). Case-insensitive parts of a pattern are therefore expanded into
/// explicit alternatives here instead of using ICU's flag. Scalars Go's Unicode 15.0 tables do not yet
/// have take no part in folding (`GoUnicodeClass.isAssignedInGo`).
enum GoCaseFolding {
    /// Orbits keyed by lower(upper(c)), covering every scalar that has a case mapping.
    private static let orbits: [UInt32: [Unicode.Scalar]] = {
        var map: [UInt32: [Unicode.Scalar]] = [:]
        for value in UInt32(0)...0x1FFFF {
            guard let c = Unicode.Scalar(value), let k = key(c) else { continue }
            map[k.value, default: []].append(c)
        }
        return map.filter { $0.value.count > 1 }
    }()

    private static func key(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        // Turkish dotted and dotless i have no simple fold in Go.
        if c.value == 0x130 || c.value == 0x131 { return nil }
        guard GoUnicodeClass.isAssignedInGo(c) else { return nil }
        let props = c.properties
        guard props.changesWhenCaseMapped || props.isCased else { return nil }
        return GoUnicode.toLower(GoUnicode.toUpper(c))
    }

    /// The scalars `c` matches under `(?i)`, itself included.
    static func orbit(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        guard let k = key(c), let members = orbits[k.value] else { return [c] }
        return members
    }

    /// Scalars outside `lo...hi` that fold to one inside it.
    static func foldedAdditions(_ lo: Unicode.Scalar, _ hi: Unicode.Scalar) -> [Unicode.Scalar] {
        var extra: [Unicode.Scalar] = []
        for members in orbits.values where members.contains(where: { $0.value >= lo.value && $0.value <= hi.value }) {
            extra += members.filter { $0.value < lo.value || $0.value > hi.value }
        }
        return extra
    }

    private static var setAdditions: [String: [Unicode.Scalar]] = [:]
    private static let lock = NSLock()

    /// Scalars outside the ICU set `icuSet` (e.g. `[\p{Lu}]`, `[A-Z]`) whose fold orbit meets it: what
    /// Go adds when it folds a class under `(?i)`.
    static func foldedAdditions(icuSet: String) -> [Unicode.Scalar] {
        lock.lock()
        let cached = setAdditions[icuSet]
        lock.unlock()
        if let cached = cached { return cached }
        guard let regex = try? NSRegularExpression(pattern: icuSet) else { return [] }
        func contains(_ c: Unicode.Scalar) -> Bool {
            let s = String(c)
            return regex.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
        }
        var extra: [Unicode.Scalar] = []
        for members in orbits.values {
            let inside = members.filter(contains)
            if !inside.isEmpty && inside.count < members.count {
                extra += members.filter { !inside.contains($0) }
            }
        }
        extra.sort { $0.value < $1.value }
        lock.lock()
        setAdditions[icuSet] = extra
        lock.unlock()
        return extra
    }
}
