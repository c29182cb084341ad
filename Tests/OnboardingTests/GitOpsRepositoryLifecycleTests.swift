import XCTest
@testable import Onboarding

/// Onboard one tenant per tier into a copy of examples/gitops, list and preview them, offboard them all,
/// and check the tree is byte-identical to the start.
final class GitOpsRepositoryLifecycleTests: XCTestCase {
    private static let tenants = [
        OnboardingRequest(tenantId: "tenant-1", tier: "premium", releaseVersion: "0.0"),
        OnboardingRequest(tenantId: "tenant-2", tier: "advanced", releaseVersion: "0.0"),
        OnboardingRequest(tenantId: "tenant-3", tier: "basic", releaseVersion: "1.2"),
    ]

    func testOnboardListPreviewOffboardRestoresTheTree() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        let original = try fixture.snapshot()
        XCTAssertGreaterThanOrEqual(original.count, 8, "the snapshot must see the example tree")

        for request in Self.tenants {
            let result = try repository.onboard(request)
            let tenantFile = "tenants/\(request.tier)/\(request.tenantId).yaml"
            XCTAssertEqual(result.tenantFile, tenantFile)
            XCTAssertEqual(result.kustomizationFile, "tenants/\(request.tier)/kustomization.yaml")
            XCTAssertEqual(result.changes, [ChangedFile(path: tenantFile, change: .created),
                                            ChangedFile(path: result.kustomizationFile, change: .modified)])
            // The tenant file is the template with the placeholders replaced, nothing else.
            let template = try fixture.read("tier-templates/\(request.tier)_tenant_template.yaml")
            XCTAssertEqual(try fixture.read(tenantFile), template
                .replacingOccurrences(of: "{TENANT_ID}", with: request.tenantId)
                .replacingOccurrences(of: "{RELEASE_VERSION}", with: request.releaseVersion))
            XCTAssertEqual(try fixture.read(result.kustomizationFile),
                           "# Tenants of the \(request.tier) tier; the onboarding tool adds and removes entries here.\n"
                           + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                           + "resources:\n  - \(request.tenantId).yaml\n")
        }

        // Rendering happened before writing, with what Flux would pass to Helm.
        let rendered = fixture.renderer.calls.map { [$0.releaseName, $0.namespace, $0.values["tenantId"]?.stringValue ?? ""] }
        XCTAssertEqual(rendered, [["tenant-1-premium", "tenant-1", "tenant-1"],
                                  ["tenant-2-advanced", "tenant-2", "tenant-2"],
                                  ["tenant-3-basic", "pool-1", "tenant-3"]])
        XCTAssertTrue(fixture.renderer.calls.allSatisfy { $0.chartPath == GitOpsFixture.chartsDirectory + "/helm-tenant-chart" })
        let producer = fixture.renderer.calls.last?.values["apps"]?.mapValue?["producer"]?.mapValue
        XCTAssertEqual(producer?["envId"]?.stringValue, "pool-1")

        XCTAssertEqual(try repository.list(), [
            TenantEntry(tenantId: "tenant-2", tier: "advanced", releaseVersion: "0.0",
                        file: "tenants/advanced/tenant-2.yaml", isListedInKustomization: true),
            TenantEntry(tenantId: "tenant-3", tier: "basic", releaseVersion: "1.2",
                        file: "tenants/basic/tenant-3.yaml", isListedInKustomization: true),
            TenantEntry(tenantId: "tenant-1", tier: "premium", releaseVersion: "0.0",
                        file: "tenants/premium/tenant-1.yaml", isListedInKustomization: true),
        ])

        let preview = try repository.previewRelease(tenantId: "tenant-3")
        XCTAssertEqual(preview.release, TenantRelease(releaseName: "tenant-3-basic", namespace: "pool-1",
                                                      chartPath: GitOpsFixture.chartsDirectory + "/helm-tenant-chart"))
        XCTAssertEqual(try repository.preview(tenantId: "tenant-1"),
                       "---\n# Source: helm-tenant-chart/templates/fake.yaml\n"
                       + "# release=tenant-1-premium namespace=tenant-1 tenantId=tenant-1\n")

