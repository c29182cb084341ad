import GoTemplate
import HelmFunctions

/// Helm's `engine.render`: parses all templates into one set, executes every non-partial with its
/// chart's data plus `.Template`, and removes `<no value>` from the output.
struct TemplateRenderer {
    var functions: FunctionRegistry
    var environment: RenderEnvironment

    func render(_ templates: [String: RenderableTemplate]) throws -> [String: String] {
        let order = TemplateOrder.sorted(Array(templates.keys))
        let set = TemplateSet(functions: functions, options: TemplateOptions(missingKey: .zero))
        for name in order {
            guard let template = templates[name] else { continue }
            do {
                try set.parse(name: name, text: template.text)
            } catch {
                throw RenderError(TemplateErrorFormatter.parseError(file: name, goText: "\(error)"),
                                  suggestsDebugFlag: true)
            }
        }

        var rendered: [String: String] = [:]
        // One include counter for the whole render, as Helm keeps one per engine run.
        let userInfo: [String: Any] = [:]
        for name in order {
            if ManifestSorter.baseName(name).hasPrefix("_") { continue }
            guard let template = templates[name] else { continue }
            template.data["Template"] = .map(CommonValuesMethods.make([
                "Name": .string(name),
                "BasePath": .string(template.basePath),
            ]))
            do {
                let output = try set.execute(name: name, data: .map(template.data), environment: environment,
                                             userInfo: userInfo)
                rendered[name] = output.replacingOccurrences(of: "<no value>", with: "")
            } catch let error as TemplateError {
                throw RenderError(TemplateErrorFormatter.executionError(file: name, goText: error.description),
                                  suggestsDebugFlag: true)
            } catch {
                throw RenderError("\(error)", suggestsDebugFlag: true)
            }
        }
        return rendered
    }
}
