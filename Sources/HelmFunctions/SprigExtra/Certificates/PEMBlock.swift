/// Go's `encoding/pem`: `Encode` (64-column base64) and the lenient `Decode`, which skips text before
/// the block, accepts headers and ignores blocks whose END line or base64 is wrong.
struct PEMBlock {
    var type: String
    var bytes: [UInt8]

    var encoded: String {
        let base64 = Array(GoBase64.encode(bytes).utf8)
        var out = "-----BEGIN \(type)-----\n"
        var start = 0
        while start < base64.count {
            let end = min(start + 64, base64.count)
            out += String(decoding: base64[start..<end], as: UTF8.self) + "\n"
            start = end
        }
        return out + "-----END \(type)-----\n"
    }

    /// The first well-formed block in `text`, or nil.
    static func decode(_ text: String) -> PEMBlock? {
        var rest = Array(text.utf8)[...]
        let begin = Array("\n-----BEGIN ".utf8), end = Array("\n-----END ".utf8), dashes = Array("-----".utf8)
        while true {
            if rest.starts(with: begin.dropFirst()) {
                rest = rest.dropFirst(begin.count - 1)
            } else if let found = index(of: begin, in: rest) {
                rest = rest[(found + begin.count)...]
            } else {
                return nil
            }
            let typeLine: ArraySlice<UInt8>
            (typeLine, rest) = line(rest)
            guard typeLine.count >= dashes.count, typeLine.suffix(dashes.count).elementsEqual(dashes) else { continue }
            let type = typeLine.dropLast(dashes.count)
            var hasHeaders = false
            while true {
                if rest.isEmpty { return nil }
                let (headerLine, next) = line(rest)
                guard headerLine.contains(UInt8(ascii: ":")) else { break }
                hasHeaders = true
                rest = next
            }
            let endIndex: Int?
            let trailerStart: Int
            if !hasHeaders && rest.starts(with: end.dropFirst()) {
                endIndex = rest.startIndex
                trailerStart = rest.startIndex + end.count - 1
            } else if let found = index(of: end, in: rest) {
                endIndex = found
                trailerStart = found + end.count
            } else {
                endIndex = nil
                trailerStart = rest.endIndex
            }
            guard let endAt = endIndex else { continue }
            let trailer = rest[trailerStart...]
            let trailerLength = type.count + dashes.count
            guard trailer.count >= trailerLength else { continue }
            let trailerText = trailer.prefix(trailerLength)
            guard trailerText.starts(with: type), trailerText.suffix(dashes.count).elementsEqual(dashes) else { continue }
            guard line(trailer.dropFirst(trailerLength)).0.isEmpty else { continue }
            let base64 = rest[rest.startIndex..<endAt].filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            guard case .success(let bytes) = GoBase64.decode(String(decoding: base64, as: UTF8.self)) else { continue }
            return PEMBlock(type: String(decoding: type, as: UTF8.self), bytes: bytes)
        }
    }

    /// A line without its newline and trailing spaces, tabs and carriage returns; and what follows.
    private static func line(_ data: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        let newline = data.firstIndex(of: UInt8(ascii: "\n"))
        var text = data[data.startIndex..<(newline ?? data.endIndex)]
        let rest = newline.map { data[($0 + 1)...] } ?? data[data.endIndex...]
        while let last = text.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            text = text.dropLast()
        }
        return (text, rest)
    }

    private static func index(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
            start += 1
        }
        return nil
    }
}
