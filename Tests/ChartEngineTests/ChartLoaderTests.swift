import XCTest
import GoTemplate
@testable import ChartEngine

/// Loading directories and packaged charts; `.Chart` as Helm 4.1.4 printed it with `toJson .Chart`.
final class ChartLoaderTests: XCTestCase {
    private let metaChart = #"{"APIVersion":"v2","Annotations":{"a":"1","b":"","c":"text"},"AppVersion":"1.1","Condition":"","Dependencies":[{"Alias":"","Condition":"","Enabled":true,"ImportValues":[],"Name":"lib","Repository":"","Tags":[],"Version":"0.1.0"}],"Deprecated":false,"Description":"true","Home":"","Icon":"","IsRoot":true,"Keywords":["1","true","1.5",""],"KubeVersion":"","Maintainers":[{"Email":"b@x","Name":"bob","URL":""}],"Name":"meta","Sources":[],"Tags":"","Type":"","Version":"1"}"#

    func testDirectoryAndArchiveLoadTheSameChart() throws {
        for path in ["meta", "meta-1.tgz"] {
            let chart = try ChartLoader.load(path: ChartModelFixture.path(path))
            try DependencyProcessor.process(chart: chart, values: GoMap())
            XCTAssertEqual(ChartModelFixture.json(chart.metadata.asValue(isRoot: true)), metaChart, path)
            // `range $p, $_ := .Files` printed: .helmignore crds/crd.yaml crds/readme.txt files/f.txt
            XCTAssertEqual(chart.files.map(\.name).sorted(), [".helmignore", "crds/crd.yaml", "crds/readme.txt", "files/f.txt"], path)
            XCTAssertEqual(chart.crdFiles.map(\.name), ["crds/crd.yaml"], path)
            XCTAssertEqual(chart.templates.map(\.name), ["templates/a.yaml"], path)
            XCTAssertEqual(chart.dependencies.map(\.chartFullPath), ["meta/charts/lib"], path)
            XCTAssertEqual(chart.dependencies.first?.metadata.type, "library", path)
            XCTAssertEqual(chart.dependencies.first?.metadata.asValue(isRoot: false).mapValue?["IsRoot"].map(ChartModelFixture.json), "false")
        }
    }

    func testAnnotationsAreStringMap() throws {
        let chart = try ChartLoader.load(path: ChartModelFixture.path("meta"))
        XCTAssertEqual(chart.metadata.asValue(isRoot: true).mapValue?["Annotations"]?.goTypeName, "map[string]string")
    }

