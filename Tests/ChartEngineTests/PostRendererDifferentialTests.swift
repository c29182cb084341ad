import ChartEngine
import Foundation
import XCTest

/// `--post-renderer NAME` / `--post-renderer-args` against Helm 4.1.4 with a real plugin directory
/// (HELM_PLUGINS) holding shell-script `postrenderer/v1` plugins; both programs get the same
/// environment. Also the library form: a Swift closure as post-renderer.
final class PostRendererDifferentialTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "post-renderer-\(UUID().uuidString)"
        let plugins = root + "/plugins"
        try write(plugins + "/sedit/plugin.yaml", """
            apiVersion: v1
            name: sedit
            type: postrenderer/v1
            runtime: subprocess
            version: 0.1.0
            runtimeConfig:
              platformCommand:
              - command: "${HELM_PLUGIN_DIR}/run.sh"
                args: ["$HELM_PLUGIN_NAME"]
            """)
        // Replaces text, drops stderr noise, and appends a document without the filename annotation.
        try write(plugins + "/sedit/run.sh", """
            #!/bin/sh
            echo "noise on stderr" >&2
            sed -e "s/REPLACE_ME/replaced-by-$1-$2/" -e "s/name: r-combined-main/name: renamed-main/"
            printf -- '---\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: added-%s\\n' "$3"
            """, executable: true)
        try write(plugins + "/fail/plugin.yaml", """
            apiVersion: v1
            name: fail
            type: postrenderer/v1
            runtime: subprocess
            version: 0.1.0
            runtimeConfig:
              platformCommand:
              - command: "sh -c"
                args: ["cat >/dev/null; echo oops >&2; exit 3"]
            """)
        try write(plugins + "/empty/plugin.yaml", """
            apiVersion: v1
            name: empty
            type: postrenderer/v1
            runtime: subprocess
            version: 0.1.0
            runtimeConfig:
              platformCommand:
              - command: "true"
            """)
        try write(plugins + "/garbage/plugin.yaml", """
            apiVersion: v1
            name: garbage
            type: postrenderer/v1
            runtime: subprocess
            version: 0.1.0
            runtimeConfig:
              platformCommand:
              - command: "sh"
                args: ["-c", "cat >/dev/null; printf 'a: b\\\\n c: d\\\\n'"]
            """)
        try write(plugins + "/missingcmd/plugin.yaml", """
            apiVersion: v1
            name: missingcmd
            type: postrenderer/v1
            runtime: subprocess
            version: 0.1.0
            runtimeConfig:
              platformCommand:
              - command: "no-such-program-anywhere"
            """)
        try write(plugins + "/legacy/plugin.yaml", "name: legacy\nversion: 0.1.0\ncommand: cat\n")
        try write(plugins + "/badversion/plugin.yaml", """
            apiVersion: v1
            name: badversion
            type: postrenderer/v1
            runtime: subprocess
            version: one
            runtimeConfig:
              platformCommand:
              - command: cat
            """)

        let chart = root + "/chart"
        try write(chart + "/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n")
        try write(chart + "/templates/a.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: a
            data:
              text: REPLACE_ME
              long: "\(String(repeating: "abcd ", count: 30))"
              q: 'single'
              n: 010
              multi: |
                line1
                line2
              list:
                  - a
                  - b
              flow: {a: 1, b: [1, 2]}
              anchor: &x v
              alias: *x
              tagged: !!str 123
            ---
            kind: Empty
            metadata: {}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: s, labels: {x: y}}
            """)
        try write(chart + "/templates/hook.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: hook
              annotations:
                "helm.sh/hook": pre-install
                other: "1"
            """)
        try write(chart + "/templates/list.yaml", "- a\n- b\n")
        try write(root + "/seq/Chart.yaml", "apiVersion: v2\nname: seq\nversion: 0.1.0\n")
        try write(root + "/seq/templates/list.yaml", "- a\n- b\n")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func write(_ path: String, _ text: String, executable: Bool = false) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
    }

    func testCommandLinesMatchHelm() throws {
        _ = try HelmOracle.binary()
        try FileManager.default.removeItem(atPath: root + "/chart/templates/list.yaml")
        try FileManager.default.createDirectory(atPath: root + "/good", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/plugins/sedit", toPath: root + "/good/sedit")
        let fixtures = HelmOracle.fixtures.path
        let cases: [[String]] = [
            ["r", "chart", "--post-renderer", "sedit"],
            ["r", "chart", "--post-renderer", "sedit", "--post-renderer-args", "one", "--post-renderer-args", "two words"],
            ["r", "chart", "--post-renderer-args", "first", "--post-renderer", "sedit", "--post-renderer-args", "x"],
            ["r", "chart", "--post-renderer", "sedit", "--no-hooks"],
            ["r", "chart", "--post-renderer", "sedit", "-s", "templates/a.yaml"],
            ["r", "chart", "--post-renderer", ""],
            ["r", "chart", "--post-renderer", "nope"],
            ["r", "chart", "--post-renderer-args", "x", "--post-renderer", "nope"],
            ["r", "chart", "--post-renderer", "sedit", "--post-renderer", "sedit"],
            ["r", "chart", "--post-renderer", "fail"],
            ["r", "chart", "--post-renderer", "fail", "--debug"],
            ["r", "chart", "--post-renderer", "empty"],
            ["r", "chart", "--post-renderer", "garbage"],
            ["r", "chart", "--post-renderer", "missingcmd"],
            ["r", "chart", "--post-renderer", "legacy"],
            ["r", "chart", "--post-renderer", "badversion"],
            ["r", "seq", "--post-renderer", "sedit"],
            ["r", fixtures + "/combined", "--post-renderer", "sedit", "--include-crds"],
            ["r", fixtures + "/combined", "--post-renderer", "sedit", "--set", "childA.enabled=false", "--skip-tests"],
        ]
        let pluginDirectories: [String: String] = [
            "plugins": root + "/plugins",
            // A list of directories (without broken plugins: how often Helm warns about those with a
            // list is not matched, see the README).
            "list": root + "/nowhere:" + root + "/good",
        ]
        for (label, directories) in pluginDirectories {
            let environment = HelmOracle.environment(["HELM_PLUGINS": directories])
            for arguments in cases {
                if label == "list" && arguments != cases[1] { continue }
                let helm = try HelmOracle.template(arguments, workingDirectory: root, environment: ["HELM_PLUGINS": directories])
                let ours = TemplateCommandLine.run(arguments: arguments, workingDirectory: root, processEnvironment: environment)
                let name = label + ": " + arguments.joined(separator: " ")
                XCTAssertEqual(ours.stdout, helm.stdout, "stdout differs for \(name)")
                XCTAssertEqual(ours.stderr, helm.stderr, "stderr differs for \(name)")
                XCTAssertEqual(ours.status, helm.status, "exit status differs for \(name)")
            }
        }
    }

    /// Without HELM_PLUGINS Helm looks in its data directory: $XDG_DATA_HOME/helm/plugins, else
    /// $HOME/.local/share/helm/plugins.
    func testDefaultPluginDirectoriesMatchHelm() throws {
        _ = try HelmOracle.binary()
        try FileManager.default.createDirectory(atPath: root + "/home/.local/share/helm", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/xdg/helm", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/plugins", toPath: root + "/home/.local/share/helm/plugins")
        try FileManager.default.copyItem(atPath: root + "/plugins", toPath: root + "/xdg/helm/plugins")
        for extra in [["HOME": root + "/home"], ["HOME": root, "XDG_DATA_HOME": root + "/xdg"], ["HOME": root]] {
            let arguments = ["r", "chart", "--post-renderer", "sedit", "-s", "templates/hook.yaml"]
            let helm = try HelmOracle.template(arguments, workingDirectory: root, environment: extra)
            let ours = TemplateCommandLine.run(arguments: arguments, workingDirectory: root,
                                               processEnvironment: HelmOracle.environment(extra))
            XCTAssertEqual(ours.stdout, helm.stdout, "\(extra)")
            XCTAssertEqual(ours.stderr, helm.stderr, "\(extra)")
            XCTAssertEqual(ours.status, helm.status, "\(extra)")
        }
    }

    /// The library takes any `PostRenderer`; the closure sees Helm's annotated stream.
    func testClosurePostRenderer() throws {
        let renderer = try ChartRenderer(chartPath: root + "/chart")
        var seen = ""
        let request = RenderRequest(release: ReleaseOptions(name: "r"), postRenderer: ClosurePostRenderer { stream in
            seen = stream
            return stream.replacingOccurrences(of: "REPLACE_ME", with: "from-swift")
        })
        XCTAssertThrowsError(try renderer.render(request)) { error in
            XCTAssertTrue("\(error)".hasPrefix("error merging manifests: parsing c/templates/list.yaml: wrong node kind"), "\(error)")
        }
        try FileManager.default.removeItem(atPath: root + "/chart/templates/list.yaml")
        let rendering = try ChartRenderer(chartPath: root + "/chart").render(request)
        XCTAssertTrue(seen.contains("postrenderer.helm.sh/postrender-filename: 'c/templates/a.yaml'"))
        let configMap = try XCTUnwrap(rendering.manifests.first { $0.kind == "ConfigMap" })
        XCTAssertTrue(configMap.content.contains("text: from-swift"), configMap.content)
        XCTAssertFalse(configMap.content.contains("postrender-filename"))
    }
}
