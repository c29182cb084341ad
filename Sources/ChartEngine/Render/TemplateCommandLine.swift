import Foundation
import GoTemplate

/// `helm template [NAME] [CHART] [flags]` end to end: arguments in, Helm's stdout, stderr and exit
/// status out. The executable and the differential tests both run through here.
public enum TemplateCommandLine {
    public struct Outcome: Equatable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
        /// How many bytes at the start of `stderr` Helm logs while it works, before it prints stdout;
        /// the rest (the error) comes after stdout. Only the order of a merged stream depends on it.
        public var stderrBytesBeforeStdout: Int

        public init(stdout: String, stderr: String, status: Int32, stderrBytesBeforeStdout: Int = 0) {
            self.stdout = stdout
            self.stderr = stderr
            self.status = status
            self.stderrBytesBeforeStdout = stderrBytesBeforeStdout
        }
    }

    public static func run(arguments: [String], workingDirectory: String = FileManager.default.currentDirectoryPath,
                           environment: RenderEnvironment = .live,
                           processEnvironment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        let parsed: TemplateCommandArguments
        // Helm loads its plugins at start-up and again for each plugin lookup, warning each time about
        // plugins that fail to load.
        let plugins = PluginCatalog(environment: processEnvironment)
        let pluginLog = DiagnosticLog()
        plugins.logLoadFailures(into: pluginLog)
        do {
            // Helm's settings read HELM_DEBUG before the flags; a bad value means false.
            let debugDefault = TemplateCommandArguments.goBool(processEnvironment["HELM_DEBUG"] ?? "") ?? false
            parsed = try TemplateCommandArguments.parse(arguments, debugDefault: debugDefault) { name, args in
                try PostRendererPlugin(name: name, args: args, environment: processEnvironment, log: pluginLog)
            }
        } catch {
            let warnings = pluginLog.lines(debug: false).map { $0 + "\n" }.joined()
            return Outcome(stdout: "", stderr: warnings + "Error: \(error)\n", status: 1)
        }
        // Flag-parsing messages (the --dry-run warning) come from pflag before any plugin lookup.
        var log = parsed.logLines + pluginLog.lines(debug: false)
        do {
            let (stdout, renderLog) = try render(parsed, workingDirectory: workingDirectory, environment: environment,
                                                 processEnvironment: processEnvironment, log: &log)
            let stderr = (log + renderLog).map { $0 + "\n" }.joined()
            return Outcome(stdout: stdout, stderr: stderr, status: 0, stderrBytesBeforeStdout: stderr.utf8.count)
        } catch let error as RenderError {
            let prefix = log.map { $0 + "\n" }.joined()
            // With --debug Helm prints whatever release manifest it had before failing.
            let stdout = parsed.debug && error.suggestsDebugFlag ? GoStrings.trimSpace(error.partialManifest) + "\n" : ""
            let logged = prefix + error.logText
            return Outcome(stdout: stdout, stderr: logged + error.errorText(debug: parsed.debug), status: 1,
                           stderrBytesBeforeStdout: logged.utf8.count)
        } catch {
            return Outcome(stdout: "", stderr: log.map { $0 + "\n" }.joined() + "Error: \(error)\n", status: 1)
        }
    }

    /// Renders; `log` collects the lines Helm logs before rendering proper (debug lines, symlinks
    /// found while loading), so they are printed whether or not rendering succeeds.
    static func render(_ parsed: TemplateCommandArguments, workingDirectory: String,
                       environment: RenderEnvironment, processEnvironment: [String: String],
                       log: inout [String]) throws -> (String, [String]) {
        if parsed.debug {
            log.append("level=DEBUG msg=\"Original chart version\" version=" + SlogText.value(parsed.version))
            if parsed.version.isEmpty && parsed.devel {
                log.append("level=DEBUG msg=\"setting version to >0.0.0-0\"")
            }
        }
        let (releaseName, chartPath) = try releaseNameAndChart(parsed, environment: environment)

        var release = ReleaseOptions(name: releaseName, namespace: parsed.namespace ?? "default",
                                     isUpgrade: parsed.isUpgrade, extraAPIVersions: parsed.apiVersions)
        if let kubeVersion = parsed.kubeVersion {
            do {
                release.kubeVersion = try KubeVersion.parse(kubeVersion)
            } catch {
                throw RenderError("invalid kube version '\(kubeVersion)': \(error)")
            }
        }
        // Helm's order: locate the chart, merge the values, then load the chart.
        let chartLocation: String
        do {
            chartLocation = try locateChart(chartPath, in: workingDirectory)
        } catch let error as RenderError where error.message.hasPrefix("repo ") || error.message.hasPrefix("non-absolute") {
            // Helm sets up its chart downloader before it finds the repository missing.
            if parsed.debug { log.append("level=DEBUG msg=\"set up default downloader cache\"") }
            throw error
        }
        if parsed.debug {
            log.append("level=DEBUG msg=\"Chart path\" path=" + SlogText.value(cleanPath(chartLocation)))
        }
        // Collecting the getter plugins loads every plugin once more.
        let getterLog = DiagnosticLog()
        PluginCatalog(environment: processEnvironment).logLoadFailures(into: getterLog)
        log += getterLog.lines(debug: false)
        let valuesOptions = ValuesOptions(
            valueFiles: parsed.valueFiles, values: parsed.setValues, stringValues: parsed.setStringValues,
            jsonValues: parsed.setJSONValues, fileValues: parsed.setFileValues, literalValues: parsed.setLiteralValues)
        let values = try valuesOptions.mergeValues(baseDirectory: workingDirectory)
        let loadLog = DiagnosticLog()
        defer { log += loadLog.lines(debug: parsed.debug) }
        let chart = try ChartLoader.load(path: chartLocation, log: loadLog)
        log += loadLog.lines(debug: parsed.debug)
        loadLog.removeAll()
        try checkDependencies(chart)
        let renderer = ChartRenderer(chart: chart, environment: environment)

        var output = TemplateOutputOptions()
        output.includeCRDs = parsed.includeCRDs
        output.disableHooks = parsed.noHooks
        output.skipTests = parsed.skipTests
        output.showOnly = parsed.showOnly
        // Kept as given: Helm prints `wrote <output-dir>/<file>` with the user's spelling.
        output.outputDirectory = parsed.outputDirectory
        output.useReleaseName = parsed.useReleaseName
        output.releaseName = releaseName
        return try renderer.renderText(
            RenderRequest(release: release, values: values, skipSchemaValidation: parsed.skipSchemaValidation,
                          postRenderer: parsed.postRenderer, debug: parsed.debug),
            output: output)
    }

    /// Helm's `CheckDependencies` before installing: every Chart.yaml dependency must be present in
    /// charts/ under its chart name.
    private static func checkDependencies(_ chart: Chart) throws {
        let present = Set(chart.dependencies.map(\.name))
        let missing = chart.metadata.dependencies.map(\.name).filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        throw RenderError("an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: \(missing.joined(separator: ", "))")
    }

    /// Helm's `LocateChart` for local charts: relative paths are relative to the working directory
    /// (the process's, for the CLI); repositories and URLs are not supported, with Helm's messages.
    private static func locateChart(_ name: String, in workingDirectory: String) throws -> String {
        let trimmed = GoStrings.trimSpace(name)
        let resolved = trimmed.hasPrefix("/") ? trimmed : workingDirectory + "/" + trimmed
        if FileManager.default.fileExists(atPath: resolved) { return resolved }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix(".") {
            throw RenderError("path \(GoFormat.quote(trimmed)) not found")
        }
        guard let slash = trimmed.firstIndex(of: "/") else {
            throw RenderError("non-absolute URLs should be in form of repo_name/path_to_chart, got: \(trimmed)")
        }
        throw RenderError("repo \(trimmed[..<slash]) not found")
    }

    /// Helm's `NameAndChart` as `helm template` uses it: the name defaults to "release-name", which
    /// also wins over `--generate-name`.
    static func releaseNameAndChart(_ parsed: TemplateCommandArguments,
                                    environment: RenderEnvironment) throws -> (String, String) {
        let arguments = parsed.positional
        if arguments.count > 2 {
            throw RenderError("expected at most two arguments, unexpected arguments: \(arguments.dropFirst(2).joined(separator: ", "))")
        }
        if arguments.count == 2 {
            if parsed.nameTemplate != nil || parsed.generateName {
                throw RenderError("cannot set --generate-name and also specify a name")
            }
            return (arguments[0], arguments[1])
        }
        guard let chart = arguments.first else {
            throw RenderError("\"helm template\" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]")
        }
        if let nameTemplate = parsed.nameTemplate {
            return (try ReleaseNameTemplate.render(nameTemplate, environment: environment), chart)
        }
        return ("release-name", chart)
    }
}
