/// How serious a lint finding is: Helm's `support.InfoSev`, `WarningSev` and `ErrorSev`.
public enum LintSeverity: Int, Comparable, Sendable {
    case info = 1
    case warning = 2
    case error = 3

    /// The label Helm prints between brackets.
    public var label: String {
        switch self {
        case .info: return "INFO"
        case .warning: return "WARNING"
        case .error: return "ERROR"
        }
    }

    public static func < (lhs: LintSeverity, rhs: LintSeverity) -> Bool { lhs.rawValue < rhs.rawValue }
}
