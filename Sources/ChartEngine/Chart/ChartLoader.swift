import Foundation

/// Helm's `loader.Load`: a chart directory or a packaged .tgz.
public enum ChartLoader {
    public static func load(path: String) throws -> Chart {
        try load(path: path, log: nil)
    }

    /// `log` receives what Helm logs while loading (a symbolic link followed).
    public static func load(path: String, log: DiagnosticLog?) throws -> Chart {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ChartError("stat \(path): no such file or directory")
        }
        if isDirectory.boolValue {
            return try ChartFilesAssembler.load(try ChartDirectoryReader.files(in: path, log: log))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChartError("open \(path): permission denied")
        }
        let bytes = Array(data)
        guard bytes.count >= 3, bytes[0] == 0x1f, bytes[1] == 0x8b, bytes[2] == 0x08 else {
            if path.hasSuffix(".yml") || path.hasSuffix(".yaml") {
                throw ChartError("file '\(path)' seems to be a YAML file, but expected a gzipped archive")
            }
            throw ChartError("file '\(path)' does not appear to be a gzipped archive; got '\(sniffedContentType(bytes))'")
        }
        return try ChartFilesAssembler.load(try ChartArchiveReader.files(bytes))
    }

    /// A little of Go's `http.DetectContentType`, for the "not a gzipped archive" message.
    private static func sniffedContentType(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "text/plain; charset=utf-8" }
        let binary = bytes.prefix(512).contains { b in
            b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F)
        }
        return binary ? "application/octet-stream" : "text/plain; charset=utf-8"
    }
}
