/// Go's `encoding/base64` standard encoding (padded), including the exact `CorruptInputError` offsets
/// Sprig prints in place of a result when `b64dec` gets bad input.
enum GoBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let padding = UInt8(ascii: "=")

    private static let decodeMap: [UInt8] = {
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (index, symbol) in alphabet.enumerated() { map[Int(symbol)] = UInt8(index) }
        return map
    }()

    static func encode(_ input: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var index = 0
        while index < input.count {
            let b0 = input[index]
            let b1: UInt8 = index + 1 < input.count ? input[index + 1] : 0
            let b2: UInt8 = index + 2 < input.count ? input[index + 2] : 0
            let remaining = input.count - index
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(remaining > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : padding)
            out.append(remaining > 2 ? alphabet[Int(b2 & 0x3F)] : padding)
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes like `StdEncoding.DecodeString`; on failure the error text is Go's
    /// `illegal base64 data at input byte N`. `\r` and `\n` are skipped, as in Go.
    static func decode(_ text: String) -> Result<[UInt8], GoDecodeError> {
        let src = Array(text.utf8)
        var out: [UInt8] = []
        var si = 0
        while si < src.count {
            // One quantum of up to four symbols (Go's decodeQuantum).
            var dbuf = [UInt8](repeating: 0, count: 4)
            var dlen = 4
            var j = 0
            var trailingError: Int?
            quantum: while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return .failure(GoDecodeError(encoding: "base64", offset: si - j))
                }
                let symbol = src[si]
                si += 1
                let value = decodeMap[Int(symbol)]
                if value != 0xFF {
                    dbuf[j] = value
                    j += 1
                    continue
                }
                if symbol == 0x0A || symbol == 0x0D { continue }
                if symbol != padding { return .failure(GoDecodeError(encoding: "base64", offset: si - 1)) }
                // Padding: only valid after two or three symbols.
                switch j {
                case 0, 1:
                    return .failure(GoDecodeError(encoding: "base64", offset: si - 1))
                case 2:
                    while si < src.count && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                    if si == src.count { return .failure(GoDecodeError(encoding: "base64", offset: src.count)) }
                    if src[si] != padding { return .failure(GoDecodeError(encoding: "base64", offset: si - 1)) }
                    si += 1
                default:
                    break
                }
                while si < src.count && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                if si < src.count { trailingError = si }
                dlen = j
                break quantum
            }
            let value = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
            let bytes = [UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
                         UInt8(truncatingIfNeeded: value)]
            if dlen > 1 { out.append(contentsOf: bytes.prefix(dlen - 1)) }
            if let offset = trailingError { return .failure(GoDecodeError(encoding: "base64", offset: offset)) }
            if dlen < 4 { break }
        }
        return .success(out)
    }
}

/// Go's `CorruptInputError` for base64 and base32.
struct GoDecodeError: Error {
    var encoding: String
    var offset: Int
    var message: String { "illegal \(encoding) data at input byte \(offset)" }
}
