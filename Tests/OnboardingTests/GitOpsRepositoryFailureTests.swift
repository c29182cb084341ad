import XCTest
@testable import Onboarding

/// Every way onboarding, offboarding and preview can fail, each checked to leave the tree byte-for-byte
/// as it was.
final class GitOpsRepositoryFailureTests: XCTestCase {
    private func request(_ id: String = "tenant-1", tier: String = "premium", version: String = "0.0") -> OnboardingRequest {
        OnboardingRequest(tenantId: id, tier: tier, releaseVersion: version)
    }

    func testInvalidTenantIds() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        let cases: [(String, String)] = [
            ("Tenant-1", "must consist of lower case letters, digits and '-' (found 'T')"),
            ("../premium/x", "must consist of lower case letters, digits and '-' (found '.')"),
            ("-tenant", "must start and end with a lower case letter or digit"),
            ("", "must not be empty"),
            (String(repeating: "t", count: 64), "must be at most 63 characters (has 64)"),
        ]
        for (id, reason) in cases {
            try assertFailsLeavingTreeUnchanged(fixture, .invalidTenantId(id, reason: reason), id) {
                try repository.onboard(request(id))
            }
            try assertFailsLeavingTreeUnchanged(fixture, .invalidTenantId(id, reason: reason), id) {
                try repository.offboard(tenantId: id)
            }
        }
        XCTAssertTrue(fixture.renderer.calls.isEmpty)
    }

    func testInvalidReleaseVersion() throws {
        let fixture = try GitOpsFixture()
        try assertFailsLeavingTreeUnchanged(
            fixture, .invalidReleaseVersion("0.0\"\nkind: Secret", reason: "may only contain letters, digits, '.', '-' and '+'")) {
            try fixture.repository().onboard(request(version: "0.0\"\nkind: Secret"))
        }
    }

    func testUnknownTier() throws {
        let fixture = try GitOpsFixture()
        for tier in ["gold", "", "../tier-templates/premium", "basic_env"] {
            try assertFailsLeavingTreeUnchanged(
                fixture, .unknownTier(tier, knownTiers: ["advanced", "basic", "premium"]), tier) {
                try fixture.repository().onboard(request(tier: tier))
            }
        }
    }

    func testTierWithoutKustomization() throws {
        let fixture = try GitOpsFixture()
        try fixture.write(try fixture.read("tier-templates/premium_tenant_template.yaml"),
                          to: "tier-templates/gold_tenant_template.yaml")
        try assertFailsLeavingTreeUnchanged(
            fixture, .tierKustomizationMissing(tier: "gold", path: "tenants/gold/kustomization.yaml")) {
            try fixture.repository().onboard(request(tier: "gold"))
        }
    }

    func testDuplicateOnboardingNamesTheExistingFile() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        _ = try repository.onboard(request("tenant-1", tier: "premium"))
        for tier in ["premium", "basic", "advanced"] {
            try assertFailsLeavingTreeUnchanged(
                fixture, .tenantAlreadyOnboarded(tenantId: "tenant-1", existingFile: "tenants/premium/tenant-1.yaml"), tier) {
                try repository.onboard(request("tenant-1", tier: tier))
            }
        }
        XCTAssertEqual(error(of: { try repository.onboard(request("tenant-1", tier: "basic")) }),
                       #"tenant "tenant-1" is already onboarded: tenants/premium/tenant-1.yaml exists"#)
    }

    func testKustomizationThatAlreadyListsTheTenant() throws {
        let fixture = try GitOpsFixture()
        try fixture.write("resources:\n  - tenant-1.yaml\n", to: "tenants/premium/kustomization.yaml")
        try assertFailsLeavingTreeUnchanged(
            fixture, .kustomizationEdit(file: "tenants/premium/kustomization.yaml", reason: "resources already lists tenant-1.yaml")) {
            try fixture.repository().onboard(request())
        }
    }

    func testPlaceholderLeftUnreplaced() throws {
        let fixture = try GitOpsFixture()
        // The pooled-environment template expects {ENVIRONMENT_ID}, which a tenant request does not provide.
        try fixture.write(try fixture.read("tier-templates/basic_env_template.yaml"), to: "tier-templates/env_tenant_template.yaml")
        try fixture.write("resources: []\n", to: "tenants/env/kustomization.yaml")
        try assertFailsLeavingTreeUnchanged(
            fixture, .unreplacedPlaceholder("{ENVIRONMENT_ID}", template: "tier-templates/env_tenant_template.yaml", line: 5)) {
            try fixture.repository().onboard(request(tier: "env"))
        }
        XCTAssertEqual(error(of: { try fixture.repository().onboard(request(tier: "env")) }),
                       "tier-templates/env_tenant_template.yaml:5: placeholder {ENVIRONMENT_ID} is left unreplaced after substitution")
    }

    func testTemplateThatIsNotValidYAML() throws {
        let fixture = try GitOpsFixture()
        let broken = try fixture.read("tier-templates/premium_tenant_template.yaml")
            .replacingOccurrences(of: "chart: helm-tenant-chart\n", with: "chart: \"helm-tenant-chart\n")
        try fixture.write(broken, to: "tier-templates/broken_tenant_template.yaml")
        try fixture.write("resources: []\n", to: "tenants/broken/kustomization.yaml")
        let expected = OnboardingError.invalidYAML(
            file: "tier-templates/broken_tenant_template.yaml (for tenant tenant-1)",
            message: "line 18: found unexpected end of stream while scanning a quoted scalar")
        try assertFailsLeavingTreeUnchanged(fixture, expected) {
            try fixture.repository().onboard(request(tier: "broken"))
        }
        XCTAssertTrue(fixture.renderer.calls.isEmpty)
    }

    func testTemplateWithoutHelmRelease() throws {
        let fixture = try GitOpsFixture()
        try fixture.write("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {TENANT_ID}\n",
                          to: "tier-templates/bare_tenant_template.yaml")
        try fixture.write("resources: []\n", to: "tenants/bare/kustomization.yaml")
        try assertFailsLeavingTreeUnchanged(
            fixture, .invalidHelmRelease(file: "tier-templates/bare_tenant_template.yaml", reason: "no HelmRelease document")) {
            try fixture.repository().onboard(request(tier: "bare"))
        }
    }

    func testRenderFailure() throws {
        let fixture = try GitOpsFixture()
        // What the chart engine reports when values.schema.json rejects the tenant's values.
        let schemaError = "values don't meet the specifications of the schema(s) in the following chart(s):\n"
            + "helm-tenant-chart:\n- apps.producer.replicaCount: Invalid type. Expected: integer, given: string\n"
        fixture.renderer.failure = { call in
            let replicas = call.values["apps"]?.mapValue?["producer"]?.mapValue?["replicaCount"]
            return replicas?.stringValue != nil ? FakeTenantChartRenderer.RenderError(description: schemaError) : nil
        }
        let template = try fixture.read("tier-templates/premium_tenant_template.yaml")
            .replacingOccurrences(of: "      producer:\n        enabled: true\n",
                                  with: "      producer:\n        enabled: true\n        replicaCount: \"three\"\n")
        try fixture.write(template, to: "tier-templates/premium_tenant_template.yaml")
        let expected = OnboardingError.renderFailed(
            tenantId: "tenant-1", chartPath: GitOpsFixture.chartsDirectory + "/helm-tenant-chart", message: schemaError)
        try assertFailsLeavingTreeUnchanged(fixture, expected) {
            try fixture.repository().onboard(request())
        }
        XCTAssertEqual(fixture.renderer.calls.count, 1)
    }

    func testChartNotFound() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository(chartsDir: "charts")
        try assertFailsLeavingTreeUnchanged(fixture, .chartNotFound(chart: "helm-tenant-chart", path: "charts/helm-tenant-chart")) {
            try repository.onboard(request())
        }
    }

    func testChartNameThatIsAPath() throws {
        let fixture = try GitOpsFixture()
        let template = try fixture.read("tier-templates/premium_tenant_template.yaml")
            .replacingOccurrences(of: "chart: helm-tenant-chart\n", with: "chart: ../secrets\n")
        try fixture.write(template, to: "tier-templates/premium_tenant_template.yaml")
        try assertFailsLeavingTreeUnchanged(fixture, .invalidHelmRelease(
            file: "tier-templates/premium_tenant_template.yaml",
            reason: #"spec.chart.spec.chart "../secrets" must be a chart name, not a path"#)) {
            try fixture.repository().onboard(request())
        }
    }

    func testFailedSecondWriteRollsBackTheFirst() throws {
        let fixture = try GitOpsFixture()
        var repository = fixture.repository()
        let operations = FailingFileOperations { operation, _ in operation == .replace }
        repository.fileOperations = operations
        try assertFailsLeavingTreeUnchanged(fixture, .fileSystem(
            operation: "replace", path: "tenants/premium/kustomization.yaml", message: "injected failure",
            rolledBack: true, rollbackFailures: [])) {
            try repository.onboard(request())
        }
        // The tenant file was written, then removed again.
        XCTAssertEqual(operations.performed.map(\.0), [.create, .remove])
    }

    func testFailedRollbackIsReported() throws {
        let fixture = try GitOpsFixture()
        var repository = fixture.repository()
        repository.fileOperations = FailingFileOperations { operation, _ in operation != .create }
        XCTAssertThrowsError(try repository.onboard(request())) { error in
            XCTAssertEqual(error as? OnboardingError, .fileSystem(
                operation: "replace", path: "tenants/premium/kustomization.yaml", message: "injected failure",
                rolledBack: false, rollbackFailures: ["remove tenants/premium/tenant-1.yaml: injected failure"]))
            XCTAssertTrue(String(describing: error).contains("rollback failed, the tree may be partly changed"))
        }
    }

    func testFailedFirstWriteChangesNothing() throws {
        let fixture = try GitOpsFixture()
        var repository = fixture.repository()
        repository.fileOperations = FailingFileOperations { operation, _ in operation == .create }
        try assertFailsLeavingTreeUnchanged(fixture, .fileSystem(
            operation: "create", path: "tenants/premium/tenant-1.yaml", message: "injected failure",
            rolledBack: false, rollbackFailures: [])) {
            try repository.onboard(request())
        }
    }

    func testFailedOffboardingRemovalRestoresTheKustomization() throws {
        let fixture = try GitOpsFixture()
        var repository = fixture.repository()
        _ = try repository.onboard(request())
        repository.fileOperations = FailingFileOperations { operation, _ in operation == .remove }
        try assertFailsLeavingTreeUnchanged(fixture, .fileSystem(
            operation: "remove", path: "tenants/premium/tenant-1.yaml", message: "injected failure",
            rolledBack: true, rollbackFailures: [])) {
            try repository.offboard(tenantId: "tenant-1")
        }
    }

    func testOffboardingOrPreviewingAnUnknownTenant() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        try assertFailsLeavingTreeUnchanged(fixture, .tenantNotFound("tenant-9")) {
            try repository.offboard(tenantId: "tenant-9")
        }
        try assertFailsLeavingTreeUnchanged(fixture, .tenantNotFound("tenant-9")) {
            try repository.preview(tenantId: "tenant-9")
        }
    }

    func testTenantInSeveralTiersIsNotGuessed() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        _ = try repository.onboard(request("tenant-1", tier: "premium"))
        try fixture.write(try fixture.read("tenants/premium/tenant-1.yaml"), to: "tenants/basic/tenant-1.yaml")
        try assertFailsLeavingTreeUnchanged(fixture, .tenantInSeveralTiers(
            tenantId: "tenant-1", files: ["tenants/basic/tenant-1.yaml", "tenants/premium/tenant-1.yaml"])) {
            try repository.offboard(tenantId: "tenant-1")
        }
    }

    func testPreviewOfABrokenTenantFile() throws {
        let fixture = try GitOpsFixture()
        let repository = fixture.repository()
        _ = try repository.onboard(request())
        try fixture.write("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: tenant-1\n", to: "tenants/premium/tenant-1.yaml")
        try assertFailsLeavingTreeUnchanged(fixture, .invalidHelmRelease(
            file: "tenants/premium/tenant-1.yaml", reason: "no HelmRelease document")) {
            try repository.preview(tenantId: "tenant-1")
        }
        fixture.renderer.failure = { _ in FakeTenantChartRenderer.RenderError(description: "boom") }
        _ = try repository.offboard(tenantId: "tenant-1")
    }

    private func error(of body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return String(describing: error)
        }
    }
}
