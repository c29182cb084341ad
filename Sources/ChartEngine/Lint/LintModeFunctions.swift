import GoTemplate
import HelmFunctions

/// Helm's engine in `LintMode`: `required` and `fail` log instead of failing, so one missing value does
/// not hide every other finding.
enum LintModeFunctions {
    static func registry(log: DiagnosticLog) -> FunctionRegistry {
        var registry = HelmFunctionLibrary.registry()
        registry.register("required", [.string, .interface]) { _, arguments in
            let message = arguments.first?.stringValue ?? ""
            let value = arguments.count > 1 ? arguments[1] : .invalid
            switch value {
            case .invalid, .null:
                log.warn("missing required value", [("message", message)])
                return .string("")
            case .string(let text) where text.isEmpty:
                log.warn("missing required value", [("message", message)])
                return .string("")
            default:
                return value
            }
        }
        registry.register("fail", [.string]) { _, arguments in
            log.info("funcMap fail", [("message", arguments.first?.stringValue ?? "")])
            return .string("")
        }
        return registry
    }
}
