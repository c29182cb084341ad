import Foundation
import GoTemplate

/// Helm's `SchemeURLLoader` for schemas a `$ref` or `$schema` points outside the document:
/// `file` reads the file (relative references resolve against `file:///values.schema.json`, so
/// `defs.json` is `/defs.json`), `urn` yields the permissive schema `true`, and `http`/`https`
/// fail as Helm's fetch fails when nothing answers: this engine never goes to the network.
enum SchemaLoader {
    struct Failure: Error {
        var message: String
    }

    static func load(_ url: String) throws -> SchemaJSON {
        let parsed: SchemaURL
        do {
            parsed = try SchemaURL.parse(url)
        } catch let error as SchemaURL.ParseError {
            throw Failure(message: error.message)
        }
        switch parsed.scheme {
        case "file":
            return try loadFile(parsed.path)
        case "http", "https":
            throw Failure(message: "HTTP request failed for \(url): Get \(GoFormat.quote(url)): \(dialFailure(parsed))")
        case "urn":
            // Helm's URN resolver resolves nothing and falls back to `true` (and logs a warning).
            return .bool(true)
        default:
            throw Failure(message: "no URLLoader registered for \(GoFormat.quote(parsed.string))")
        }
    }

    /// Go's dial error with no server: a refused connection for an address (`localhost` is
    /// 127.0.0.1 by /etc/hosts), a failed lookup for any other host name.
    private static func dialFailure(_ url: SchemaURL) -> String {
        var host = url.host
        var port = url.scheme == "https" ? "443" : "80"
        if host.hasPrefix("["), let close = host.lastIndex(of: "]") {
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") && after.count > 1 { port = String(after.dropFirst()) }
            host = String(host[host.index(after: host.startIndex)..<close])
        } else if let colon = host.lastIndex(of: ":") {
            let after = host[host.index(after: colon)...]
            if !after.isEmpty { port = String(after) }
            host = String(host[..<colon])
        }
        if host == "localhost" { host = "127.0.0.1" }
        if host.contains(":") {
            return "dial tcp [\(host)]:\(port): connect: connection refused"
        }
        let isIPv4 = host.split(separator: ".", omittingEmptySubsequences: false).count == 4
            && host.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
        if isIPv4 || host.isEmpty {
            return "dial tcp \(host):\(port): connect: connection refused"
        }
        return "dial tcp: lookup \(host): no such host"
    }

    /// `FileLoader.Load`: `os.Open` then `UnmarshalJSON`, with Go's error texts.
    private static func loadFile(_ path: String) throws -> SchemaJSON {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(message: "open \(path): no such file or directory")
        }
        if isDirectory.boolValue {
            throw Failure(message: "read \(path): is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "open \(path): permission denied")
        }
        do {
            return try SchemaJSONParser.parse(String(decoding: data, as: UTF8.self))
        } catch let error as SchemaJSONParser.Failure {
            throw Failure(message: error.message)
        }
    }
}
