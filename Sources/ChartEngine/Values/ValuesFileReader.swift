import Foundation
import GoTemplate

/// Reads the files named by `-f` and `--set-file`, with Go's error texts.
enum ValuesFileReader {
    /// `readFile` of Helm's values options: "-" is stdin, anything else a local path (relative to `baseDirectory`).
    static func read(_ path: String, baseDirectory: String) throws -> [UInt8] {
        if path.trimmingCharacters(in: .whitespaces) == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        let resolved = path.hasPrefix("/") || baseDirectory.isEmpty ? path : baseDirectory + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            throw ChartError("open \(path): no such file or directory")
        }
        if isDirectory.boolValue {
            throw ChartError("read \(path): is a directory")
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw ChartError("open \(path): permission denied")
        }
        return Array(data)
    }
}

/// UTF-8 text of file bytes; invalid sequences become U+FFFD as Go's string conversion of runes does.
func decodeText(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}
