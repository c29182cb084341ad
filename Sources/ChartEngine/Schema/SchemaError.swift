/// One node of a JSON-schema validation failure tree, printed as santhosh-tekuri/jsonschema v6
/// (which Helm 4 uses) prints it: `- at '/port': maximum: got 20, want 10`, causes indented below.
struct SchemaError {
    /// jsonschema v6 wraps the failures of one schema in a group when there are several, and those of
    /// a `$ref` target in a reference node; both print as "validation failed". At the top the group is
    /// unwrapped into the list of failures, a reference is not.
    enum Kind {
        case failure
        case group
        case reference
    }

    var location: String
    var message: String
    var causes: [SchemaError] = []
    var kind: Kind = .failure

    func render(indent: String, into lines: inout [String]) {
        lines.append("\(indent)- at '\(location)': \(message)")
        for cause in causes { cause.render(indent: indent + "  ", into: &lines) }
    }
}
