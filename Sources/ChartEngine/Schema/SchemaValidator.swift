import GoTemplate

/// Helm 4's `ValidateAgainstSchema`: validates the values of a chart against its values.schema.json,
/// then each subchart's values (those present) against the subchart's schema.
public enum SchemaValidator {
    public static func validate(chart: Chart, values: GoMap) throws {
        let report = try failures(chart: chart, values: values)
        if !report.isEmpty {
            throw ChartError("values don't meet the specifications of the schema(s) in the following chart(s):\n" + report)
        }
    }

    /// The text Helm builds for one chart and its subcharts; empty when everything validates.
    static func failures(chart: Chart, values: GoMap) throws -> String {
        var text = ""
        if let schemaBytes = chart.schema {
            do {
                let errors = try validate(values: .map(values), schemaBytes: schemaBytes)
                if !errors.isEmpty {
                    var lines: [String] = []
                    for error in errors { error.render(indent: "", into: &lines) }
                    text += "\(chart.name):\n" + lines.joined(separator: "\n") + "\n"
                }
            } catch let error as SchemaCompileError {
                // A schema that does not compile is reported in place of its validation, with no
                // trailing newline (Helm adds one only to validation errors).
                text += "\(chart.name):\n\(error.description)"
            }
        }
        for sub in chart.dependencies {
            guard let raw = values[sub.name], !raw.isNil else { continue }
            guard case .map(let subValues) = raw else {
                text += "\(sub.name):\ninvalid type for values: expected object (map), got \(raw.goTypeName)\n"
                continue
            }
            text += try failures(chart: sub, values: subValues)
        }
        return text
    }

    /// The failures of `values` against one schema, as Helm prints them (an empty list when valid);
    /// throws `SchemaCompileError` or `ChartError` when the schema cannot be used.
    static func validate(values: Value, schemaBytes: [UInt8]) throws -> [SchemaError] {
        let program = try SchemaDocuments.program(schemaBytes)
        var evaluator = SchemaEvaluator()
        let failures = evaluator.validate(SchemaJSON(values), against: program.root)
        if evaluator.tooDeep { throw ChartError("values.schema.json: validation nests too deeply") }
        return failures.flatMap(\.displayed)
    }
}
