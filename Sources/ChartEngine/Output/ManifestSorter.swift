import GoTemplate
import HelmYAML

/// Helm's `releaseutil.SortManifests`: splits every rendered file into documents, checks that each is a
/// valid Kubernetes head, separates hooks from plain manifests, and orders both by kind.
public enum ManifestSorter {
    public struct Result: Equatable, Sendable {
        public var hooks: [RenderedHook]
        public var manifests: [RenderedManifest]
        /// What Helm logs while sorting (skipped unknown hooks), as its slog text lines.
        public var logLines: [String]
    }

    /// The error Helm reports for a document that is not valid YAML (or whose head has wrong types).
    public struct ParseError: Error, CustomStringConvertible {
        public var path: String
        public var underlying: String
        /// Lines logged before the failure.
        public var logLines: [String]
        public var description: String { "YAML parse error on \(path): \(underlying)" }
    }

    static let hookAnnotation = "helm.sh/hook"
    static let hookWeightAnnotation = "helm.sh/hook-weight"
    static let hookDeleteAnnotation = "helm.sh/hook-delete-policy"

    /// Events Helm accepts; `test-success` is Helm 2's spelling of `test`.
    static let hookEvents: [String: String] = [
        "pre-install": "pre-install", "post-install": "post-install",
        "pre-delete": "pre-delete", "post-delete": "post-delete",
        "pre-upgrade": "pre-upgrade", "post-upgrade": "post-upgrade",
        "pre-rollback": "pre-rollback", "post-rollback": "post-rollback",
        "test": "test", "test-success": "test",
    ]

    /// `files` maps template paths to rendered text. Files are visited in sorted path order, partials
    /// and blank files skipped, as Helm does. Paths in `notUTF8` hold output that is not UTF-8, its
    /// invalid bytes written as `RawByteEscape` scalars: their documents are checked as the bytes.
    public static func sort(files: [String: String], notUTF8: Set<String> = []) throws -> Result {
        var hooks: [RenderedHook] = []
        var manifests: [RenderedManifest] = []
        var logLines: [String] = []
        for path in files.keys.sorted(by: goBytesLess) {
            guard let content = files[path] else { continue }
            if baseName(path).hasPrefix("_") { continue }
            if GoStrings.trimSpace(content).isEmpty { continue }
            for rawDocument in ManifestSplitter.split(content) {
                var document = rawDocument
                let head: ManifestHead
                do {
                    if notUTF8.contains(path), rawDocument.unicodeScalars.contains(where: { RawByteEscape.isEscape($0) }) {
                        let bytes = RawByteEscape.unescape(rawDocument)
                        document = bytes.stringValue ?? rawDocument
                        head = try ManifestYAML.parseHead(bytes: bytes.goStringBytes ?? [])
                    } else {
                        head = try ManifestYAML.parseHead(document)
                    }
                } catch {
                    throw ParseError(path: path, underlying: "\(error)", logLines: logLines)
                }
                let manifest = RenderedManifest(path: path, content: document, kind: head.kind ?? "", name: head.name ?? "")
                guard let hookTypes = head.annotations[hookAnnotation] else {
                    manifests.append(manifest)
                    continue
                }
                // A hook with any unknown event is dropped entirely, as Helm does.
                var events: [String] = []
                var unknown = false
                for rawEvent in hookTypes.split(separator: ",", omittingEmptySubsequences: false) {
                    let event = GoStrings.trimSpace(String(rawEvent)).lowercased()
                    guard let known = hookEvents[event] else {
                        unknown = true
                        break
                    }
                    events.append(known)
                }
                if unknown {
                    logLines.append("level=INFO msg=\"skipping unknown hooks\" hookTypes=" + SlogText.value(hookTypes))
                    continue
                }
                hooks.append(RenderedHook(
                    manifest: manifest,
                    events: events,
                    weight: Int(head.annotations[hookWeightAnnotation] ?? "") ?? 0,
                    deletePolicies: annotationList(head.annotations[hookDeleteAnnotation])))
            }
        }
        return Result(
            hooks: KindSortOrder.stableSorted(hooks) { $0.manifest.kind },
            manifests: KindSortOrder.stableSorted(manifests) { $0.kind },
            logLines: logLines)
    }

    /// Helm's `operateAnnotationValues`: comma-separated, trimmed, lower-cased.
    private static func annotationList(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",", omittingEmptySubsequences: false)
            .map { GoStrings.trimSpace(String($0)).lowercased() }
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
