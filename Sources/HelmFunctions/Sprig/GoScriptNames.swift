import Foundation

/// Whether a name is one of Go's `unicode.Scripts`: the Unicode script long names (`Latin`,
/// `Old_Italic`). ICU knows the same scripts but also accepts 4-letter codes (`Latn`), other casings
/// and binary properties, which Go rejects, so the name is screened before asking ICU.
enum GoScriptNames {
    /// Long names that happen to be four letters, unlike ICU's ISO 15924 codes.
    private static let fourLetterNames: Set<String> = ["Ahom", "Cham", "Kawi", "Lisu", "Miao", "Modi", "Newa", "Thai", "Toto"]

    private static var known: [String: Bool] = [:]
    private static let lock = NSLock()

    static func isScript(_ name: String) -> Bool {
        let parts = name.split(separator: "_", omittingEmptySubsequences: false)
        let wellFormed = !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        }
        guard wellFormed, name.count != 4 || fourLetterNames.contains(name) else { return false }
        lock.lock()
        defer { lock.unlock() }
        if let cached = known[name] { return cached }
        let valid = (try? NSRegularExpression(pattern: "\\p{sc=" + name + "}")) != nil
        known[name] = valid
        return valid
    }
}
