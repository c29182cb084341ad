import GoTemplate
import HelmFunctions

/// Helm's `engine.render`: parses all templates into one set, executes every non-partial with its
/// chart's data plus `.Template`, and removes `<no value>` from the output.
struct TemplateRenderer {
    /// Rendered text by template path. Output that is not UTF-8 (Go strings are bytes) is held with its
    /// invalid bytes written as `RawByteEscape` scalars, and its path listed in `notUTF8`, so Helm's YAML
    /// check of the manifest can see the bytes.
    struct RenderedFiles {
        var texts: [String: String] = [:]
        var notUTF8: Set<String> = []
    }

    var functions: FunctionRegistry
    var environment: RenderEnvironment
    /// Parsed sets kept across renders (a `ChartRenderer`'s); without it every render parses anew.
    var cache: TemplateSetCache? = nil

    func render(_ templates: [String: RenderableTemplate]) throws -> RenderedFiles {
        // One thread switch for the whole render rather than one per template parsed or executed.
        try LargeStack.run { try renderHere(templates) }
    }

    private func renderHere(_ templates: [String: RenderableTemplate]) throws -> RenderedFiles {
        let order = TemplateOrder.sorted(Array(templates.keys))
        let set: TemplateSet
        if let cache {
            let sources = TemplateSetCache.Templates(names: order, sources: order.map { templates[$0]?.source ?? [] })
            set = try cache.set(for: sources) { try parse(templates, order: order) }
        } else {
            set = try parse(templates, order: order)
        }

        var rendered = RenderedFiles()
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
                let output = try set.executeOutput(name: name, data: .map(template.data), environment: environment,
                                                   userInfo: userInfo)
                var text: String
                switch output.value {
                case .string(let s):
                    text = s
                default:
                    let bytes = output.utf8Bytes
                    text = RawByteEscape.escape(bytes) ?? GoUTF8.lossyString(bytes)
                    rendered.notUTF8.insert(name)
                }
                rendered.texts[name] = GoStrings.removingAll("<no value>", from: text)
            } catch let error as TemplateError {
                throw RenderError(TemplateErrorFormatter.executionError(file: name, goText: error.description),
                                  suggestsDebugFlag: true)
            } catch {
                throw RenderError("\(error)", suggestsDebugFlag: true)
            }
        }
        return rendered
    }

    private func parse(_ templates: [String: RenderableTemplate], order: [String]) throws -> TemplateSet {
        let set = TemplateSet(functions: functions, options: TemplateOptions(missingKey: .zero))
        for name in order {
            guard let template = templates[name] else { continue }
            do {
                try set.parse(name: name, source: template.source)
            } catch {
                throw RenderError(TemplateErrorFormatter.parseError(file: name, goText: "\(error)"),
                                  suggestsDebugFlag: true)
            }
        }
        return set
    }
}
