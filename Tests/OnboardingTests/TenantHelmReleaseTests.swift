import GoTemplate
import XCTest
@testable import Onboarding

final class TenantHelmReleaseTests: XCTestCase {
    private func release(_ yaml: String) throws -> TenantHelmRelease {
        try TenantHelmRelease(documents: try TestYAMLParser().parseDocuments(yaml), file: "t.yaml")
    }

    private static let base = "kind: HelmRelease\nmetadata:\n  name: r\n  namespace: flux-system\nspec:\n  chart:\n    spec:\n      chart: c\n"

    func testFluxDefaults() throws {
        let cases: [(String, String, String)] = [
            (Self.base, "r", "flux-system"),
            (Self.base + "  targetNamespace: t\n", "t-r", "t"),
            (Self.base + "  targetNamespace: t\n  releaseName: rel\n", "rel", "t"),
            ("kind: HelmRelease\nmetadata:\n  name: r\nspec:\n  chart:\n    spec:\n      chart: c\n", "r", "default"),
        ]
        for (yaml, releaseName, namespace) in cases {
            let parsed = try release(yaml)
            XCTAssertEqual(parsed.releaseName, releaseName, yaml)
            XCTAssertEqual(parsed.namespace, namespace, yaml)
            XCTAssertEqual(parsed.chartName, "c")
            XCTAssertEqual(parsed.values.count, 0)
        }
    }

    func testValuesAndVersion() throws {
        let parsed = try release(Self.base + "      version: \"0.0.x\"\n  values:\n    tenantId: t1\n    apps:\n      a:\n        enabled: false\n")
        XCTAssertEqual(parsed.chartVersion, "0.0.x")
        XCTAssertEqual(parsed.values["tenantId"]?.stringValue, "t1")
        guard case .bool(false)? = parsed.values["apps"]?.mapValue?["a"]?.mapValue?["enabled"] else {
            return XCTFail("values must keep YAML types")
        }
    }

    func testInvalidReleases() {
        let cases: [(String, String)] = [
            ("kind: Namespace\n", "no HelmRelease document"),
            (Self.base + "---\n" + Self.base, "2 HelmRelease documents, expected one"),
            ("kind: HelmRelease\nspec:\n  chart: {}\n", "HelmRelease has no metadata"),
            ("kind: HelmRelease\nmetadata:\n  namespace: x\n", "HelmRelease has no metadata.name"),
            ("kind: HelmRelease\nmetadata:\n  name: r\n", "HelmRelease r has no spec"),
            ("kind: HelmRelease\nmetadata:\n  name: r\nspec:\n  interval: 1m\n", "HelmRelease r has no spec.chart.spec.chart"),
            (Self.base + "  values: []\n", "HelmRelease r spec.values is a slice, expected a map"),
            (Self.base + "  valuesFrom:\n    - values-configmap\n", ""),
        ]
        for (yaml, reason) in cases {
            XCTAssertThrowsError(try release(yaml), yaml) { error in
                guard case let .invalidHelmRelease(file, actual)? = error as? OnboardingError else {
                    return XCTFail("unexpected \(error)")
                }
                XCTAssertEqual(file, "t.yaml")
                if reason.isEmpty {
                    XCTAssertTrue(actual.contains("valuesFrom"), actual)
                } else {
                    XCTAssertEqual(actual, reason, yaml)
                }
            }
        }
    }
}
