/// Reads the entries of a tar archive (ustar, GNU long names, PAX `path`) as Go's archive/tar presents
/// them to Helm's loader: directories and extension headers are skipped; links, devices and FIFOs
/// are kept as empty files (their targets are never read), as Helm keeps them.
enum TarArchiveReader {
    /// Go's `isHeaderOnlyType`: entries whose data section is empty whatever their size field says.
    private static let headerOnlyTypes: Set<UInt8> = Set("123456".utf8)

    struct Entry {
        var name: String
        var data: [UInt8]
    }

    static func entries(_ bytes: [UInt8]) throws -> [Entry] {
        var result: [Entry] = []
        var offset = 0
        var longName: String?
        var paxPath: String?
        while offset + 512 <= bytes.count {
            let header = Array(bytes[offset..<offset + 512])
            if header.allSatisfy({ $0 == 0 }) { break }
            guard checksumMatches(header) else { throw ChartError("archive/tar: invalid tar header") }
            guard let size = octal(header[124..<136]), size >= 0 else { throw ChartError("archive/tar: invalid tar header") }
            let typeflag = header[156]
            let dataStart = offset + 512
            let dataSize = headerOnlyTypes.contains(typeflag) ? 0 : size
            let (dataEnd, overflow) = dataStart.addingReportingOverflow(dataSize)
            guard !overflow, dataEnd <= bytes.count else { throw ChartError("unexpected EOF") }
            let data = Array(bytes[dataStart..<dataEnd])
            let padded = (dataSize + 511) / 512 * 512
            offset = dataStart + padded

            var name = cString(header[0..<100])
            let magic = cString(header[257..<263])
            if magic.hasPrefix("ustar") {
                let prefix = cString(header[345..<500])
                if !prefix.isEmpty { name = prefix + "/" + name }
            }
            switch typeflag {
            case UInt8(ascii: "L"):
                longName = cString(data[...])
                continue
            case UInt8(ascii: "x"):
                paxPath = paxRecord("path", data) ?? paxPath
                continue
            case UInt8(ascii: "g"), UInt8(ascii: "K"):
                // A global PAX header, or a GNU long link name: neither names a file.
                continue
            default:
                break
            }
            if let override = paxPath ?? longName { name = override }
            paxPath = nil
            longName = nil
            // Helm skips what `FileInfo().IsDir()` calls a directory: type '5', a pre-POSIX
            // type '\0' name ending in "/" (Go's reader turns it into '5'), or directory mode bits.
            let isDirectory = typeflag == UInt8(ascii: "5") || (typeflag == 0 && name.hasSuffix("/"))
                || (octal(header[100..<108]) ?? 0) & 0o170000 == 0o040000
            if isDirectory { continue }
            result.append(Entry(name: name, data: data))
        }
        return result
    }

    private static func cString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let prefix = bytes.prefix { $0 != 0 }
        return String(decoding: prefix, as: UTF8.self)
    }

    private static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        // GNU base-256 for large sizes.
        if let first = field.first, first & 0x80 != 0 {
            var value = 0
            for (i, b) in field.enumerated() {
                let byte = i == 0 ? b & 0x7f : b
                let (shifted, o1) = value.multipliedReportingOverflow(by: 256)
                let (sum, o2) = shifted.addingReportingOverflow(Int(byte))
                if o1 || o2 { return nil }
                value = sum
            }
            return value
        }
        let text = cString(field).trimmingCharacters(in: [" "])
        if text.isEmpty { return 0 }
        return Int(text, radix: 8)
    }

    private static func checksumMatches(_ header: [UInt8]) -> Bool {
        guard let stored = octal(header[148..<156]) else { return false }
        var unsigned = 0
        for (i, b) in header.enumerated() {
            unsigned += (148..<156).contains(i) ? 32 : Int(b)
        }
        return stored == unsigned
    }

    private static func paxRecord(_ key: String, _ data: [UInt8]) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        for record in text.split(separator: "\n") {
            guard let space = record.firstIndex(of: " ") else { continue }
            let keyValue = record[record.index(after: space)...]
            guard let equals = keyValue.firstIndex(of: "=") else { continue }
            if keyValue[..<equals] == Substring(key) {
                return String(keyValue[keyValue.index(after: equals)...])
            }
        }
        return nil
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
