/// Helm's `validateMetadataName`: the Kubernetes name rules of each kind (apimachinery's validation
/// functions, with their exact messages), reported as one aggregated field error.
enum KubernetesNameValidation {
    static func failure(_ object: KubernetesObjectStub) -> String? {
        let problems = rule(forKind: object.kind)(object.name)
        guard !problems.isEmpty else { return nil }
        let quoted = goQuoted(object.name)
        let fieldErrors = problems.map { "metadata.name: Invalid value: \(quoted): \($0)" }
        let aggregate = fieldErrors.count == 1 ? fieldErrors[0] : "[" + fieldErrors.joined(separator: ", ") + "]"
        return "object name does not conform to Kubernetes naming requirements: \(quoted): \(aggregate)"
    }

    private static func rule(forKind kind: String) -> (String) -> [String] {
        switch kind.lowercased() {
        case "service": return dns1035Label
        case "namespace": return dns1123Label
        case "certificatesigningrequest": return { _ in [] }
        case "role", "clusterrole", "rolebinding", "clusterrolebinding": return pathSegmentName
        default: return dns1123Subdomain
        }
    }

    static func dns1123Subdomain(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 253 { problems.append("must be no more than 253 characters") }
        if !isSubdomain(name) {
            problems.append("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")
        }
        return problems
    }

    static func dns1123Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 63 { problems.append("must be no more than 63 characters") }
        if !isLabel(Substring(name)) {
            if isSubdomain(name) {
                problems.append("must not contain dots")
            } else {
                problems.append("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")
            }
        }
        return problems
    }

    static func dns1035Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 63 { problems.append("must be no more than 63 characters") }
        if !(isLabel(Substring(name)) && name.utf8.first.map(isLowerLetter) == true) {
            problems.append("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")
        }
        return problems
    }

    /// apimachinery's `IsValidPathSegmentName`, used for RBAC objects.
    static func pathSegmentName(_ name: String) -> [String] {
        if name == "." || name == ".." { return ["may not be '\(name)'"] }
        return ["/", "%"].filter { name.contains($0) }.map { "may not contain '\($0)'" }
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`
    private static func isLabel(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        return isLowerAlphanumeric(first) && isLowerAlphanumeric(last)
            && bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isSubdomain(_ text: String) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isLabel)
    }

    private static func isLowerLetter(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    private static func isLowerAlphanumeric(_ c: UInt8) -> Bool { isLowerLetter(c) || (c >= 48 && c <= 57) }
}
