import GoTemplate
import HelmYAML

/// Helm's `common.KubeVersion`: `.Capabilities.KubeVersion`.
///
/// `Version` keeps the user's spelling (with a `v` prefix added); `String()` returns the normalized
/// form that k8s' generic version parser produces (`v1.30.1-rc.1+abc` gives `v1.30.1`). `String` has a
/// pointer receiver, so only `{{ .Capabilities.KubeVersion }}` prints through it; `print`, `printf`,
/// `quote`, `toString` get a copy and print the struct's fields, unexported `normalizedVersion` included.
public final class KubeVersion: GoStructFormattable, GoPointerStringer, GoJSONStruct, @unchecked Sendable {
    public let version: String
    public let normalizedVersion: String
    public let major: String
    public let minor: String

    public init(version: String, normalizedVersion: String, major: String, minor: String) {
        self.version = version
        self.normalizedVersion = normalizedVersion
        self.major = major
        self.minor = minor
    }

    /// Helm 4.1.4's default: the Kubernetes client version it was built with.
    public static let helmDefault = KubeVersion(version: "v1.35.0", normalizedVersion: "v1.35.0", major: "1", minor: "35")

    public struct ParseError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Helm's `ParseKubeVersion` over k8s' `version.ParseGeneric`: at least two numeric components,
    /// optional leading spaces and `v`, anything after the numbers ignored.
    public static func parse(_ text: String) throws -> KubeVersion {
        var scalars = Substring(text)
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r"
            || first == "\u{0C}" {
            scalars = scalars.dropFirst()
        }
        if scalars.first == "v" { scalars = scalars.dropFirst() }
        // `[0-9]+(?:\.[0-9]+)*`
        var numbers = ""
        var rest = scalars[...]
        while true {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { break }
            numbers += digits
            rest = rest.dropFirst(digits.count)
            if rest.first == ".", let next = rest.dropFirst().first, next.isASCII, next.isNumber {
                numbers += "."
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !numbers.isEmpty, !rest.contains("\n") else {
            throw ParseError(message: "could not parse \(GoFormat.quote(text)) as version")
        }
        let components = numbers.split(separator: ".").map(String.init)
        guard components.count >= 2 else {
            throw ParseError(message: "illegal version string \(GoFormat.quote(text))")
        }
        var values: [UInt64] = []
        for (index, component) in components.enumerated() {
            if index == 0 && component.hasPrefix("0") && component != "0" {
                throw ParseError(message: "illegal zero-prefixed version component \(GoFormat.quote(component)) in \(GoFormat.quote(text))")
            }
            guard let value = UInt64(component) else {
                throw ParseError(message: "illegal non-numeric version component \(GoFormat.quote(component)) in \(GoFormat.quote(text)): strconv.ParseUint: parsing \(GoFormat.quote(component)): value out of range")
            }
            values.append(value)
        }
        let spelled = text.hasPrefix("v") ? text : "v" + text
        return KubeVersion(version: spelled,
                           normalizedVersion: "v" + values.map(String.init).joined(separator: "."),
                           major: String(values[0]), minor: String(values[1]))
    }

    public var goTypeName: String { "common.KubeVersion" }
    public var goKindName: String { "struct" }

    public func method(named name: String) -> GoFunction? {
        switch name {
        case "String", "GitVersion":
            let text = name == "String" ? normalizedVersion : version
            return GoFunction([]) { _, _ in .string(text) }
        default:
            return nil
        }
    }

    public func field(named name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "Major": return .string(major)
        case "Minor": return .string(minor)
        default: return nil
        }
    }

    /// The struct printed field by field, as fmt prints a copy (inside `{{ .Capabilities }}` too).
    public func format(plus: Bool) -> String {
        plus ? "{Version:\(version) normalizedVersion:\(normalizedVersion) Major:\(major) Minor:\(minor)}"
            : "{\(version) \(normalizedVersion) \(major) \(minor)}"
    }

    public var formatFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("normalizedVersion", .string(normalizedVersion)),
         ("Major", .string(major)), ("Minor", .string(minor))]
    }

    public var pointerString: String { normalizedVersion }

    /// encoding/json skips the unexported field.
    public var jsonFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))]
    }
}
