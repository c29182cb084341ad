import ChartEngine
import Foundation
import GoTemplate
import XCTest

/// The library API: one loaded chart rendered many times at once, for different releases and values,
/// each result identical to Helm's output for the same release.
final class RenderConcurrencyTests: XCTestCase {
    func testConcurrentRendersMatchHelmPerRelease() throws {
        let chartPath = HelmOracle.fixture("parent")
        let releases = ["alpha", "beta", "gamma", "delta"]
        var expected: [String: String] = [:]
        for name in releases {
            let helm = try HelmOracle.template([name, chartPath, "-n", "ns-\(name)", "--set", "replicas=\(name.count)"])
            XCTAssertEqual(helm.status, 0)
            expected[name] = helm.stdout
        }

        let renderer = try ChartRenderer(chartPath: chartPath)
        let lock = NSLock()
        var results: [String: String] = [:]
        var failures: [String] = []
        DispatchQueue.concurrentPerform(iterations: releases.count * 4) { iteration in
            let name = releases[iteration % releases.count]
            let values = GoMap(["replicas": .int64(Int64(name.count))])
            let request = RenderRequest(release: ReleaseOptions(name: name, namespace: "ns-\(name)"), values: values)
            do {
                let text = try renderer.renderText(request, output: TemplateOutputOptions()).stdout
                lock.lock()
                if let previous = results[name], previous != text { failures.append("\(name): renders differ") }
                results[name] = text
                lock.unlock()
            } catch {
                lock.lock()
                failures.append("\(name): \(error)")
                lock.unlock()
            }
        }
        XCTAssertEqual(failures, [])
        XCTAssertEqual(results, expected)
    }

    func testStructuredManifestsCarryKindAndName() throws {
        let renderer = try ChartRenderer(chartPath: HelmOracle.fixture("hooks"))
        let rendering = try renderer.render(RenderRequest(release: ReleaseOptions(name: "r")))
        // helm template r hooks printed: ConfigMap r-cm, a comment-only document, then hooks Pod r-test,
        // Job r-pre, Job r-post; NOTES.txt rendered to "Thanks r".
        XCTAssertEqual(rendering.manifests.map(\.kind), ["ConfigMap", ""])
        XCTAssertEqual(rendering.manifests.map(\.name), ["r-cm", ""])
        XCTAssertEqual(rendering.hooks.map(\.manifest.name), ["r-test", "r-pre", "r-post"])
        XCTAssertEqual(rendering.hooks.map(\.events), [["test"], ["pre-install"], ["post-install", "post-upgrade"]])
        XCTAssertEqual(rendering.hooks.map(\.weight), [0, 5, -3])
        XCTAssertEqual(rendering.notes, "Thanks r\n")
        XCTAssertEqual(rendering.crds.map(\.path), ["hooks/crds/crd.yaml"])
    }
}
