/// Errors of printing `helm template` output, with Helm's messages.
public enum TemplateOutputError: Error, CustomStringConvertible {
    case templateNotFound(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .templateNotFound(let pattern): return "could not find template \(pattern) in chart"
        case .writeFailed(let path, let reason): return "open \(path): \(reason)"
        }
    }
}
