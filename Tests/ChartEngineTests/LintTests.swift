import ChartEngine
import Foundation
import XCTest

/// `helm lint` and our lint on the same fixture charts and flags: stdout, stderr and exit status must be
/// byte-identical. Every expectation comes from running Helm live, in the fixtures directory so that
/// relative chart paths print the same.
final class LintTests: XCTestCase {
    static let cases: [[String]] = [
        ["lint-good"],
        // YAML that is not UTF-8 fails in go-yaml's reader, as Helm reports it.
        ["lint-latin1-values"],
        ["lint-latin1-chartfile"],
        ["lint-no-icon"],
        ["lint-bad-version"],
        ["lint-bad-schema"],
        ["lint-bad-schema", "--skip-schema-validation"],
        ["lint-bad-schema", "--set", "replicas=3"],
        ["lint-render-error"],
        ["lint-render-error", "--set-json", "items=[\"a\"]"],
        ["lint-bad-yaml"],
        ["lint-bad-name"],
        ["lint-bad-name", "--strict"],
        ["lint-bad-name", "--set", "name=good"],
        ["lint-lint-mode"],
        ["lint-lint-mode", "-n", "other", "--kube-version", "1.29.3"],
        ["lint-lint-mode", "--set", "password=x,name=n"],
        ["lint-indent"],
        ["lint-indent", "--kube-version", "1.10"],
        ["lint-indent", "--kube-version", "v1.99"],
        ["lint-chartfile"],
        ["lint-no-chart-name"],
        ["lint-unparsable"],
        ["lint-bad-values"],
        ["lint-values-docs"],
        ["lint-values-list"],
        ["lint-names"],
        ["lint-separator"],
        ["lint-type-error"],
        ["lint-scalar-doc"],
        ["lint-templates-file"],
        ["lint-chartfile2"],
        ["lint-chartfile3"],
        ["lint-parent"],
        ["lint-parent", "--with-subcharts"],
        ["lint-parent", "--with-subcharts", "--quiet"],
        ["lint-good", "lint-no-icon", "lint-bad-name", "--quiet"],
        ["lint-good", "lint-no-icon", "--quiet"],
        ["lint-good", "lint-no-icon", "--strict"],
        ["lint-no-icon", "lint-bad-version", "lint-good"],
        ["does-not-exist"],
        ["does-not-exist", "lint-good", "--quiet"],
        ["lint-good/Chart.yaml"],
        ["lint-good", "-f", "lint-good/values.yaml", "--set", "name=x"],
        ["lint-good", "-f", "missing-values.yaml"],
        ["lint-good", "--kube-version", "nope"],
        ["../../../charts/helm-tenant-chart"],
        ["../../../charts/helm-tenant-chart", "--strict", "--with-subcharts"],
    ]

    func testLintMatchesHelm() throws {
        let fixtures = HelmOracle.fixtures.path
        var mismatches: [String] = []
        for arguments in Self.cases {
            let expected = try HelmOracle.lint(arguments, workingDirectory: fixtures)
            let outcome = LintCommandLine.run(try Self.options(arguments), workingDirectory: fixtures)
            let actual = HelmOracle.Result(stdout: outcome.stdout, stderr: outcome.stderr, status: outcome.status)
            if actual != expected {
                mismatches.append("""
                    helm lint \(arguments.joined(separator: " "))
                    --- helm (status \(expected.status))
                    \(expected.stdout)\(expected.stderr)
                    --- ours (status \(actual.status))
                    \(actual.stdout)\(actual.stderr)
                    """)
            }
        }
        XCTAssert(mismatches.isEmpty, "\(mismatches.count) of \(Self.cases.count) differ:\n" + mismatches.joined(separator: "\n"))
    }

    /// The tenant chart is the project's own: it must lint without a single message.
    func testTenantChartLintsClean() {
        let result = ChartLinter(workingDirectory: HelmOracle.repositoryRoot.path)
            .lint(path: "charts/helm-tenant-chart", values: .init())
        XCTAssertEqual(result.messages, [])
        XCTAssertEqual(result.loadErrors, [])
    }

    func testMessagesAreTyped() {
        let result = ChartLinter(workingDirectory: HelmOracle.fixtures.path).lint(path: "lint-bad-version", values: .init())
        XCTAssertEqual(result.messages.first, LintMessage(severity: .error, path: "Chart.yaml",
                                                          text: "version 'not-a-version' is not a valid SemVer"))
        XCTAssertTrue(result.failed(strict: false))
    }

    /// The few `helm lint` flags these cases use, as `LintOptions`.
    static func options(_ arguments: [String]) throws -> LintOptions {
        var options = LintOptions()
        var index = 0
        func next() throws -> String {
            index += 1
            guard index < arguments.count else { throw CocoaError(.formatting) }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--strict": options.strict = true
            case "--quiet": options.quiet = true
            case "--with-subcharts": options.withSubcharts = true
            case "--skip-schema-validation": options.skipSchemaValidation = true
            case "--kube-version": options.kubeVersion = try next()
            case "-n", "--namespace": options.namespace = try next()
            case "-f", "--values": options.values.valueFiles += try next().split(separator: ",").map(String.init)
            case "--set": options.values.values.append(try next())
            case "--set-json": options.values.jsonValues.append(try next())
            case let path: options.chartPaths.append(path)
            }
            index += 1
        }
        return options
    }
}
