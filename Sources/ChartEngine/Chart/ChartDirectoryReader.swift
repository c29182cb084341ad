import Foundation

/// Helm's `LoadDir` file collection over `sympath.Walk`: walks the chart directory in lexical order,
/// applies .helmignore (plus the default `templates/.?*`) and follows symbolic links wherever they
/// lead, as Helm does, logging each one (`level=INFO msg="found symbolic link in path…"`). A link is
/// resolved before the ignore rules are consulted, so a dangling or looping link fails the load even
/// when ignored, with Go's error text.
enum ChartDirectoryReader {
    /// Helm's `archive.MaxDecompressedFileSize`.
    static let maxFileSize: Int64 = 5 * 1024 * 1024

    static func files(in directory: String, log: DiagnosticLog? = nil) throws -> [ChartFile] {
        let absolute = directory.hasPrefix("/") ? directory : FileManager.default.currentDirectoryPath + "/" + directory
        let root = cleanPath(absolute)

        var rules = HelmIgnoreRules()
        let ignorePath = root + "/" + HelmIgnoreRules.fileName
        if (try? GoFileSystem.statPath(ignorePath)) != nil {
            guard let data = FileManager.default.contents(atPath: ignorePath) else {
                throw ChartError("open \(ignorePath): permission denied")
            }
            rules = try HelmIgnoreRules(parsing: String(decoding: data, as: UTF8.self))
        }
        rules.addDefaults()

        var walker = Walker(topDirectory: root == "/" ? "/" : root + "/", rules: rules, log: log)
        // Helm walks `topdir + "/"`: the trailing slash makes the first lstat follow a linked root.
        let rootInfo = try walkError { try GoFileSystem.lstatPath(walker.topDirectory) }
        try walker.walk(path: walker.topDirectory, info: rootInfo, depth: 0)
        return walker.files
    }

    private static func walkError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as GoFileSystem.Failure {
            throw ChartError(failure.description)
        }
    }

    /// `filepath.SkipDir`, which ends the walk of one directory only.
    private struct SkipDirectory: Error {}

    private struct Walker {
        let topDirectory: String
        let rules: HelmIgnoreRules
        let log: DiagnosticLog?
        var files: [ChartFile] = []

        init(topDirectory: String, rules: HelmIgnoreRules, log: DiagnosticLog?) {
            self.topDirectory = topDirectory
            self.rules = rules
            self.log = log
        }

        /// `symwalk`: a link is resolved and walked under its own (link) path.
        mutating func walk(path: String, info: GoFileSystem.Info, depth: Int) throws {
            // Go recurses without limit; the kernel's own link limit ends real loops long before this.
            guard depth < 4096 else { throw ChartError("chart directory \(path) is nested too deeply") }
            if info.kind == .symlink {
                let resolved: String
                do {
                    resolved = try GoFileSystem.evalSymlinks(path)
                } catch {
                    throw ChartError("error evaluating symlink \(path): \(error)")
                }
                log?.info("found symbolic link in path. Contents of linked file included and used",
                          [("path", path), ("resolved", resolved)])
                let target = try walkError { try GoFileSystem.lstatPath(resolved) }
                do {
                    try walk(path: path, info: target, depth: depth + 1)
                } catch is SkipDirectory {}
                return
            }
            try visit(path: path, info: info)
            guard info.kind == .directory else { return }

            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw ChartError("open \(cleanPath(path)): permission denied")
            }
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                let child = cleanPath(path + "/" + name)
                let childInfo = try walkError { try GoFileSystem.lstatPath(child) }
                do {
                    try walk(path: child, info: childInfo, depth: depth + 1)
                } catch is SkipDirectory {
                    continue
                }
            }
        }

        /// The `walkFn` of Helm's `LoadDir`.
        mutating func visit(path: String, info: GoFileSystem.Info) throws {
            guard path.hasPrefix(topDirectory) else { return }
            let name = String(path.dropFirst(topDirectory.count))
            if name.isEmpty { return }
            if info.kind == .directory {
                if rules.ignores(name, isDirectory: true) { throw SkipDirectory() }
                return
            }
            if rules.ignores(name, isDirectory: false) { return }
            guard info.kind == .regular else {
                throw ChartError("cannot load irregular file \(path) as it has file mode type bits set")
            }
            if info.size > ChartDirectoryReader.maxFileSize {
                let base = path.split(separator: "/").last.map(String.init) ?? path
                throw ChartError("chart file \(goQuoted(base)) is larger than the maximum file size \(ChartDirectoryReader.maxFileSize)")
            }
            let data: [UInt8]
            do {
                data = try GoFileSystem.readFile(path)
            } catch {
                throw ChartError("error reading \(name): \(error)")
            }
            files.append(ChartFile(name: name, data: stripByteOrderMark(data)))
        }
    }
}
