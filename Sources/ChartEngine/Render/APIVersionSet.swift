import GoTemplate
import HelmYAML

/// Helm's `common.VersionSet`: `.Capabilities.APIVersions`, a `[]string` of `group/version` (and
/// `group/version/Kind`) strings with a `Has` method. Templates see a slice: `len`, `index`, `range`,
/// Sprig's list functions, fmt, `toJson` and `toYaml` work on its elements.
public final class APIVersionSet: GoSliceObject, GoMarshalable, @unchecked Sendable {
    public let versions: [String]
    public let sliceElements: GoList

    public init(_ versions: [String]) {
        self.versions = versions
        self.sliceElements = GoList(versions.map { .string($0) }, elementType: .string)
    }

    public func withElements(_ elements: [Value]) -> GoSliceObject {
        APIVersionSet(elements.map { $0.stringValue ?? "" })
    }

    public func marshalValue() throws -> Value {
        .list(sliceElements)
    }

    /// The API versions Helm 4.1.4 assumes without a cluster (`common.DefaultVersionSet`), in its order.
    public static let helmDefaultVersions: [String] = [
        "v1", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1", "apps/v1", "apps/v1beta1",
        "apps/v1beta2", "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1",
        "authentication.k8s.io/v1beta1", "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
        "autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta1", "autoscaling/v2beta2", "batch/v1",
        "batch/v1beta1", "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1",
        "coordination.k8s.io/v1alpha2", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1",
        "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1", "events.k8s.io/v1", "events.k8s.io/v1beta1",
        "extensions/v1beta1", "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3", "networking.k8s.io/v1",
        "networking.k8s.io/v1beta1", "node.k8s.io/v1", "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1", "policy/v1",
        "policy/v1beta1", "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1",
        "rbac.authorization.k8s.io/v1alpha1", "resource.k8s.io/v1", "resource.k8s.io/v1beta2",
        "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3", "scheduling.k8s.io/v1alpha1",
        "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1", "storage.k8s.io/v1beta1", "storage.k8s.io/v1",
        "storage.k8s.io/v1alpha1", "storagemigration.k8s.io/v1beta1", "apiextensions.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1",
    ]

    public var goTypeName: String { "common.VersionSet" }
    public var goKindName: String { "slice" }

    public func method(named name: String) -> GoFunction? {
        guard name == "Has" else { return nil }
        let versions = self.versions
        return GoFunction([.string]) { _, arguments in
            guard let wanted = arguments.first?.stringValue else { return .bool(false) }
            return .bool(versions.contains(wanted))
        }
    }

    public func field(named name: String) -> Value? { nil }

    public func format(plus: Bool) -> String {
        "[" + versions.joined(separator: " ") + "]"
    }
}
