import XCTest
import GoTemplate
@testable import ChartEngine

/// condition / tags / alias / import-values on Fixtures/deps. Expectations: the `# Source:` charts Helm
/// 4.1.4 rendered and the top chart's `toJson .Values`.
final class DependencyTests: XCTestCase {
    func testProcessing() throws {
        let all = ["deps", "deps/charts/alpha", "deps/charts/alpha/charts/inner", "deps/charts/beta2", "deps/charts/gamma"]
        let cases: [(set: [String], charts: [String], values: String, warnings: [String])] = [
            ([], all,
             #"{"alpha":{"cfg":{"extra":2,"keep":"child"},"enabled":true,"exports":{"data":{"shared":1}},"global":{},"inner":{"enabled":true,"global":{}}},"beta2":{"b":1,"global":{}},"fromAlpha":{"cfg":{"extra":2,"keep":"parent"}},"gamma":{"global":{}},"shared":1}"#, []),
            (["alpha.enabled=false"], ["deps", "deps/charts/beta2", "deps/charts/gamma"],
             #"{"alpha":{"enabled":false},"beta2":{"b":1,"global":{}},"fromAlpha":{"cfg":{"keep":"parent"}},"gamma":{"global":{}}}"#, []),
            (["alpha.enabled=null,global.alphaOn=false"], ["deps", "deps/charts/beta2", "deps/charts/gamma"],
             #"{"alpha":{},"beta2":{"b":1,"global":{"alphaOn":false}},"fromAlpha":{"cfg":{"keep":"parent"}},"gamma":{"global":{"alphaOn":false}},"global":{"alphaOn":false}}"#,
             [#"level=WARN msg="returned non-bool value" path=alpha.enabled chart=alpha"#]),
            (["tags.backend=false"], all,
             #"{"alpha":{"cfg":{"extra":2,"keep":"child"},"enabled":true,"exports":{"data":{"shared":1}},"global":{},"inner":{"enabled":true,"global":{}}},"beta2":{"b":1,"global":{}},"fromAlpha":{"cfg":{"extra":2,"keep":"parent"}},"gamma":{"global":{}},"shared":1,"tags":{"backend":false}}"#, []),
            (["tags.frontend=false,tags.backend=true"], ["deps", "deps/charts/alpha", "deps/charts/alpha/charts/inner", "deps/charts/gamma"],
             #"{"alpha":{"cfg":{"extra":2,"keep":"child"},"enabled":true,"exports":{"data":{"shared":1}},"global":{},"inner":{"enabled":true,"global":{}}},"fromAlpha":{"cfg":{"extra":2,"keep":"parent"}},"gamma":{"global":{}},"shared":1,"tags":{"backend":true,"frontend":false}}"#, []),
            (["gamma.on=false"], ["deps", "deps/charts/alpha", "deps/charts/alpha/charts/inner", "deps/charts/beta2"],
             #"{"alpha":{"cfg":{"extra":2,"keep":"child"},"enabled":true,"exports":{"data":{"shared":1}},"global":{},"inner":{"enabled":true,"global":{}}},"beta2":{"b":1,"global":{}},"fromAlpha":{"cfg":{"extra":2,"keep":"parent"}},"gamma":{"on":false},"shared":1}"#, []),
            (["alpha.inner.enabled=false"], ["deps", "deps/charts/alpha", "deps/charts/beta2", "deps/charts/gamma"],
             #"{"alpha":{"cfg":{"extra":2,"keep":"child"},"enabled":true,"exports":{"data":{"shared":1}},"global":{},"inner":{"enabled":false}},"beta2":{"b":1,"global":{}},"fromAlpha":{"cfg":{"extra":2,"keep":"parent"}},"gamma":{"global":{}},"shared":1}"#, []),
            (["gamma.on=1"], all,
             #"{"alpha":{"cfg":{"extra":2,"keep":"child"},"enabled":true,"exports":{"data":{"shared":1}},"global":{},"inner":{"enabled":true,"global":{}}},"beta2":{"b":1,"global":{}},"fromAlpha":{"cfg":{"extra":2,"keep":"parent"}},"gamma":{"global":{},"on":1},"shared":1}"#,
             [#"level=WARN msg="returned non-bool value" path=gamma.on chart=gamma"#]),
        ]
        for (set, charts, values, warnings) in cases {
            let log = DiagnosticLog()
            let (chart, coalesced) = try ChartModelFixture.values("deps", set: set, log: log)
            XCTAssertEqual(ChartModelFixture.chartPaths(chart), charts, "\(set)")
            XCTAssertEqual(ChartModelFixture.json(.map(coalesced)), values, "\(set)")
            XCTAssertEqual(log.entries.filter { $0.level == .warn }.map(\.formatted), warnings, "\(set)")
        }
    }

    func testAliasRenamesChart() throws {
        let (chart, _) = try ChartModelFixture.values("deps")
        let names = chart.dependencies.map(\.name).sorted()
        XCTAssertEqual(names, ["alpha", "beta2", "gamma"])
    }

    func testVersionConstraints() {
        // Helm kept the subchart (version 0.1.0) under its alias only when the constraint matched.
        let cases: [(String, Bool)] = [("0.1.0", true), ("0.2.0", false), ("~0.1", true), ("^0.1.0", true),
                                       (">=0.1.0 <0.2", true), ("0.x", true), ("*", true), (">0.1.0", false),
                                       ("0.1.0 || 1.0.0", true), ("bogus", false), ("", false)]
        for (constraint, expected) in cases {
            XCTAssertEqual(VersionConstraint.isCompatible(constraint: constraint, version: "0.1.0"), expected, constraint)
        }
    }
}
