import ArgumentParser
import Foundation
import Onboarding

/// `swift-template tenant …`: the GitOps onboarding tool. Every subcommand is a thin wrapper over the
/// Onboarding library: it builds a typed request, calls the library and prints the typed result.
struct TenantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Onboard, offboard, preview and render tenants of a GitOps tree, rendering before writing.",
        subcommands: [Onboard.self, Offboard.self, Preview.self, List.self, RenderAll.self])
}

/// Options every tenant subcommand shares: where the tree and the charts are.
struct RepositoryOptions: ParsableArguments {
    @Option(name: .long, help: "Root of the GitOps working tree.")
    var repo: String

    @Option(name: .long, help: "Folder holding the charts HelmReleases name (relative to the current directory).")
    var charts: String = "charts"

    @Option(name: .long, help: "Tier templates folder, relative to --repo.")
    var templates: String = "tier-templates"

    @Option(name: .long, help: "Tenants folder, relative to --repo.")
    var tenants: String = "tenants"

    func repository() -> GitOpsRepository {
        let current = FileManager.default.currentDirectoryPath
        let absolute = { (path: String) in path.hasPrefix("/") ? path : current + "/" + path }
        return GitOpsRepository(root: absolute(repo), templatesDir: templates, tenantsDir: tenants,
                                chartsDir: absolute(charts))
    }
}

/// Runs a library call, printing its text on stdout, or the error on stderr with exit status 1.
func runPrinting(_ body: () throws -> String) throws {
    do {
        FileHandle.standardOutput.write(Data(try body().utf8))
    } catch {
        FileHandle.standardError.write(Data(TenantCommandOutput.failure(error).utf8))
        throw ExitCode.failure
    }
}

extension TenantCommand {
    struct Onboard: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Onboard a tenant: render its chart, then write its file and kustomization entry.",
            discussion: """
                The request is the onboarding queue's message, {"tenant_id": …, "tenant_tier": …, \
                "release_version": …}, given with --message or on standard input, or the same three \
                fields as --tenant, --tier and --release-version. Nothing is written unless the tenant renders.
                """)

        @OptionGroup var location: RepositoryOptions
        @Option(help: "Tenant id (a DNS-1123 label).") var tenant: String?
        @Option(help: "Tier: basic, advanced or premium.") var tier: String?
        @Option(name: .customLong("release-version"), help: "Chart release version, e.g. 0.0.") var releaseVersion: String?
        @Option(help: "The queue message as JSON ('-' or absent with no flags: read standard input).") var message: String?

        func validate() throws {
            let fields = [tenant, tier, releaseVersion].compactMap { $0 }
            if message != nil, !fields.isEmpty {
                throw ValidationError("give either --message or --tenant/--tier/--release-version, not both")
            }
            if message == nil, !fields.isEmpty, fields.count != 3 {
                throw ValidationError("--tenant, --tier and --release-version go together")
            }
        }

        func run() throws {
            try runPrinting {
                let request: OnboardingRequest
                if let tenant, let tier, let releaseVersion {
                    request = OnboardingRequest(tenantId: tenant, tier: tier, releaseVersion: releaseVersion)
                } else if let message, message != "-" {
                    request = try OnboardingRequest(queueMessage: message)
                } else {
                    request = try OnboardingRequest(queueMessage: FileHandle.standardInput.readDataToEndOfFile())
                }
                return TenantCommandOutput.onboarded(try location.repository().onboard(request))
            }
        }
    }

    struct Offboard: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Offboard a tenant: remove its file and its kustomization entry, nothing else.")
        @OptionGroup var location: RepositoryOptions
        @Option(help: "Tenant id.") var tenant: String

        func run() throws {
            try runPrinting { TenantCommandOutput.offboarded(try location.repository().offboard(tenantId: tenant)) }
        }
    }

    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print what Flux would apply for an onboarded tenant (its HelmRelease rendered).")
        @OptionGroup var location: RepositoryOptions
        @Option(help: "Tenant id.") var tenant: String

        func run() throws {
            try runPrinting { TenantCommandOutput.preview(try location.repository().preview(tenantId: tenant)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List onboarded tenants, tiers and release versions.")
        @OptionGroup var location: RepositoryOptions

        func run() throws {
            try runPrinting { TenantCommandOutput.list(try location.repository().list()) }
        }
    }

    struct RenderAll: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render-all",
            abstract: "Render every onboarded tenant in parallel; one manifest file per tenant, or a summary.")
        @OptionGroup var location: RepositoryOptions
        @Option(name: .customLong("output-dir"), help: "Write <tenant>.yaml for each tenant here.") var outputDir: String?
        @Option(help: "Worker threads (default: all cores).") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func run() throws {
            let showProgress = isatty(STDERR_FILENO) == 1
            let started = Date()
            let result: FleetRenderResult
            do {
                result = try location.repository().renderAll(outputDirectory: outputDir, concurrency: jobs) { done, total in
                    if showProgress, done == total || done % 25 == 0 {
                        FileHandle.standardError.write(Data("\rrendered \(done)/\(total)".utf8))
                    }
                }
            } catch {
                FileHandle.standardError.write(Data(TenantCommandOutput.failure(error).utf8))
                throw ExitCode.failure
            }
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardOutput.write(Data(TenantCommandOutput.fleet(result, seconds: seconds).utf8))
            if !result.failed.isEmpty { throw ExitCode.failure }
        }
    }
}
