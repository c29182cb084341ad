import Foundation

/// One golden case: a folder holding `args` (the command line after the program name, one argument per
/// line, starting with `template`) and `expected.yaml`, the real Helm's output for those arguments.
public struct GoldenCase: Equatable {
    /// The case folder as given or discovered (relative paths stay relative, for readable reports).
    public var directory: String
    /// The arguments after `template`.
    public var arguments: [String]

    public var expectedPath: String { directory + "/expected.yaml" }

    public init(directory: String, arguments: [String]) {
        self.directory = directory
        self.arguments = arguments
    }

    /// Reads `<directory>/args`. Blank trailing lines are ignored; the first argument must be `template`.
    public static func load(directory: String, relativeTo root: String) throws -> GoldenCase {
        let argsPath = resolve(directory + "/args", against: root)
        guard let data = FileManager.default.contents(atPath: argsPath),
              let text = String(data: data, encoding: .utf8) else {
            throw GoldenError("\(directory)/args: cannot read the file")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard lines.first == "template" || lines.first == "render" else {
            throw GoldenError("\(directory)/args: the first argument must be `template`, got \(lines.first.map { "`\($0)`" } ?? "nothing")")
        }
        return GoldenCase(directory: directory, arguments: Array(lines.dropFirst()))
    }

    /// Every folder holding an `args` file under the given folders (a folder that is itself a case counts),
    /// in sorted order so reports are stable.
    public static func discover(under directories: [String], relativeTo root: String) throws -> [GoldenCase] {
        var found: [String] = []
        let manager = FileManager.default
        for directory in directories {
            let absolute = resolve(directory, against: root)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw GoldenError("\(directory): no such folder")
            }
            let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
            if manager.fileExists(atPath: absolute + "/args") { found.append(base) }
            guard let walker = manager.enumerator(atPath: absolute) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative == "args" || relative.hasSuffix("/args") {
                    let folder = String(relative.dropLast("args".count).dropLast())
                    if !folder.isEmpty { found.append(base + "/" + folder) }
                }
            }
        }
        return try Array(Set(found)).sorted().map { try load(directory: $0, relativeTo: root) }
    }

    static func resolve(_ path: String, against root: String) -> String {
        path.hasPrefix("/") ? path : root + "/" + path
    }
}

public struct GoldenError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
