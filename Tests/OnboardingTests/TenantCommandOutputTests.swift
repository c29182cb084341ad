import XCTest
@testable import Onboarding

final class TenantCommandOutputTests: XCTestCase {
    func testOnboarded() {
        let result = OnboardingResult(
            request: OnboardingRequest(tenantId: "tenant-1", tier: "premium", releaseVersion: "0.0"),
            tenantFile: "tenants/premium/tenant-1.yaml", kustomizationFile: "tenants/premium/kustomization.yaml",
            release: TenantRelease(releaseName: "tenant-1-premium", namespace: "tenant-1", chartPath: "/c/helm-tenant-chart"),
            renderedManifests: "---\n",
            changes: [ChangedFile(path: "tenants/premium/tenant-1.yaml", change: .created),
                      ChangedFile(path: "tenants/premium/kustomization.yaml", change: .modified)])
        XCTAssertEqual(TenantCommandOutput.onboarded(result), """
            onboarded tenant tenant-1 (tier premium, release version 0.0)
            rendered release tenant-1-premium into namespace tenant-1 from /c/helm-tenant-chart
              created tenants/premium/tenant-1.yaml
              modified tenants/premium/kustomization.yaml

            """)
    }

    func testOffboarded() {
        let result = OffboardingResult(
            tenantId: "tenant-3", tier: "basic", removedFile: "tenants/basic/tenant-3.yaml",
            editedKustomizationFile: "tenants/basic/kustomization.yaml",
            changes: [ChangedFile(path: "tenants/basic/kustomization.yaml", change: .modified),
                      ChangedFile(path: "tenants/basic/tenant-3.yaml", change: .removed)])
        XCTAssertEqual(TenantCommandOutput.offboarded(result), """
            offboarded tenant tenant-3 (tier basic)
              modified tenants/basic/kustomization.yaml
              removed tenants/basic/tenant-3.yaml

            """)
    }

    func testList() {
        XCTAssertEqual(TenantCommandOutput.list([]), "no tenants onboarded\n")
        let entries = [
            TenantEntry(tenantId: "tenant-2", tier: "advanced", releaseVersion: "0.0",
                        file: "tenants/advanced/tenant-2.yaml", isListedInKustomization: true),
            TenantEntry(tenantId: "t", tier: "basic", releaseVersion: nil,
                        file: "tenants/basic/t.yaml", isListedInKustomization: false),
        ]
        XCTAssertEqual(TenantCommandOutput.list(entries), """
            TENANT    TIER      RELEASE  FILE
            tenant-2  advanced  0.0      tenants/advanced/tenant-2.yaml
            t         basic     -        tenants/basic/t.yaml (not in kustomization)

            """)
    }

    func testFailureAndPreview() {
        XCTAssertEqual(TenantCommandOutput.failure(OnboardingError.tenantNotFound("x")),
                       "Error: tenant \"x\" is not onboarded in any tier\n")
        XCTAssertEqual(TenantCommandOutput.preview("---\nkind: A\n"), "---\nkind: A\n")
    }

    func testErrorDescriptions() {
        let cases: [(OnboardingError, String)] = [
            (.unknownTier("gold", knownTiers: ["basic", "premium"]), #"unknown tier "gold" (known tiers: basic, premium)"#),
            (.unknownTier("gold", knownTiers: []), #"unknown tier "gold" (known tiers: none)"#),
            (.invalidTenantId("A", reason: "r"), #"invalid tenant_id "A": r"#),
            (.invalidYAML(file: "f.yaml", message: "m"), "f.yaml is not valid YAML: m"),
            (.renderFailed(tenantId: "t", chartPath: "charts/c", message: "m"), #"tenant "t" does not render with chart charts/c: m"#),
            (.chartNotFound(chart: "c", path: "charts/c"), #"chart "c" not found at charts/c"#),
            (.fileSystem(operation: "replace", path: "k.yaml", message: "m", rolledBack: true, rollbackFailures: []),
             "cannot replace k.yaml: m (earlier changes were rolled back)"),
            (.fileSystem(operation: "read", path: "k.yaml", message: "m", rolledBack: false, rollbackFailures: []),
             "cannot read k.yaml: m"),
        ]
        for (error, text) in cases {
            XCTAssertEqual(error.description, text)
            XCTAssertEqual(error.localizedDescription, text)
        }
    }
}
