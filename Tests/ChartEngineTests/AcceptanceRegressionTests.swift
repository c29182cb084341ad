import ChartEngine
import Foundation
import XCTest

/// Reductions of what rendering public charts (external-dns, metrics-server, kube-state-metrics, …)
/// against Helm 4.1.4 turned up (see scripts/accept-charts.sh). Every expectation comes from running
/// Helm live on the same fixture and flags: stdout, stderr and exit status must be byte-identical.
final class AcceptanceRegressionTests: XCTestCase {
    /// Value-merging warnings: `helm template` logs them (slog INFO) from the dependency pass and again
    /// from the final coalesce; a failed dependency pass is logged at ERROR and wrapped.
    static let coalesceCases: [[String]] = [
        ["r", "@accept-coalesce", "--set", "provider.name=x"],
        ["r", "@accept-coalesce", "--set", "nested.b=3"],
        ["r", "@accept-coalesce", "--set", "nested.a.b=1"],
        ["r", "@accept-coalesce", "--set", "sub.x.q=1"],
        ["r", "@accept-coalesce", "--set", "sub.y=5"],
        ["r", "@accept-coalesce", "--set", "tags.t1=yes"],
        ["r", "@accept-coalesce", "--set", "nested.a.b=1", "--debug"],
        ["r", "@accept-coalesce", "--set", "nested.a.b=1", "--set-json", "sub=[1]"],
        ["r", "@accept-coalesce", "--set-json", "sub=true"],
        ["r", "@accept-coalesce", "--set-json", "sub=\"x\"", "--debug"],
        ["r", "@accept-coalesce-nodeps", "--set", "provider.name=x"],
        ["r", "@accept-coalesce-nodeps", "--set-json", "sub=[1]"],
        ["r", "@accept-coalesce-nodeps", "--set-json", "sub=1", "--set", "nested.b=1"],
    ]

    /// jsonschema v6 as Helm vendors it: failures grouped per subschema ("validation failed"), the top
    /// group unwrapped, type/const/enum ending the check, keyword order and message texts. Each case
    /// fails in one property only, so Helm's output does not depend on Go's map order.
    static let schemaCases: [[String]] = [
        ["r", "@accept-schema7", "--set-json", "arr=[\"x\",\"y\",\"z\"]"],
        ["r", "@accept-schema7", "--set-json", "arr=[\"abc\",\"y\"]"],
        ["r", "@accept-schema7", "--set", "typed=c"],
        ["r", "@accept-schema7", "--set-json", "typed=1"],
        ["r", "@accept-schema7", "--set", "typed=a"],
        ["r", "@accept-schema7", "--set", "refport=11"],
        ["r", "@accept-schema7", "--set", "refport=0"],
        ["r", "@accept-schema7", "--set", "refport=x"],
        ["r", "@accept-schema7", "--set", "refobj.x=1"],
        ["r", "@accept-schema7", "--set", "refobj.z=1"],
        ["r", "@accept-schema7", "--set", "all=4"],
        ["r", "@accept-schema7", "--set", "all=x"],
        ["r", "@accept-schema7", "--set", "neg=5"],
        ["r", "@accept-schema7", "--set", "neg=5.5"],
        ["r", "@accept-schema7", "--set-json", "tuple=[1,\"a\",3,true,4]"],
        ["r", "@accept-schema7", "--set-json", "tuple2=[\"a\",1,2]"],
        ["r", "@accept-schema7", "--set-json", "deep={\"a\":{\"b\":[{\"n\":5},{},{\"n\":\"x\"}]}}"],
        ["r", "@accept-schema7", "--set-json", "deep={\"a\":{\"b\":[{\"n\":1},{\"m\":2}]}}"],
        ["r", "@accept-schema7", "--set", "e1=b"],
        ["r", "@accept-schema7", "--set", "e2=x"],
        ["r", "@accept-schema7", "--set", "e3=x"],
        ["r", "@accept-schema7", "--set", "c1=x"],
        ["r", "@accept-schema7", "--set", "c3=x"],
        ["r", "@accept-schema7", "--set", "pn.in.ABC=1"],
        ["r", "@accept-schema7", "--set", "pn.in.ab=1"],
        ["r", "@accept-schema7", "--set", "dep.a=1"],
        ["r", "@accept-schema7", "--set", "dep.d=1"],
        ["r", "@accept-schema7", "--set", "ds.a=1"],
        ["r", "@accept-schema7", "--set-json", "cont=[\"a\"]"],
        ["r", "@accept-schema7", "--set-json", "cont=[1,2]"],
        ["r", "@accept-schema7", "--set", "cond=ab"],
        ["r", "@accept-schema7", "--set-json", "cond=3"],
        ["r", "@accept-schema7", "--set-json", "cond=true"],
        ["r", "@accept-schema7", "--set-json", "one=1"],
        ["r", "@accept-schema7", "--set-json", "one=-1.5"],
        ["r", "@accept-schema7", "--set-json", "grp={\"list\":[1,true]}"],
        ["r", "@accept-schema2020", "--set-json", "tuple=[1,\"a\",3,true,4]"],
        ["r", "@accept-schema2020", "--set", "refport=11"],
        ["r", "@accept-schema2020", "--set", "refport=x"],
        ["r", "@accept-schema2020", "--set", "refport2=1"],
        ["r", "@accept-schema2020", "--set-json", "cont=[1,2]"],
        ["r", "@accept-schema2020", "--set-json", "cont=[\"a\",\"b\",\"c\",\"d\",1]"],
        ["r", "@accept-schema2020", "--set-json", "cont=[\"a\",1]"],
        ["r", "@accept-schema2020", "--set-json", "cont0=[1]"],
        ["r", "@accept-schema2020", "--set", "en=b"],
        ["r", "@accept-schema2020", "--set", "pn.abc=1"],
        ["r", "@accept-schema2020", "--set-json", "noextra=[\"a\",1,2]"],
        ["r", "@accept-schema2020", "--set", "ds.a=1"],
        ["r", "@accept-schema2020", "--set", "dep.a=1"],
    ]

    func testValueMergeLogMatchesHelm() throws {
        try assertMatchesHelm(Self.coalesceCases)
    }

    func testSchemaFailuresMatchHelm() throws {
        try assertMatchesHelm(Self.schemaCases)
    }

    private func assertMatchesHelm(_ cases: [[String]]) throws {
        _ = try HelmOracle.binary()
        for arguments in cases {
            let resolved = arguments.map { $0.hasPrefix("@") ? HelmOracle.fixture(String($0.dropFirst())) : $0 }
            let helm = try HelmOracle.template(resolved)
            let ours = TemplateCommandLine.run(arguments: resolved)
            let label = arguments.joined(separator: " ")
            XCTAssertEqual(ours.stdout, helm.stdout, "stdout differs for: \(label)")
            XCTAssertEqual(ours.stderr, helm.stderr, "stderr differs for: \(label)")
            XCTAssertEqual(ours.status, helm.status, "exit status differs for: \(label)")
        }
    }
}
