import Foundation
import GoTemplate

/// Helm's `archive.LoadArchiveFiles`: the files of a .tgz chart with the top directory stripped, and
/// the same path safety checks (no absolute paths, nothing outside the chart directory).
enum ChartArchiveReader {
    static let maxDecompressedChartSize = 100 * 1024 * 1024

    static func files(_ archive: [UInt8]) throws -> [ChartFile] {
        let tar = try GzipDecompressor.decompress(archive, limit: maxDecompressedChartSize)
        var files: [ChartFile] = []
        for entry in try TarArchiveReader.entries(tar) {
            let delimiter: Character = entry.name.contains("\\") ? "\\" : "/"
            let parts = entry.name.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
            var name = parts.dropFirst().joined(separator: String(delimiter))
            if delimiter == "\\" { name = name.replacingOccurrences(of: "\\", with: "/") }
            if name.hasPrefix("/") {
                throw ChartError("chart illegally contains absolute paths")
            }
            name = cleanPath(name)
            if name == "." {
                throw ChartError("chart illegally contains content outside the base directory: \(goQuoted(entry.name))")
            }
            if name.hasPrefix("..") {
                throw ChartError("chart illegally references parent directory")
            }
            if name.count >= 3, let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
               name.dropFirst().hasPrefix(":/") {
                throw ChartError("chart contains illegally named files")
            }
            if parts.first == "Chart.yaml" {
                throw ChartError("chart yaml not in base directory")
            }
            files.append(ChartFile(name: name, data: stripByteOrderMark(entry.data)))
        }
        if files.isEmpty {
            throw ChartError("no files in chart archive")
        }
        return files
    }
}

/// Go's `path.Clean`.
func cleanPath(_ path: String) -> String {
    if path.isEmpty { return "." }
    let rooted = path.hasPrefix("/")
    var out: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == ".." {
            if let last = out.last, last != ".." {
                out.removeLast()
            } else if !rooted {
                out.append(part)
            }
            continue
        }
        out.append(part)
    }
    let joined = out.joined(separator: "/")
    if rooted { return "/" + joined }
    return joined.isEmpty ? "." : joined
}

func stripByteOrderMark(_ data: [UInt8]) -> [UInt8] {
    if data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
        return Array(data[3...])
    }
    return data
}

/// Go's `%q` for a string (via the shared formatter).
func goQuoted(_ s: String) -> String {
    GoFormat.quote(s)
}

