import Foundation

/// Prints a rendered release the way `helm template` does (pkg/cmd/template.go and the manifest
/// assembly of action.renderResources): CRDs and manifests, then hooks, optionally filtered by
/// `--show-only` or written under `--output-dir`.
public struct TemplateOutputPrinter {
    public var options: TemplateOutputOptions

    public init(options: TemplateOutputOptions) {
        self.options = options
    }

    /// Helm's `---\n# Source: <path>\n<content>\n` block.
    static func sourceBlock(path: String, content: String) -> String {
        "---\n# Source: \(path)\n\(content)\n"
    }

    /// Everything `helm template` writes to stdout. With `--output-dir` the files are written and
    /// stdout gets Helm's `wrote <file>` lines.
    public func print(_ rendering: ReleaseRendering) throws -> String {
        var stdout = ""
        let releaseManifest = try assembleReleaseManifest(rendering, stdout: &stdout)

        var text = GoStrings.trimSpace(releaseManifest) + "\n"
        if !options.disableHooks {
            var hookFilesWritten: Set<String> = []
            for hook in rendering.hooks {
                if options.skipTests && hook.isTest { continue }
                let manifest = hook.manifest
                if let outputDirectory = options.outputDirectory {
                    let directory = releaseDirectory(outputDirectory)
                    let target = directory + "/" + manifest.path
                    // Helm appends when the file already exists on disk, even from an earlier run.
                    if FileManager.default.fileExists(atPath: target) {
                        hookFilesWritten.insert(manifest.path)
                    }
                    try writeFile(directory: directory, name: manifest.path, content: manifest.content,
                                  append: hookFilesWritten.contains(manifest.path), stdout: &stdout)
                } else {
                    text += Self.sourceBlock(path: manifest.path, content: manifest.content)
                }
            }
        }

        guard !options.showOnly.isEmpty else { return stdout + text }
        return stdout + (try showOnlyText(text))
    }

    /// The release manifest: CRDs (with `--include-crds`) and plain manifests; with `--output-dir`
    /// they are written to files instead and the manifest stays empty.
    private func assembleReleaseManifest(_ rendering: ReleaseRendering, stdout: inout String) throws -> String {
        var manifest = ""
        var filesWritten: Set<String> = []
        if options.includeCRDs {
            for crd in rendering.crds {
                if let outputDirectory = options.outputDirectory {
                    // CRDs go to the output directory itself, never under the release name.
                    try writeFile(directory: outputDirectory, name: crd.path, content: crd.content,
                                  append: filesWritten.contains(crd.path), stdout: &stdout)
                    filesWritten.insert(crd.path)
                } else {
                    manifest += Self.sourceBlock(path: crd.path, content: crd.content)
                }
            }
        }
        for item in rendering.manifests {
            if let outputDirectory = options.outputDirectory {
                try writeFile(directory: releaseDirectory(outputDirectory), name: item.path, content: item.content,
                              append: filesWritten.contains(item.path), stdout: &stdout)
                filesWritten.insert(item.path)
            } else {
                manifest += Self.sourceBlock(path: item.path, content: item.content)
            }
        }
        return manifest
    }

    private func releaseDirectory(_ outputDirectory: String) -> String {
        options.useReleaseName ? outputDirectory + "/" + options.releaseName : outputDirectory
    }

    /// `--show-only`: re-split the printed text and keep the documents whose source path (below the
    /// chart name) matches a pattern, pattern by pattern.
    private func showOnlyText(_ text: String) throws -> String {
        let documents = ManifestSplitter.split(text)
        var selected: [String] = []
        for pattern in options.showOnly {
            var found = false
            for document in documents {
                guard let sourcePath = Self.sourcePathBelowChart(document) else { continue }
                guard GoPathMatch.match(pattern, sourcePath) == true else { continue }
                selected.append(document)
                found = true
            }
            if !found { throw TemplateOutputError.templateNotFound(pattern) }
        }
        return selected.map { "---\n\($0)\n" }.joined()
    }

    /// Helm's regexp `# Source: [^/]+/(.+)`: the first match in the document, `(.+)` up to end of line.
    static func sourcePathBelowChart(_ document: String) -> String? {
        let marker = "# Source: "
        var searchStart = document.startIndex
        while let markerRange = document.range(of: marker, range: searchStart..<document.endIndex) {
            var cursor = markerRange.upperBound
            // `[^/]+` (newlines included), then `/`, then `.+` (no newline, at least one character).
            let rest = document[cursor...]
            if let slash = rest.firstIndex(of: "/"), slash > cursor {
                cursor = document.index(after: slash)
                let lineEnd = document[cursor...].firstIndex(of: "\n") ?? document.endIndex
                if lineEnd > cursor { return String(document[cursor..<lineEnd]) }
            }
            searchStart = document.index(after: markerRange.lowerBound)
        }
        return nil
    }

    /// Helm's `writeToFile`: creates the directories, truncates on first write, appends after.
    private func writeFile(directory: String, name: String, content: String, append: Bool,
                           stdout: inout String) throws {
        let path = directory + "/" + name
        let data = Data(Self.sourceBlock(path: name, content: content).utf8)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            if append, let handle = FileHandle(forWritingAtPath: path) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: data)
            } else {
                try data.write(to: URL(fileURLWithPath: path))
            }
        } catch {
            throw TemplateOutputError.writeFailed(path: path, reason: error.localizedDescription)
        }
        stdout += "wrote \(path)\n"
    }
}
