import ChartEngine
import Foundation
import XCTest

/// `helm template` and our renderer on the same fixture charts and flags: stdout, stderr and exit status
/// must be byte-identical. Every expectation comes from running Helm live.
final class RenderDifferentialTests: XCTestCase {
    /// Arguments as given to `helm template`; `@name` stands for the fixture chart's absolute path.
    static let cases: [[String]] = [
        // Hooks, tests, empty and comment-only documents, NOTES.txt, CRDs.
        ["r", "@hooks"],
        ["@hooks"],
        ["r", "@hooks", "--skip-tests"],
        ["r", "@hooks", "--no-hooks"],
        ["r", "@hooks", "--include-crds"],
        ["r", "@hooks", "--include-crds", "--skip-crds"],
        ["r", "@hooks", "--include-crds", "--no-hooks", "--skip-tests"],
        ["r", "@hooks", "--generate-name"],
        ["--generate-name", "@hooks"],
        ["--name-template", "x-{{ \"y\" }}", "@hooks"],
        ["my.release-1", "@hooks"],
        // Install order of kinds.
        ["r", "@kinds"],
        ["r", "@kinds", "-s", "templates/a.yaml"],
        ["r", "@kinds", "-s", "templates/b.yaml", "-s", "templates/a.yaml"],
        ["r", "@kinds", "--show-only", "templates/*.yaml"],
        // Subcharts, library charts, partials, Files, tpl, include, Capabilities.
        ["r", "@parent"],
        ["r", "@parent", "--include-crds"],
        ["r", "@parent", "-n", "other", "--kube-version", "1.28.1", "-a", "custom.io/v1", "--is-upgrade"],
        ["r", "@parent", "--namespace=ns2", "--kube-version=v1.30.1-rc.1+abc", "--api-versions", "a/v1,custom.io/v1"],
        ["r", "@parent", "--set", "child.color=green", "--set", "replicas=5"],
        ["r", "@parent", "--set-string", "replicas=007", "--set", "image.tag=latest"],
        ["r", "@parent", "--set", "greeting={{ .Chart.Name }}"],
        ["r", "@parent", "-s", "charts/child/templates/cm.yaml"],
        ["r", "@parent", "-s", "templates/files.yaml"],
        ["r", "@parent", "-s", "templates/deployment.yaml", "--include-crds"],
        ["r", "@parent", "-s", "crds/parent-crd.yaml", "--include-crds"],
        ["r", "@parent", "-s", "templates/nope.yaml"],
        ["r", "@parent", "-s", "charts/*/templates/*"],
        ["r", "@parent", "--kube-version", "1.29"],
        ["r", "@parent", "--kube-version", "1.2.3.4"],
        // Helm's own functions, .Files, .Values methods, tpl, typeOf of the built-in objects.
        ["r", "@functions"],
        ["r", "@functions", "-s", "templates/tpl.yaml", "--set", "text={{ .Chart.Version }}"],
        ["r", "@functions", "-s", "templates/serialize.yaml", "--set-json", "nested={\"a\":[1,2]}"],
        // Blank output, CRD-only charts, unknown and legacy hook events.
        ["r", "@empty"],
        ["r", "@empty", "--include-crds"],
        ["r", "@crds-only"],
        ["r", "@crds-only", "--include-crds"],
        ["r", "@unknown-hooks"],
        ["r", "@unknown-hooks", "--skip-tests"],
        ["r", "@unknown-hooks", "--no-hooks", "--is-upgrade"],
        // Error reporting.
        ["r", "@errors", "--set", "mode=wrongType"],
        ["r", "@errors", "--set", "mode=nestedInclude"],
        ["r", "@errors", "--set", "mode=noTemplate"],
        ["r", "@errors", "--set", "mode=fail"],
        ["r", "@errors", "--set", "mode=required"],
        ["r", "@errors", "--set", "mode=tplExec"],
        ["r", "@errors", "--set", "mode=tplParse"],
        ["r", "@errors", "--set", "mode=functionError"],
        ["r", "@errors", "--set", "mode=includeFunctionError"],
        ["r", "@errors", "--set", "mode=includeFail"],
        ["r", "@errors", "--set", "mode=fieldOnNumber"],
        ["r", "@errors", "--set", "mode=templateAction"],
        ["r", "@errors", "--set", "mode=badYaml"],
        ["r", "@errors", "--set", "mode=badKind"],
        ["r", "@errors", "--set", "mode=multiline"],
        ["r", "@errors", "--set", "mode=none"],
        ["r", "@errors", "--set", "mode=recursion"],
        ["r", "@errors", "--set", "mode=linesOfEmptyFile"],
        ["r", "@errors", "--set", "mode=keysOfFiles"],
        ["r", "@errors", "--set", "mode=requiredEmpty"],
        ["r", "@parse-error"],
        ["r", "@library-root"],
        ["Bad_Name", "@hooks"],
        ["r", "@hooks", "extra"],
        ["r", "@hooks", "a", "b"],
        [],
        ["r", "@hooks", "--kube-version", "1"],
        ["r", "@hooks", "--kube-version", "01.02.03"],
        ["r", "@hooks", "--kube-version", "1.x"],
        ["r", "@hooks", "--unknown-flag"],
        ["r", "@hooks", "-n"],
        ["r", "@hooks", "--include-crds=false", "--skip-tests=true"],
        ["r", "@hooks", "--dry-run", "--debug=false", "--wait=watcher", "--timeout", "1m"],
        ["r", "/nonexistent/chart"],
        ["r", "nosuchchart"],
        ["r", "@kube-range"],
        ["r", "@kube-range", "--kube-version", "1.25.3"],
        ["r", "@hooks", "-f", "/nonexistent/values.yaml"],
        ["r", "@parent", "-f", "@values-files/override.yaml", "-s", "templates/deployment.yaml"],
        ["r", "repo/chart"],
    ]

    func testCasesMatchHelm() throws {
        _ = try HelmOracle.binary()
        for arguments in Self.cases {
            let resolved = arguments.map { $0.hasPrefix("@") ? HelmOracle.fixture(String($0.dropFirst())) : $0 }
            let helm = try HelmOracle.template(resolved)
            let ours = TemplateCommandLine.run(arguments: resolved)
            let label = arguments.joined(separator: " ")
            XCTAssertEqual(ours.stdout, helm.stdout, "stdout differs for: \(label)")
            XCTAssertEqual(ours.stderr, helm.stderr, "stderr differs for: \(label)")
            XCTAssertEqual(ours.status, helm.status, "exit status differs for: \(label)")
        }
    }

    /// Relative chart and values paths resolve against the working directory, as in Helm.
    func testRelativePathsMatchHelm() throws {
        let arguments = ["r", "parent", "-f", "values-files/override.yaml", "--values", "./values-files/override.yaml"]
        let helm = try HelmOracle.template(arguments, workingDirectory: HelmOracle.fixtures.path)
        let ours = TemplateCommandLine.run(arguments: arguments, workingDirectory: HelmOracle.fixtures.path)
        XCTAssertEqual(ours.stdout, helm.stdout)
        XCTAssertEqual(ours.stderr, helm.stderr)
        XCTAssertEqual(ours.status, helm.status)
    }
}
