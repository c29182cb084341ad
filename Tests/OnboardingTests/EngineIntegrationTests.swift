import Foundation
import GoTemplate
import HelmYAML
import XCTest
@testable import Onboarding

/// The onboarding tool on the real engine and libyaml (the default seams), on a copy of examples/gitops:
/// every tier is onboarded, its preview equals what the real Helm renders for the same release,
/// namespace and values, the fleet renders, and offboarding restores the tree byte for byte.
final class EngineIntegrationTests: XCTestCase {
    static let repositoryRoot = GitOpsFixture.checkout.path

    func testTiersRenderAsHelmDoesAndOffboardingRestoresTheTree() throws {
        let fixture = try GitOpsFixture()
        let tree = fixture.root
        let repository = GitOpsRepository(root: tree, chartsDir: GitOpsFixture.chartsDirectory)
        let before = try fixture.snapshot()
        let tiers = [("tenant-1", "premium"), ("tenant-2", "basic"), ("tenant-3", "advanced")]
        for (tenant, tier) in tiers {
            _ = try repository.onboard(OnboardingRequest(tenantId: tenant, tier: tier, releaseVersion: "0.0"))
        }
        XCTAssertEqual(try repository.list().map(\.tenantId), ["tenant-3", "tenant-2", "tenant-1"])

        for (tenant, _) in tiers {
            let (release, manifests) = try repository.previewRelease(tenantId: tenant)
            let helm = try helmTemplate(release: release, tenantFile: try tenantFile(tree, tenant))
            XCTAssertEqual(manifests, helm, "preview of \(tenant) differs from helm template")
        }

        let fleet = try repository.renderAll(outputDirectory: tree + "-out")
        addTeardownBlock { try? FileManager.default.removeItem(atPath: tree + "-out") }
        XCTAssertEqual(fleet.renderedCount, 3)
        XCTAssertEqual(try String(contentsOfFile: tree + "-out/tenant-3.yaml", encoding: .utf8),
                       try repository.preview(tenantId: "tenant-3"))

        for (tenant, _) in tiers { _ = try repository.offboard(tenantId: tenant) }
        XCTAssertTrue(try fixture.snapshot() == before)
    }

    func testSchemaViolationIsRefusedBeforeAnyWrite() throws {
        let fixture = try GitOpsFixture()
        let tree = fixture.root
        let template = tree + "/tier-templates/premium_tenant_template.yaml"
        let text = try String(contentsOfFile: template, encoding: .utf8)
        try text.replacingOccurrences(of: "      producer:\n        enabled: true",
                                      with: "      producer:\n        replicaCount: three\n        enabled: true")
            .write(toFile: template, atomically: true, encoding: .utf8)
        let before = try fixture.snapshot()
        let repository = GitOpsRepository(root: tree, chartsDir: GitOpsFixture.chartsDirectory)
        XCTAssertThrowsError(try repository.onboard(OnboardingRequest(tenantId: "tenant-9", tier: "premium", releaseVersion: "0.0"))) { error in
            XCTAssertTrue("\(error)".contains("- at '/apps/producer/replicaCount': got string, want integer"), "\(error)")
        }
        XCTAssertTrue(try fixture.snapshot() == before)
    }

    func testFleetReportsAFailingTenantByNameAndRendersTheOthers() throws {
        let fixture = try GitOpsFixture()
        let tree = fixture.root
        let repository = GitOpsRepository(root: tree, chartsDir: GitOpsFixture.chartsDirectory)
        _ = try repository.onboard(OnboardingRequest(tenantId: "tenant-1", tier: "premium", releaseVersion: "0.0"))
        _ = try repository.onboard(OnboardingRequest(tenantId: "tenant-2", tier: "basic", releaseVersion: "0.0"))
        // Break one tenant after onboarding, as a hand edit would.
        let broken = tree + "/tenants/basic/tenant-2.yaml"
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        try text.replacingOccurrences(of: "tenantId: tenant-2", with: "tenantId: Tenant_2")
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let fleet = try repository.renderAll()
        XCTAssertEqual(fleet.renderedCount, 1)
        XCTAssertEqual(fleet.failed.map(\.tenantId), ["tenant-2"])
        guard case .failed(let message) = fleet.failed.first?.status else { return XCTFail("no failure") }
        XCTAssertTrue(message.contains("'Tenant_2' does not match pattern"), message)
    }

    // MARK: - Helpers


    private func tenantFile(_ tree: String, _ tenant: String) throws -> String {
        for tier in ["basic", "advanced", "premium"] {
            let path = "\(tree)/tenants/\(tier)/\(tenant).yaml"
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw XCTSkip("no tenant file for \(tenant)")
    }

    /// The real Helm on the same inputs: the HelmRelease's spec.values written as a values file.
    private func helmTemplate(release: TenantRelease, tenantFile: String) throws -> String {
        let documents = try LibYAMLDocumentParser().parseDocuments(try String(contentsOfFile: tenantFile, encoding: .utf8))
        guard let helmRelease = documents.first(where: { $0.mapValue?["kind"]?.stringValue == "HelmRelease" }),
              let values = helmRelease.mapValue?["spec"]?.mapValue?["values"] else {
            throw XCTSkip("no HelmRelease values in \(tenantFile)")
        }
        let valuesFile = NSTemporaryDirectory() + "values-\(UUID().uuidString).yaml"
        try YAMLEncoding.toYaml(values).write(toFile: valuesFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: valuesFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try helmBinary())
        process.arguments = ["template", release.releaseName, release.chartPath, "--namespace", release.namespace, "-f", valuesFile]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    private func helmBinary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["HELM_ORACLE"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let fetched = Self.repositoryRoot + "/.helm-oracle/helm"
        if FileManager.default.isExecutableFile(atPath: fetched) { return fetched }
        throw XCTSkip("the Helm oracle is not fetched (scripts/fetch-helm.sh)")
    }

}
