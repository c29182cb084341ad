/// One node of a JSON-schema validation failure tree, printed as santhosh-tekuri/jsonschema v6
/// (which Helm 4 uses) prints it: `- at '/port': maximum: got 20, want 10`, causes indented below.
struct SchemaError {
    var location: String
    var message: String
    var causes: [SchemaError] = []

    func render(indent: String, into lines: inout [String]) {
        lines.append("\(indent)- at \(SchemaFailure.quote(location)): \(message)")
        for cause in causes { cause.render(indent: indent + "  ", into: &lines) }
    }
}
