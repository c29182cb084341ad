import GoTemplate

/// Helm's `allTemplates`/`recAllTpls`: every template of the chart tree keyed by
/// `<chart full path>/<file>`, each with the data of its own chart (scoped `.Values`, `.Chart`,
/// `.Files`, `.Subcharts`) and the release-wide `.Release` and `.Capabilities`.
enum TemplateCollector {
    static func collect(chart: Chart, topData: GoMap) -> [String: RenderableTemplate] {
        var templates: [String: RenderableTemplate] = [:]
        _ = collect(chart: chart, parentData: topData, into: &templates)
        return templates
    }

    private static func collect(chart: Chart, parentData: GoMap,
                                into templates: inout [String: RenderableTemplate]) -> GoMap {
        let subcharts = GoMap()
        let data = CommonValuesMethods.make([
            "Chart": chart.metadata.asValue(isRoot: chart.isRoot),
            "Files": .map(ChartFilesObject.make(chart.files)),
            "Release": parentData["Release"] ?? .null,
            "Capabilities": parentData["Capabilities"] ?? .null,
            "Values": .map(CommonValuesMethods.make([:])),
            "Subcharts": .map(subcharts),
        ])
        if chart.isRoot {
            data["Values"] = parentData["Values"] ?? .null
        } else if let scoped = scopedValues(parentData, chartName: chart.name) {
            data["Values"] = .map(scoped)
        }

        for child in chart.dependencies {
            subcharts[child.name] = .map(collect(chart: child, parentData: data, into: &templates))
        }

        let fullPath = chart.chartFullPath
        for template in chart.templates {
            // Library charts contribute only their partials.
            if chart.metadata.isLibrary && !ManifestSorter.baseName(template.name).hasPrefix("_") { continue }
            templates[fullPath + "/" + template.name] = RenderableTemplate(
                source: template.data,
                data: data,
                basePath: fullPath + "/templates")
        }
        return data
    }

    /// `vals.Table("Values.<name>")`: the subchart's table inside the parent's values, if it is a map.
    private static func scopedValues(_ parentData: GoMap, chartName: String) -> GoMap? {
        guard case .map(let values)? = parentData["Values"],
              case .map(let table)? = values[chartName] else { return nil }
        return CommonValuesMethods.make(table.entries)
    }
}
