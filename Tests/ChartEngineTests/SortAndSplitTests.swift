@testable import ChartEngine
import XCTest

/// Document splitting and kind ordering, with expectations observed from Helm 4.1.4 on the same inputs
/// (the `kinds` fixture and a file of tricky separators).
final class SortAndSplitTests: XCTestCase {
    func testSplitFollowsHelmSeparatorRules() {
        // helm template of a file with this text printed these four documents.
        let text = "a: 1\n---\n---\nb: 2\n   ---   \nc: 3\n--- # x\nd: 4\n---e: 5\n  \n\n---\n"
        XCTAssertEqual(ManifestSplitter.split(text), [
            "a: 1",
            "---\nb: 2\n   ---   \nc: 3",
            "# x\nd: 4",
            "e: 5",
        ])
    }

    func testSplitKeepsASecondSeparatorAsADocument() {
        // Helm printed a document "---" for this file, and "---\nx: 1" for the second one.
        XCTAssertEqual(ManifestSplitter.split("---\n\n---\n   \n"), ["---"])
        XCTAssertEqual(ManifestSplitter.split("\n---\n\n---\nx: 1\n"), ["---\nx: 1"])
    }

    func testKindOrderMatchesHelmInstallOrder() {
        // The order `helm template` printed for the kinds fixture (unknown kinds last, by name).
        let helmOrder = [
            "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
            "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
            "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
            "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
            "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "Alpha", "CSIDriver", "Certificate",
            "ControllerRevision", "DeviceClass", "EndpointSlice", "Endpoints", "Lease", "PodTemplate",
            "ResourceClaim", "RuntimeClass", "ServiceMonitor", "VolumeAttributesClass", "Zebra",
        ]
        let shuffled = helmOrder.reversed().map { $0 }
        XCTAssertEqual(KindSortOrder.stableSorted(shuffled) { $0 }, helmOrder)
    }

    func testSortIsStableWithinAKind() {
        let items = [("Service", "b"), ("Namespace", "n"), ("Service", "a"), ("Zed", "z1"), ("Zed", "z0")]
        let sorted = KindSortOrder.stableSorted(items) { $0.0 }.map { $0.1 }
        XCTAssertEqual(sorted, ["n", "b", "a", "z1", "z0"])
    }
}
