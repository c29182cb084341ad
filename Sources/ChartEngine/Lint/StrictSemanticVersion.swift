/// Masterminds/semver's `StrictNewVersion`: exactly MAJOR.MINOR.PATCH, optional pre-release and build
/// metadata, no `v` prefix and no leading zeros.
enum StrictSemanticVersion {
    static func isValid(_ text: String) -> Bool {
        var main = Substring(text)
        if let plus = main.firstIndex(of: "+") {
            let metadata = main[main.index(after: plus)...]
            guard identifiers(metadata, numericLeadingZeroAllowed: true) else { return false }
            main = main[..<plus]
        }
        if let dash = main.firstIndex(of: "-") {
            let prerelease = main[main.index(after: dash)...]
            guard identifiers(prerelease, numericLeadingZeroAllowed: false) else { return false }
            main = main[..<dash]
        }
        let parts = main.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy(isDigit) && (part.count == 1 || part.first != "0")
                && UInt64(part) != nil
        }
    }

    private static func identifiers(_ text: Substring, numericLeadingZeroAllowed: Bool) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard !part.isEmpty, part.utf8.allSatisfy({ isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "-") }) else {
                return false
            }
            let numeric = part.utf8.allSatisfy(isDigit)
            return numericLeadingZeroAllowed || !numeric || part.count == 1 || part.first != "0"
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
}
