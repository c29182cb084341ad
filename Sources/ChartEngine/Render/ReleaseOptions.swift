/// The release a chart is rendered for: Helm's `common.ReleaseOptions` plus the cluster facts
/// `helm template` assumes.
public struct ReleaseOptions: Sendable {
    public var name: String
    public var namespace: String
    public var revision: Int
    /// `--is-upgrade`: `.Release.IsUpgrade` true and `.Release.IsInstall` false.
    public var isUpgrade: Bool
    public var kubeVersion: KubeVersion
    /// `--api-versions`, appended to Helm's default set.
    public var extraAPIVersions: [String]

    public init(name: String = "release-name", namespace: String = "default", revision: Int = 1,
                isUpgrade: Bool = false, kubeVersion: KubeVersion = .helmDefault, extraAPIVersions: [String] = []) {
        self.name = name
        self.namespace = namespace
        self.revision = revision
        self.isUpgrade = isUpgrade
        self.kubeVersion = kubeVersion
        self.extraAPIVersions = extraAPIVersions
    }
}
