import GoTemplate
import HelmYAML

/// Helm's `version.BuildInfo`: `.Capabilities.HelmVersion`, fixed to the Helm release we reproduce.
public final class HelmBuildInfo: GoStructFormattable, GoJSONStruct, @unchecked Sendable {
    public let version = "v4.1.4"
    public let gitCommit = "05fa37973dc9e42b76e1d2883494c87174b6074f"
    public let gitTreeState = "clean"
    public let goVersion = "go1.25.9"
    public let kubeClientVersion = "v1.35"

    public static let helm = HelmBuildInfo()

    public var goTypeName: String { "version.BuildInfo" }
    public var goKindName: String { "struct" }

    public func method(named name: String) -> GoFunction? { nil }

    public func field(named name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "GitCommit": return .string(gitCommit)
        case "GitTreeState": return .string(gitTreeState)
        case "GoVersion": return .string(goVersion)
        case "KubeClientVersion": return .string(kubeClientVersion)
        default: return nil
        }
    }

    public var formatFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("GitCommit", .string(gitCommit)), ("GitTreeState", .string(gitTreeState)),
         ("GoVersion", .string(goVersion)), ("KubeClientVersion", .string(kubeClientVersion))]
    }

    /// The struct's `json` tags.
    public var jsonFields: [(name: String, value: Value)] {
        [("version", .string(version)), ("git_commit", .string(gitCommit)), ("git_tree_state", .string(gitTreeState)),
         ("go_version", .string(goVersion)), ("kube_client_version", .string(kubeClientVersion))]
    }

    public func format(plus: Bool) -> String {
        if plus {
            return "{Version:\(version) GitCommit:\(gitCommit) GitTreeState:\(gitTreeState) GoVersion:\(goVersion) KubeClientVersion:\(kubeClientVersion)}"
        }
        return "{\(version) \(gitCommit) \(gitTreeState) \(goVersion) \(kubeClientVersion)}"
    }
}
