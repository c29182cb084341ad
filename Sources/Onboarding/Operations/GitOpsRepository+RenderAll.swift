import Dispatch
import Foundation

/// How one tenant fared in `renderAll`.
public struct TenantRenderOutcome: Equatable {
    public enum Status: Equatable {
        /// Rendered: the manifest's size, and the file written when an output folder was given.
        case rendered(bytes: Int, file: String?)
        case failed(message: String)
    }

    public var tenantId: String
    public var tier: String
    public var status: Status
}

/// The result of rendering a whole fleet: one outcome per tenant file, by tier then tenant.
public struct FleetRenderResult: Equatable {
    public var outcomes: [TenantRenderOutcome]
    public var renderedCount: Int { outcomes.filter { if case .rendered = $0.status { return true } else { return false } }.count }
    public var failed: [TenantRenderOutcome] { outcomes.filter { if case .failed = $0.status { return true } else { return false } } }
}

extension GitOpsRepository {
    /// Renders every onboarded tenant (each tenant file's HelmRelease: release name, target namespace,
    /// values) in parallel on `concurrency` threads. With `outputDirectory`, writes `<tenant>.yaml` per
    /// tenant there (atomically); without, keeps only sizes, so a fleet of any size needs little memory.
    /// A tenant that fails is reported by name and the others still render. `progress` is called with
    /// (done, total) after each tenant, from worker threads.
    public func renderAll(outputDirectory: String? = nil,
                          concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                          progress: ((Int, Int) -> Void)? = nil) throws -> FleetRenderResult {
        let files = try tenantFiles()
        if let outputDirectory {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        }
        var outcomes = [TenantRenderOutcome?](repeating: nil, count: files.count)
        let lock = NSLock()
        var done = 0
        let next = ManagedIndex()
        let workers = max(1, min(concurrency, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: files.count) {
                let outcome = renderOne(files[index], outputDirectory: outputDirectory)
                lock.lock()
                outcomes[index] = outcome
                done += 1
                let finished = done
                lock.unlock()
                progress?(finished, files.count)
            }
        }
        return FleetRenderResult(outcomes: outcomes.compactMap { $0 })
    }

    private func renderOne(_ file: (tier: String, tenantId: String, path: String),
                           outputDirectory: String?) -> TenantRenderOutcome {
        do {
            let manifests = try renderTenantFile(at: file.path, tenantId: file.tenantId).manifests
            let data = Data(manifests.utf8)
            var written: String?
            if let outputDirectory {
                let target = outputDirectory + "/" + file.tenantId + ".yaml"
                try AtomicFileWriter().publish(data, at: target)
                written = target
            }
            return TenantRenderOutcome(tenantId: file.tenantId, tier: file.tier,
                                       status: .rendered(bytes: data.count, file: written))
        } catch {
            return TenantRenderOutcome(tenantId: file.tenantId, tier: file.tier, status: .failed(message: "\(error)"))
        }
    }

    /// Tenant files of every tier (`<tier>/<tenant>.yaml` other than the kustomization), without parsing
    /// them: parsing happens once, in parallel, when each is rendered.
    func tenantFiles() throws -> [(tier: String, tenantId: String, path: String)] {
        var files: [(tier: String, tenantId: String, path: String)] = []
        for tier in try tierDirectories() {
            for name in try directoryEntries(tierPath(tier))
            where name.hasSuffix(Self.tenantFileExtension) && name != Self.kustomizationFileName {
                let path = tierPath(tier) + "/" + name
                guard isRegularFile(path) else { continue }
                files.append((tier, String(name.dropLast(Self.tenantFileExtension.count)), path))
            }
        }
        return files
    }
}

/// A shared counter handing out work indexes to worker threads.
private final class ManagedIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
