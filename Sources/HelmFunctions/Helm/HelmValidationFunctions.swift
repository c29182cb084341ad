import GoTemplate

/// Helm's `required` and its override of Sprig's `fail`. Both wrap the user's message in markers that
/// the renderer finds again to print `execution error at (<file>:<line>:<col>): <message>`.
public enum HelmErrorMarkers {
    public static let start = "HELM_ERR_START"
    public static let end = "HELM_ERR_END"

    public static func wrap(_ message: String) -> String { start + message + end }
}

enum HelmValidationFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("required", [.string, .interface]) { _, arguments in
            let message = arguments.first?.stringValue ?? ""
            let value = arguments.count > 1 ? arguments[1] : .invalid
            switch value {
            case .invalid, .null:
                throw FunctionError(HelmErrorMarkers.wrap(message))
            case .string(let text) where text.isEmpty:
                throw FunctionError(HelmErrorMarkers.wrap(message))
            default:
                return value
            }
        }

        registry.register("fail", [.string]) { _, arguments in
            throw FunctionError(HelmErrorMarkers.wrap(arguments.first?.stringValue ?? ""))
        }
    }
}
