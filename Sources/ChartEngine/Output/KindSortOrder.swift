/// Helm's install order of resource kinds (`releaseutil.InstallOrder`, kind_sorter.go).
public enum KindSortOrder {
    public static let install: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    private static let installRank: [String: Int] = {
        var rank: [String: Int] = [:]
        for (index, kind) in install.enumerated() { rank[kind] = index }
        return rank
    }()

    /// Helm's `lessByKind`: known kinds by install order, unknown kinds after them sorted by name
    /// (byte-wise, as Go compares strings).
    public static func installLess(_ kindA: String, _ kindB: String) -> Bool {
        let rankA = installRank[kindA]
        let rankB = installRank[kindB]
        switch (rankA, rankB) {
        case (nil, nil):
            return kindA != kindB && goBytesLess(kindA, kindB)
        case (nil, _):
            return false
        case (_, nil):
            return true
        case let (a?, b?):
            return a < b
        }
    }

    /// Go's `sort.SliceStable` by install order of kind.
    public static func stableSorted<T>(_ items: [T], kind: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (offset: $0.offset, item: $0.element, kind: kind($0.element)) }
        let sorted = keyed.sorted { lhs, rhs in
            if installLess(lhs.kind, rhs.kind) { return true }
            if installLess(rhs.kind, lhs.kind) { return false }
            return lhs.offset < rhs.offset
        }
        return sorted.map { $0.item }
    }
}

/// Byte-wise string order, as Go's `<` on strings.
func goBytesLess(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}
