import Foundation

/// A source excerpt for the first template location (`<template>:<line>[:<col>]`) named in an error
/// Helm prints, rustc-style, for terminals only: Helm's own text stays untouched before it.
///
/// Go's columns are 0-based byte offsets into the line; the caret goes under that byte.
public enum SourceExcerpt {
    public struct Location: Equatable {
        public var template: String
        public var line: Int
        public var column: Int?
    }

    /// The excerpt for `errorText` with templates looked up under `chartDirectory`, or nil when no
    /// location is named, the chart is an archive or the file or line does not exist.
    public static func render(errorText: String, chartDirectory: String) -> String? {
        guard let location = firstLocation(in: errorText),
              let file = sourcePath(template: location.template, chartDirectory: chartDirectory),
              let data = FileManager.default.contents(atPath: file),
              let lineBytes = line(location.line, of: [UInt8](data)) else { return nil }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count + 1)
        var header = "\(location.template):\(location.line)"
        if let column = location.column { header += ":\(column)" }
        var text = "\(gutter)--> \(header)\n\(gutter) |\n \(number) | \(String(decoding: lineBytes, as: UTF8.self))\n"
        if let column = location.column {
            text += "\(gutter) | \(caretPadding(lineBytes, column: column))^\n"
        }
        return text
    }

    /// The first `name:line[:col]` whose name has a `templates` directory in it.
    static func firstLocation(in text: String) -> Location? {
        guard let pattern = try? NSRegularExpression(pattern: #"([^\s():"]+):([0-9]+)(?::([0-9]+))?"#) else {
            return nil
        }
        let nsText = text as NSString
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            let template = nsText.substring(with: match.range(at: 1))
            guard template.split(separator: "/").contains("templates"),
                  let line = Int(nsText.substring(with: match.range(at: 2))) else { continue }
            let columnRange = match.range(at: 3)
            let column = columnRange.location == NSNotFound ? nil : Int(nsText.substring(with: columnRange))
            return Location(template: template, line: line, column: column)
        }
        return nil
    }

    /// `<chart>/templates/x` and `<chart>/charts/<sub>/templates/x` relative to the chart directory;
    /// nil for archives (no directory), escaping names and missing files.
    static func sourcePath(template: String, chartDirectory: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chartDirectory, isDirectory: &isDirectory),
              isDirectory.boolValue else { return nil }
        let components = template.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !components.isEmpty, !components.contains(".."), !components.contains("") else { return nil }
        let path = chartDirectory + "/" + components.joined(separator: "/")
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
              !isDirectory.boolValue else { return nil }
        return path
    }

    /// The 1-based line's bytes without its line ending.
    static func line(_ number: Int, of bytes: [UInt8]) -> ArraySlice<UInt8>? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return line
    }

    /// One blank per character before the byte column (tabs copied, so the caret lines up).
    static func caretPadding(_ line: ArraySlice<UInt8>, column: Int) -> String {
        let prefix = line.prefix(max(0, column))
        let blanks: [Character] = String(decoding: prefix, as: UTF8.self).unicodeScalars.map { $0 == "\t" ? "\t" : " " }
        return String(blanks)
    }
}
