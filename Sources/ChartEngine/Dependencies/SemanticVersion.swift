/// A semantic version as Masterminds/semver v3 `NewVersion` parses it (loose: `v` prefix, missing
/// minor/patch allowed).
struct SemanticVersion: Comparable {
    var major: UInt64
    var minor: UInt64
    var patch: UInt64
    var prerelease: String

    init?(parsing text: String) {
        var s = Substring(text)
        if s.hasPrefix("v") { s = s.dropFirst() }
        var main = s
        var pre = ""
        if let plus = main.firstIndex(of: "+") {
            let meta = main[main.index(after: plus)...]
            guard Self.validIdentifiers(meta) else { return nil }
            main = main[..<plus]
        }
        if let dash = main.firstIndex(of: "-") {
            let p = main[main.index(after: dash)...]
            guard Self.validIdentifiers(p) else { return nil }
            pre = String(p)
            main = main[..<dash]
        }
        let parts = main.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = UInt64(part) else { return nil }
            numbers.append(n)
        }
        major = numbers[0]
        minor = numbers.count > 1 ? numbers[1] : 0
        patch = numbers.count > 2 ? numbers[2] : 0
        prerelease = pre
    }

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "") {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
    }

    private static func validIdentifiers(_ s: Substring) -> Bool {
        guard !s.isEmpty else { return false }
        return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { id in
            !id.isEmpty && id.unicodeScalars.allSatisfy { c in
                (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-"
            }
        }
    }

    static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if a.major != b.major { return a.major < b.major }
        if a.minor != b.minor { return a.minor < b.minor }
        if a.patch != b.patch { return a.patch < b.patch }
        return comparePrerelease(a.prerelease, b.prerelease) < 0
    }

    static func == (a: SemanticVersion, b: SemanticVersion) -> Bool {
        a.major == b.major && a.minor == b.minor && a.patch == b.patch && a.prerelease == b.prerelease
    }

    private static func comparePrerelease(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return 1 }
        if b.isEmpty { return -1 }
        let x = a.split(separator: "."), y = b.split(separator: ".")
        for i in 0..<max(x.count, y.count) {
            guard i < x.count else { return -1 }
            guard i < y.count else { return 1 }
            let p = x[i], q = y[i]
            if p == q { continue }
            switch (UInt64(p), UInt64(q)) {
            case let (m?, n?): return m < n ? -1 : 1
            case (_?, nil): return -1
            case (nil, _?): return 1
            default: return p < q ? -1 : 1
            }
        }
        return 0
    }
}
