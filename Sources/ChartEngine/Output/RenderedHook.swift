/// A document carrying a `helm.sh/hook` annotation (Helm's `release.Hook`).
public struct RenderedHook: Equatable, Sendable {
    public var manifest: RenderedManifest
    /// Hook events in annotation order (`pre-install`, `test`, …), lower-cased.
    public var events: [String]
    /// `helm.sh/hook-weight`, 0 when absent or not an integer.
    public var weight: Int
    /// `helm.sh/hook-delete-policy` entries.
    public var deletePolicies: [String]

    public init(manifest: RenderedManifest, events: [String], weight: Int, deletePolicies: [String]) {
        self.manifest = manifest
        self.events = events
        self.weight = weight
        self.deletePolicies = deletePolicies
    }

    /// `helm template --skip-tests` drops hooks with a `test` event.
    public var isTest: Bool { events.contains("test") }
}
