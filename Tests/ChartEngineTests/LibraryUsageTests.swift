import Foundation
import XCTest
import ChartEngine

/// The README's library example, kept compiling and true: load once, render structured and as text.
final class LibraryUsageTests: XCTestCase {
    func testReadmeLibraryExample() throws {
        let root = GoldenRunnerTests.repositoryRoot
        let renderer = try ChartRenderer(chartPath: root + "/charts/helm-tenant-chart")
        let values = try ValuesOptions(valueFiles: ["charts/helm-tenant-chart/ci/premium-values.yaml"])
            .mergeValues(baseDirectory: root)
        let rendering = try renderer.render(RenderRequest(
            release: ReleaseOptions(name: "tenant-1", namespace: "tenant-1"), values: values))
        XCTAssertEqual(rendering.manifests.map(\.kind), ["ServiceAccount", "ServiceAccount", "Service", "Service",
                                                         "Deployment", "Deployment", "Ingress", "Ingress", "Terraform"])
        let text = try renderer.renderText(RenderRequest(release: ReleaseOptions(name: "tenant-1", namespace: "tenant-1"),
                                                         values: values), output: TemplateOutputOptions()).stdout
        XCTAssertEqual(text, try String(contentsOfFile: root + "/golden/helm-tenant-chart/premium/expected.yaml", encoding: .utf8))
    }
}
