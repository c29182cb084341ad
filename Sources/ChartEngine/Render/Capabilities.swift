import GoTemplate
import HelmYAML

/// Helm's `*common.Capabilities`: `.Capabilities` in templates.
public final class Capabilities: GoStructFormattable, GoJSONStruct, @unchecked Sendable {
    public let kubeVersion: KubeVersion
    public let apiVersions: APIVersionSet
    public let helmVersion: HelmBuildInfo

    public init(kubeVersion: KubeVersion = .helmDefault, extraAPIVersions: [String] = []) {
        self.kubeVersion = kubeVersion
        self.apiVersions = APIVersionSet(APIVersionSet.helmDefaultVersions + extraAPIVersions)
        self.helmVersion = .helm
    }

    public var goTypeName: String { "*common.Capabilities" }
    public var goKindName: String { "ptr" }

    public func method(named name: String) -> GoFunction? { nil }

    public func field(named name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(kubeVersion)
        case "APIVersions": return .object(apiVersions)
        case "HelmVersion": return .object(helmVersion)
        default: return nil
        }
    }

    public var formatFields: [(name: String, value: Value)] { jsonFields }
    public var formatIsPointer: Bool { true }

    public var jsonFields: [(name: String, value: Value)] {
        [("KubeVersion", .object(kubeVersion)), ("APIVersions", .object(apiVersions)), ("HelmVersion", .object(helmVersion))]
    }

    /// Templates print the struct behind the pointer; its fields print without their `String()`.
    public func format(plus: Bool) -> String {
        let fields = [kubeVersion.format(plus: plus), apiVersions.format(plus: plus), helmVersion.format(plus: plus)]
        if plus {
            return "{KubeVersion:\(fields[0]) APIVersions:\(fields[1]) HelmVersion:\(fields[2])}"
        }
        return "{" + fields.joined(separator: " ") + "}"
    }
}
