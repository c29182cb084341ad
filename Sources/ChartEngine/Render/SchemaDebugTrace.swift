import GoTemplate

/// The DEBUG lines Helm's `ValidateAgainstSchema` logs as it walks the chart tree (shown with
/// `--debug`): `chart name` for each chart that has a schema, then the number of its (enabled)
/// subcharts; it descends into a subchart only when the values hold a map for it.
enum SchemaDebugTrace {
    static func lines(chart: Chart, values: GoMap) -> [String] {
        var lines: [String] = []
        walk(chart, values, into: &lines)
        return lines
    }

    private static func walk(_ chart: Chart, _ values: GoMap, into lines: inout [String]) {
        if let schema = chart.schema {
            lines.append("level=DEBUG msg=\"chart name\" chart-name=" + SlogText.value(chart.name))
            lines.append("level=DEBUG msg=\"unmarshalled JSON schema\" schema="
                + SlogText.value(String(decoding: schema, as: UTF8.self)))
        }
        lines.append("level=DEBUG msg=\"number of dependencies in the chart\" chart=" + SlogText.value(chart.name)
            + " dependencies=\(chart.dependencies.count)")
        for subchart in chart.dependencies {
            guard case .map(let subValues) = values.entries[subchart.name] ?? .null else { continue }
            walk(subchart, subValues, into: &lines)
        }
    }
}
