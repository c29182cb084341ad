import ChartEngine
import XCTest

/// One chart exercising the chart model end to end (Fixtures/combined): subcharts four levels deep
/// (combined → child → grandchild → greatgrandchild.tgz), the same subchart twice under two aliases,
/// conditions and tags, import-values in both forms, a library chart, a packaged subchart holding a
/// packaged subchart (both made by `helm package`, see Fixtures/combined-src/package.sh), hooks with
/// weights, CRDs in the parent and a subchart, schemas in both, .Files, tpl, lookup, Capabilities,
/// .Subcharts, NOTES.txt, tests/, and every --set form. Each command line runs live against Helm;
/// stdout, stderr and exit status must be identical.
final class CombinedChartDifferentialTests: XCTestCase {
    static let cases: [[String]] = [
        ["r", "combined"],
        ["r", "combined", "--include-crds"],
        ["r", "combined", "--include-crds", "--skip-crds"],
        ["r", "combined", "--no-hooks"],
        ["r", "combined", "--skip-tests"],
        ["r", "combined", "--no-hooks", "--skip-tests", "--include-crds"],
        ["r", "combined", "--set", "childA.enabled=false"],
        ["r", "combined", "--set", "tags.front=false"],
        ["r", "combined", "--set", "tags.extra=false"],
        ["r", "combined", "--set", "childB.enabled=false", "--set", "childA.enabled=false"],
        ["r", "combined", "--set", "childB.enabled=null", "--set", "childA.enabled=false"],
        ["r", "combined", "-f", "combined-values/a.yaml", "-f", "combined-values/b.yaml"],
        ["r", "combined", "-f", "combined-values/b.yaml", "-f", "combined-values/a.yaml"],
        ["r", "combined", "--set", "replicas=5", "--set-string", "labels.num=007"],
        ["r", "combined", "--set-json", "jsonValue={\"a\":[1,2,{\"b\":null}],\"c\":1.50}"],
        ["r", "combined", "--set-file", "fromFile=combined-values/file.txt"],
        ["r", "combined", "--set-literal", "literal=a,b={c}\\.d"],
        ["r", "combined", "-f", "combined-values/b.yaml", "--set", "list[1]=x", "--set", "list[0]=y"],
        ["r", "combined", "--set", "list[3]=z"],
        ["r", "combined", "--set", "escaped=a\\,b", "--set", "extra.dotted\\.key=v"],
        ["r", "combined", "--set", "labels.removable=null"],
        ["r", "combined", "-f", "combined-values/a.yaml"],
        ["r", "combined", "--set", "global.tier=platinum", "--set", "global.region=ap-south-1"],
        ["r", "combined", "--kube-version", "1.29.3"],
        ["r", "combined", "--kube-version", "1.19.0"],
        ["r", "combined", "--api-versions", "monitoring.coreos.com/v1", "--api-versions", "apps/v1/Deployment"],
        ["r", "combined", "-a", "monitoring.coreos.com/v1,batch/v1"],
        ["r", "combined", "-f", "combined-values/bad-schema.yaml"],
        ["r", "combined", "-f", "combined-values/bad-schema.yaml", "--skip-schema-validation"],
        ["r", "combined", "--set", "packed.replicas=0"],
        ["r", "combined", "-s", "templates/main.yaml"],
        ["r", "combined", "-s", "charts/childA/templates/svc.yaml", "-s", "templates/hooks.yaml"],
        ["r", "combined", "-s", "charts/packed/charts/inner/templates/cm.yaml"],
        ["r", "combined", "-n", "prod", "--is-upgrade"],
        ["r", "combined", "--set", "childA.grandchild.level=9", "--set", "childA.grandchild.greatgrandchild.depth=7"],
        ["r", "combined", "--set", "packed.inner.enabled=false"],
        ["r", "combined", "--set", "packed.inner.message=override", "--set", "packed.global.tier=x"],
        ["r", "combined", "--set", "ports={8080,8443}"],
        ["r", "combined", "--set-json", "ports=[1,2]", "--set", "ports[2]=3"],
        ["r", "combined", "--set", "name="],
        ["r", "combined", "--debug"],
        ["r", "combined", "--debug", "--skip-schema-validation", "--set", "childA.enabled=false"],
        ["r", "combined", "--set", "tplText={{ .Values.missing.field }}"],
        ["r", "combined", "--set", "tplText={{ .Values.missing.field }}", "--debug"],
    ]

    func testCommandLinesMatchHelm() throws {
        _ = try HelmOracle.binary()
        let directory = HelmOracle.fixtures.path
        let environment = HelmOracle.environment()
        XCTAssertGreaterThanOrEqual(Self.cases.count, 30)
        for arguments in Self.cases {
            let helm = try HelmOracle.template(arguments, workingDirectory: directory)
            let ours = TemplateCommandLine.run(arguments: arguments, workingDirectory: directory,
                                               processEnvironment: environment)
            let label = arguments.joined(separator: " ")
            XCTAssertEqual(ours.stdout, helm.stdout, "stdout differs for: \(label)")
            XCTAssertEqual(ours.stderr, helm.stderr, "stderr differs for: \(label)")
            XCTAssertEqual(ours.status, helm.status, "exit status differs for: \(label)")
        }
    }
}
