import GoTemplate

/// Helm's `chartutil.ValidateReleaseName`, with the error `helm template` reports (and logs) for it.
enum ReleaseNameValidator {
    static let maxLength = 53
    static let pattern = #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#

    static func validate(_ name: String) throws {
        guard !isValid(name) else { return }
        let reason = "release name \(GoFormat.quote(name)): invalid release name, must match regex \(pattern) and the length must not be longer than 53"
        throw RenderError("release name check failed: " + reason, logLines: [
            "level=ERROR msg=\"release name check failed\" error=\(GoFormat.quote(reason))",
        ])
    }

    /// DNS-1123 subdomain labels separated by dots, at most 53 bytes.
    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last,
                  isLowerAlphanumeric(first), isLowerAlphanumeric(last),
                  label.allSatisfy({ isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }) else { return false }
        }
        return true
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