    func testChartYamlErrors() throws {
        let root = NSTemporaryDirectory() + "chart-model-tests-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cases: [(chartYAML: String, expected: String?)] = [
            ("name: e\nversion: 1.0.0\n", nil),
            ("apiVersion: v2\nversion: 1.0.0\n", "validation: chart.metadata.name is required"),
            ("apiVersion: v2\nname: e\n", "validation: chart.metadata.version is required"),
            ("apiVersion: v2\nname: e\nversion: abc\n", #"validation: chart.metadata.version "abc" is invalid"#),
            ("apiVersion: v2\nname: a/b\nversion: 1.0.0\n", #"validation: chart.metadata.name "a/b" is invalid"#),
            ("apiVersion: v2\nname: e\nversion: 1.0.0\ntype: foo\n", "validation: chart.metadata.type must be application or library"),
            ("apiVersion: v2\nname: e\nversion: 1.0.0\nmaintainers: [null]\n", "validation: maintainers must not contain empty or null nodes"),
            ("apiVersion: v2\nname: e\nversion: 1.0.0\ndeprecated: \"true\"\n", "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.deprecated of type bool"),
            ("apiVersion: v2\nname: e\nversion: 1.0.0\nkeywords: a\n", "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.keywords of type []string"),
            ("apiVersion: v2\nname: e\nversion: [1]\n", "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field Metadata.version of type string"),
            ("apiVersion: v2\nname: e\nversion: 1.0.0\ndependencies:\n- name: s\n  alias: \"a b\"\n", #"validation: dependency "s" has disallowed characters in the alias"#),
            ("apiVersion: v2\nname: e\nversion: 1.0.0\ndependencies:\n- name: s\n  alias: al\n- name: s\n  alias: al\n", #"validation: more than one dependency with name or alias "al""#),
        ]
        for (index, (chartYAML, expected)) in cases.enumerated() {
            let dir = root + "/c\(index)"
            try FileManager.default.createDirectory(atPath: dir + "/templates", withIntermediateDirectories: true)
            try chartYAML.write(toFile: dir + "/Chart.yaml", atomically: true, encoding: .utf8)
            do {
                let chart = try ChartLoader.load(path: dir)
                XCTAssertNil(expected, chartYAML)
                XCTAssertEqual(chart.metadata.apiVersion, "v1", chartYAML)
            } catch {
                XCTAssertEqual("\(error)", expected, chartYAML)
            }
        }
    }

    func testChartYamlScalarsBecomeStrings() {
        // appVersion as Helm printed it for each YAML scalar.
        let cases: [(Value, String)] = [(.float64(1.1), "1.1"), (.float64(8), "8"), (.float64(31), "31"),
                                        (.float64(123456789), "123456789"), (.float64(1000), "1000"),
                                        (.float64(1e-8), "1e-08"), (.bool(true), "true"), (.bool(false), "false")]
        for (value, expected) in cases {
            var metadata = ChartMetadata()
            XCTAssertNoThrow(try ChartMetadataDecoder.apply(.map(["appVersion": value]), to: &metadata))
            XCTAssertEqual(metadata.appVersion, expected)
        }
    }

    func testHelmIgnore() throws {
        // Same tree and rules given to Helm; `.Files` keys / errors as Helm printed them.
        let cases: [(rules: String, expected: String)] = [
            ("*.bak\n# comment\n/top.txt\ndocs/\n", ".helmignore docs2 other.txt sub/top.txt"),
            ("*.bak\n# comment\n/top.txt\ndocs/\n!keep.bak\n", "Error: Chart.yaml file is missing"),
            ("a/**/b\n", "Error: double-star (**) syntax is not supported"),
        ]
        let root = NSTemporaryDirectory() + "chart-model-ignore-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (index, (rules, expected)) in cases.enumerated() {
            let dir = root + "/c\(index)"
            for sub in ["templates", "sub", "docs"] {
                try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
            }
            try "apiVersion: v2\nname: ig\nversion: 0.1.0\n".write(toFile: dir + "/Chart.yaml", atomically: true, encoding: .utf8)
            try "# t".write(toFile: dir + "/templates/a.yaml", atomically: true, encoding: .utf8)
            for file in ["old.bak", "keep.bak", "top.txt", "sub/top.txt", "docs/d.txt", "docs2", "other.txt"] {
                try "x\n".write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
            }
            try rules.write(toFile: dir + "/.helmignore", atomically: true, encoding: .utf8)
            do {
                let chart = try ChartLoader.load(path: dir)
                XCTAssertEqual(chart.files.map(\.name).sorted().joined(separator: " "), expected, rules)
            } catch {
                XCTAssertEqual("Error: \(error)", expected, rules)
            }
        }
    }

    func testArchiveRefusesUnsafePaths() {
        // Helm 4.1.4's CLI reports all three as "unable to load chart archive"; the loader's own
        // messages are archive.go's.
        let cases = [("unsafe-evil.tgz", "chart illegally references parent directory"),
                     ("unsafe-abs.tgz", "chart illegally contains absolute paths"),
                     ("unsafe-top.tgz", #"chart illegally contains content outside the base directory: "Chart.yaml""#)]
        for (file, expected) in cases {
            XCTAssertThrowsError(try ChartLoader.load(path: ChartModelFixture.path(file))) { error in
                XCTAssertEqual("\(error)", expected, file)
            }
        }
        XCTAssertEqual(cleanPath("a/../../b"), "../b")
        XCTAssertEqual(cleanPath("./a//b/"), "a/b")
    }
}