        for request in Self.tenants {
            let result = try repository.offboard(tenantId: request.tenantId)
            XCTAssertEqual(result.tier, request.tier)
            XCTAssertEqual(result.removedFile, "tenants/\(request.tier)/\(request.tenantId).yaml")
            XCTAssertEqual(result.editedKustomizationFile, "tenants/\(request.tier)/kustomization.yaml")
            XCTAssertEqual(result.changes.map(\.change), [.modified, .removed])
        }
        XCTAssertEqual(try repository.list(), [])
        XCTAssertTrue(try fixture.snapshot() == original, "onboard + offboard must restore the exact tree")
    }

    func testSeveralTenantsInOneTierKeepTheirOrder() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        let original = try fixture.snapshot()
        for id in ["tenant-a", "tenant-b", "tenant-c"] {
            _ = try repository.onboard(OnboardingRequest(tenantId: id, tier: "premium", releaseVersion: "0.0"))
        }
        let kustomization = "tenants/premium/kustomization.yaml"
        XCTAssertTrue(try fixture.read(kustomization).hasSuffix(
            "resources:\n  - tenant-a.yaml\n  - tenant-b.yaml\n  - tenant-c.yaml\n"))

        _ = try repository.offboard(tenantId: "tenant-b")
        XCTAssertTrue(try fixture.read(kustomization).hasSuffix("resources:\n  - tenant-a.yaml\n  - tenant-c.yaml\n"))
        XCTAssertFalse(fixture.exists("tenants/premium/tenant-b.yaml"))
        XCTAssertTrue(fixture.exists("tenants/premium/tenant-a.yaml"))

        _ = try repository.offboard(tenantId: "tenant-c")
        _ = try repository.offboard(tenantId: "tenant-a")
        XCTAssertTrue(try fixture.snapshot() == original)
    }

    func testOffboardingATenantTheKustomizationDoesNotListOnlyRemovesItsFile() throws {
        let fixture = try GitOpsFixture()
        let template = try fixture.read("tier-templates/premium_tenant_template.yaml")
        try fixture.write(template.replacingOccurrences(of: "{TENANT_ID}", with: "stray")
            .replacingOccurrences(of: "{RELEASE_VERSION}", with: "0.0"), to: "tenants/premium/stray.yaml")
        let repository = fixture.repository()
        XCTAssertEqual(try repository.list().map(\.isListedInKustomization), [false])

        let result = try repository.offboard(tenantId: "stray")
        XCTAssertNil(result.editedKustomizationFile)
        XCTAssertEqual(result.changes, [ChangedFile(path: "tenants/premium/stray.yaml", change: .removed)])
        XCTAssertFalse(fixture.exists("tenants/premium/stray.yaml"))
        XCTAssertEqual(try fixture.read("tenants/premium/kustomization.yaml"),
                       try String(contentsOfFile: GitOpsFixture.exampleTree + "/tenants/premium/kustomization.yaml", encoding: .utf8))
    }

    func testListSkipsFilesThatAreNotTenants() throws {
        let fixture = try GitOpsFixture()
        try fixture.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\n", to: "tenants/basic/notes.yaml")
        try fixture.write("not yaml at all: \"", to: "tenants/basic/README.md")
        XCTAssertEqual(try fixture.repository().list(), [])
    }

    func testKnownTiersComeFromTheTemplates() throws {
        let fixture = try GitOpsFixture()
        XCTAssertEqual(try fixture.repository().knownTiers(), ["advanced", "basic", "premium"])
    }

    func testAbsoluteDirectoriesAreUsedAsGiven() throws {
        let fixture = try GitOpsFixture()
        var repository = fixture.repository()
        repository.templatesDir = fixture.root + "/tier-templates"
        repository.tenantsDir = fixture.root + "/tenants/"
        repository.root = fixture.root + "/"
        let result = try repository.onboard(OnboardingRequest(tenantId: "t1", tier: "basic", releaseVersion: "0.0"))
        XCTAssertEqual(result.tenantFile, "tenants/basic/t1.yaml")
        XCTAssertTrue(fixture.exists("tenants/basic/t1.yaml"))
    }
}
