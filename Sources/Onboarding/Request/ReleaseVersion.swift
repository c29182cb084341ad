/// The `release_version` of a request: substituted into the template's chart version constraint
/// (`"{RELEASE_VERSION}.x"`), so it is held to dot-separated alphanumerics to keep the YAML intact.
enum ReleaseVersion {
    static let maxLength = 64

    /// Why `text` cannot be a release version, or nil when it can.
    static func violation(in text: String) -> String? {
        if text.isEmpty { return "must not be empty" }
        if text.utf8.count > maxLength { return "must be at most \(maxLength) characters" }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (("0"..."9").contains(scalar) || ("a"..."z").contains(scalar)
                || ("A"..."Z").contains(scalar) || scalar == "." || scalar == "-" || scalar == "+")
        }
        if !allowed { return "may only contain letters, digits, '.', '-' and '+'" }
        guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) else {
            return "must start with a digit (e.g. \"0.0\")"
        }
        return nil
    }
}
