import GoTemplate

/// Helm's late-bound template functions (pkg/engine/engine.go): `include` and `tpl`.
enum HelmTemplateFunctions {
    /// Helm's `recursionMaxNums`: an include name may be nested this deep before Helm gives up.
    static let recursionLimit = 1000
    static let includeCounterKey = "helm.includedNames"
    /// How deep `tpl` calls may nest. Helm has no limit: a value that renders itself through `tpl`
    /// overflows its goroutine stack and crashes. Here it stops with a short error instead (with
    /// Helm's include limit) rather than after tens of thousands of levels of wrapped messages.
    static let tplNestingLimit = recursionLimit
    static let tplDepthKey = "helm.tplDepth"

    static func register(_ registry: inout FunctionRegistry) {
        registry.register("include", [.string, .interface]) { context, arguments in
            let name = arguments.first?.stringValue ?? ""
            let data = arguments.count > 1 ? arguments[1] : .invalid
            let counter = includeCounter(context)
            let depth = counter.names[name, default: 0]
            if depth > recursionLimit {
                throw FunctionError("rendering template has a nested reference name: \(name): unable to execute template")
            }
            counter.names[name] = depth + 1
            defer { counter.names[name, default: 1] -= 1 }
            return try context.renderTemplate(named: name, data: data)
        }

        registry.register("tpl", [.string, .interface]) { context, arguments in
            let source = arguments.first ?? .string("")
            let text = source.stringValue ?? ""
            let data = arguments.count > 1 ? arguments[1] : .invalid
            let depth = context.userInfo[tplDepthKey] as? Int ?? 0
            if depth >= tplNestingLimit { throw TplNestingExceeded() }
            context.userInfo[tplDepthKey] = depth + 1
            defer { context.userInfo[tplDepthKey] = depth }
            // Helm 4 parses the text as a new template named after the root of the set ("gotpl") in a
            // clone of the current set, so its defines stay local and it can include every template.
            let output: Value
            do {
                output = try context.renderText(source, named: "gotpl", data: data)
            } catch {
                // Passed up unwrapped: one message, not one per level.
                if let exceeded = TemplateErrorInspection.underlying(TplNestingExceeded.self, of: error) { throw exceeded }
                if TemplateErrorInspection.isParseError(error) {
                    throw FunctionError("cannot parse template \(GoFormat.quote(text)): \(error)")
                }
                throw FunctionError("error during tpl function execution for \(GoFormat.quote(text)): \(error)")
            }
            if case .string(let text) = output { return .string(text.replacingOccurrences(of: "<no value>", with: "")) }
            return Value.goString(GoByteStrings.replaceAll(output.goStringBytes ?? [], Array("<no value>".utf8), []))
        }
    }

    struct TplNestingExceeded: Error, CustomStringConvertible {
        var description: String { "tpl nested more than \(tplNestingLimit) levels deep" }
    }

    /// The include depth per template name, shared by every execution of one render (Helm keeps one
    /// map per engine run, also seen by `tpl` clones).
    final class IncludeCounter {
        var names: [String: Int] = [:]
    }

    private static func includeCounter(_ context: CallContext) -> IncludeCounter {
        if let counter = context.userInfo[includeCounterKey] as? IncludeCounter { return counter }
        let counter = IncludeCounter()
        context.userInfo[includeCounterKey] = counter
        return counter
    }
}
