import GoTemplate

/// Masterminds/semver v3 `Version` (what Sprig's `semver` returns as `*semver.Version`).
final class SemverVersion: GoObject {
    let major: UInt64, minor: UInt64, patch: UInt64
    let prerelease: String, metadata: String, original: String
    /// `*semver.Version` from `semver`; `semver.Version` from the `Inc…` methods.
    let isPointer: Bool

    struct ParseError: Error { var message: String }

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String, metadata: String, original: String,
         isPointer: Bool = true) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = original
        self.isPointer = isPointer
    }

    private static let versionRegex = GoRegex(
        "^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?$")

    /// `semver.NewVersion`: lenient (`v1.2` is 1.2.0), with v3's prerelease and metadata checks.
    static func parse(_ text: String) throws -> SemverVersion {
        guard let m = versionRegex.firstSubmatches(text), m.count > 8 else {
            throw ParseError(message: "invalid semantic version")
        }
        func segment(_ s: String) throws -> UInt64 {
            let digits = s.hasPrefix(".") ? String(s.dropFirst()) : s
            if digits.isEmpty { return 0 }
            guard let value = UInt64(digits) else {
                throw ParseError(message: "error parsing version segment: strconv.ParseUint: parsing \(goTimeQuote(digits)): value out of range")
            }
            return value
        }
        let version = SemverVersion(major: try segment(m[1]), minor: try segment(m[2]), patch: try segment(m[3]),
                                    prerelease: m[5], metadata: m[8], original: text)
        if !version.prerelease.isEmpty {
            for part in version.prerelease.split(separator: ".", omittingEmptySubsequences: false) {
                if part.allSatisfy({ $0.isASCII && $0.isNumber }) && part.count > 1 && part.first == "0" {
                    throw ParseError(message: "version segment starts with 0")
                }
            }
        }
        return version
    }

    var string: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease }
        if !metadata.isEmpty { text += "+" + metadata }
        return text
    }

    func compare(_ other: SemverVersion) -> Int {
        for (a, b) in [(major, other.major), (minor, other.minor), (patch, other.patch)] where a != b {
            return a < b ? -1 : 1
        }
        if prerelease.isEmpty && other.prerelease.isEmpty { return 0 }
        if prerelease.isEmpty { return 1 }
        if other.prerelease.isEmpty { return -1 }
        return SemverVersion.comparePrerelease(prerelease, other.prerelease)
    }

    private static func comparePrerelease(_ a: String, _ b: String) -> Int {
        let aParts = a.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let bParts = b.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for i in 0..<max(aParts.count, bParts.count) {
            let d = comparePart(i < aParts.count ? aParts[i] : "", i < bParts.count ? bParts[i] : "")
            if d != 0 { return d }
        }
        return 0
    }

    /// Numeric identifiers compare as numbers and rank below alphanumeric ones.
    private static func comparePart(_ s: String, _ o: String) -> Int {
        if s == o { return 0 }
        if o.isEmpty { return UInt64(s) == nil ? -1 : 1 }
        if s.isEmpty { return UInt64(o) == nil ? 1 : -1 }
        switch (UInt64(s), UInt64(o)) {
        case (nil, nil): return goStringLess(o, s) ? 1 : -1
        case (.some, nil): return -1
        case (nil, .some): return 1
        case let (si?, oi?): return si > oi ? 1 : -1
        }
    }

    private func incremented(major: UInt64, minor: UInt64, patch: UInt64) -> SemverVersion {
        let next = SemverVersion(major: major, minor: minor, patch: patch, prerelease: "", metadata: "", original: "",
                                 isPointer: false)
        let prefix = original.hasPrefix("v") ? "v" : ""
        return SemverVersion(major: major, minor: minor, patch: patch, prerelease: "", metadata: "",
                             original: prefix + next.string, isPointer: false)
    }

    // MARK: GoObject

    var goTypeName: String { isPointer ? "*semver.Version" : "semver.Version" }
    var goKindName: String { isPointer ? "ptr" : "struct" }
    func field(named name: String) -> Value? { nil }
    func format(plus: Bool) -> String { string }

    func method(named name: String) -> GoFunction? {
        func none(_ body: @escaping () -> Value) -> GoFunction { GoFunction([]) { _, _ in body() } }
        func other(_ args: [Value]) throws -> SemverVersion {
            guard case .object(let object) = ExtraArgs.value(args, 0), let version = object as? SemverVersion else {
                throw FunctionError("internal: expected *semver.Version")
            }
            return version
        }
        let versionType = GoType.named("*semver.Version")
        switch name {
        case "String": return none { .string(self.string) }
        case "Original": return none { .string(self.original) }
        // Go returns uint64; the value model has no uint64, so these are int64 (same printed digits).
        case "Major": return none { .int64(Int64(truncatingIfNeeded: self.major)) }
        case "Minor": return none { .int64(Int64(truncatingIfNeeded: self.minor)) }
        case "Patch": return none { .int64(Int64(truncatingIfNeeded: self.patch)) }
        case "Prerelease": return none { .string(self.prerelease) }
        case "Metadata": return none { .string(self.metadata) }
        case "Compare": return GoFunction([versionType]) { _, args in .int(self.compare(try other(args))) }
        case "LessThan": return GoFunction([versionType]) { _, args in .bool(self.compare(try other(args)) < 0) }
        case "GreaterThan": return GoFunction([versionType]) { _, args in .bool(self.compare(try other(args)) > 0) }
        case "Equal": return GoFunction([versionType]) { _, args in .bool(self.compare(try other(args)) == 0) }
        case "IncMajor": return none { .object(self.incremented(major: self.major &+ 1, minor: 0, patch: 0)) }
        case "IncMinor": return none { .object(self.incremented(major: self.major, minor: self.minor &+ 1, patch: 0)) }
        case "IncPatch":
            return none {
                // A prerelease increments to its release, not past it.
                .object(self.incremented(major: self.major, minor: self.minor,
                                         patch: self.prerelease.isEmpty ? self.patch &+ 1 : self.patch))
            }
        default: return nil
        }
    }
}
