import Foundation

/// Helm's `LoadDir` file collection: walks the chart directory in lexical order, applies .helmignore
/// (plus the default `templates/.?*`), follows symbolic links that stay inside the chart, and refuses
/// links that lead outside it (Helm would read them; this port never reads outside the chart).
enum ChartDirectoryReader {
    static func files(in directory: String) throws -> [ChartFile] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path

        var rules = HelmIgnoreRules()
        let ignorePath = root + "/" + HelmIgnoreRules.fileName
        if FileManager.default.fileExists(atPath: ignorePath) {
            guard let data = FileManager.default.contents(atPath: ignorePath) else {
                throw ChartError("open \(ignorePath): permission denied")
            }
            rules = try HelmIgnoreRules(parsing: String(decoding: data, as: UTF8.self))
        }
        rules.addDefaults()

        var files: [ChartFile] = []
        try walk(directory: root, relative: "", realRoot: realRoot, rules: rules, into: &files, depth: 0)
        return files
    }

    private static func walk(directory: String, relative: String, realRoot: String, rules: HelmIgnoreRules,
                             into files: inout [ChartFile], depth: Int) throws {
        guard depth < 128 else { throw ChartError("chart directory \(directory) is nested too deeply") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ChartError("open \(directory): permission denied")
        }
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let path = directory + "/" + name
            let relativeName = relative.isEmpty ? name : relative + "/" + name
            var target = path
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if attributes?[.type] as? FileAttributeType == .typeSymbolicLink {
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard resolved == realRoot || resolved.hasPrefix(realRoot + "/") else {
                    if rules.ignores(relativeName, isDirectory: false) { continue }
                    throw ChartError("chart file \(relativeName) is a symbolic link to \(resolved), outside the chart directory; refusing to read it")
                }
                target = resolved
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
                if rules.ignores(relativeName, isDirectory: false) { continue }
                throw ChartError("stat \(path): no such file or directory")
            }
            if isDirectory.boolValue {
                if rules.ignores(relativeName, isDirectory: true) { continue }
                try walk(directory: target, relative: relativeName, realRoot: realRoot, rules: rules,
                         into: &files, depth: depth + 1)
                continue
            }
            if rules.ignores(relativeName, isDirectory: false) { continue }
            let targetType = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
            guard targetType == .typeRegular else {
                throw ChartError("cannot load irregular file \(path) as it has file mode type bits set")
            }
            guard let data = FileManager.default.contents(atPath: target) else {
                throw ChartError("error reading \(relativeName): permission denied")
            }
            files.append(ChartFile(name: relativeName, data: stripByteOrderMark(Array(data))))
        }
    }
}
