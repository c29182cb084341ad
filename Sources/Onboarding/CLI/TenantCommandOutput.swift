/// The plain text the `swift-template tenant …` subcommands print for each result. Every string ends
/// with a newline, except an empty list, which prints a single explanatory line.
public enum TenantCommandOutput {
    /// `tenant onboard`: what was rendered and which files were written.
    public static func onboarded(_ result: OnboardingResult) -> String {
        var text = "onboarded tenant \(result.request.tenantId) (tier \(result.request.tier), "
            + "release version \(result.request.releaseVersion))\n"
        text += "rendered release \(result.release.releaseName) into namespace \(result.release.namespace)"
            + " from \(result.release.chartPath)\n"
        text += changeLines(result.changes)
        return text
    }

    /// `tenant offboard`: which files were edited and removed.
    public static func offboarded(_ result: OffboardingResult) -> String {
        "offboarded tenant \(result.tenantId) (tier \(result.tier))\n" + changeLines(result.changes)
    }

    /// `tenant list`: one aligned row per tenant, with a header.
    public static func list(_ entries: [TenantEntry]) -> String {
        guard !entries.isEmpty else { return "no tenants onboarded\n" }
        let header = ["TENANT", "TIER", "RELEASE", "FILE"]
        let rows = entries.map { entry in
            [entry.tenantId, entry.tier, entry.releaseVersion ?? "-",
             entry.file + (entry.isListedInKustomization ? "" : " (not in kustomization)")]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.indices.map { column in
                column == row.count - 1 ? row[column] : row[column].padding(toLength: widths[column] + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    /// `tenant preview`: the manifests, as rendered (already newline-terminated by the renderer).
    public static func preview(_ manifests: String) -> String {
        manifests
    }

    /// `tenant render-all`: a summary line, then every failed tenant by name with its error.
    public static func fleet(_ result: FleetRenderResult, seconds: Double) -> String {
        let bytes = result.outcomes.reduce(0) { total, outcome in
            if case .rendered(let size, _) = outcome.status { return total + size }
            return total
        }
        var text = "rendered \(result.renderedCount) of \(result.outcomes.count) tenants (\(bytes) bytes of manifests) in "
            + String(format: "%.2f", seconds) + " s\n"
        for outcome in result.failed {
            if case .failed(let message) = outcome.status {
                text += "FAILED \(outcome.tenantId) (tier \(outcome.tier)): \(message)\n"
            }
        }
        return text
    }

    /// What the CLI prints on stderr for a failed operation.
    public static func failure(_ error: Error) -> String {
        "Error: \(error)\n"
    }

    private static func changeLines(_ changes: [ChangedFile]) -> String {
        changes.map { "  \($0.change.rawValue) \($0.path)\n" }.joined()
    }
}

private extension String {
    /// Right-pads with spaces to `length` characters (never truncates).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
