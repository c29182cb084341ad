/// Go's `encoding/base32` standard encoding (padded), with Go's `CorruptInputError` offsets, which
/// count positions after `\r` and `\n` have been removed.
enum GoBase32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    private static let padding = UInt8(ascii: "=")

    private static let decodeMap: [UInt8] = {
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (index, symbol) in alphabet.enumerated() { map[Int(symbol)] = UInt8(index) }
        return map
    }()

    static func encode(_ input: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < input.count {
            let chunk = Array(input[index..<min(index + 5, input.count)])
            var block = [UInt8](repeating: 0, count: 5)
            for (offset, byte) in chunk.enumerated() { block[offset] = byte }
            let bits = block.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            // Symbols carrying data for 1...5 input bytes.
            let symbolCount = [0, 2, 4, 5, 7, 8][chunk.count]
            for position in 0..<8 {
                if position < symbolCount {
                    out.append(alphabet[Int((bits >> UInt64(35 - 5 * position)) & 0x1F)])
                } else {
                    out.append(padding)
                }
            }
            index += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> Result<[UInt8], GoDecodeError> {
        let src = Array(text.utf8).filter { $0 != 0x0A && $0 != 0x0D }
        let total = src.count
        var out: [UInt8] = []
        var si = 0
        var end = false
        func failure(_ offset: Int) -> Result<[UInt8], GoDecodeError> {
            .failure(GoDecodeError(encoding: "base32", offset: offset))
        }
        while si < total && !end {
            var dbuf = [UInt8](repeating: 0, count: 8)
            var dlen = 8
            var j = 0
            while j < 8 {
                let remaining = total - si
                if remaining == 0 { return failure(total - j) }
                let symbol = src[si]
                si += 1
                let left = total - si
                if symbol == padding && j >= 2 && left < 8 {
                    if left + j < 7 { return failure(total) }
                    for k in 0..<(7 - j) where left > k && src[si + k] != padding {
                        return failure(si + k - 1)
                    }
                    dlen = j
                    end = true
                    if dlen == 1 || dlen == 3 || dlen == 6 { return failure(si - 1) }
                    break
                }
                dbuf[j] = decodeMap[Int(symbol)]
                if dbuf[j] == 0xFF { return failure(si - 1) }
                j += 1
            }
            let bits = dbuf.reduce(UInt64(0)) { $0 << 5 | UInt64($1) }
            let byteCount: Int
            switch dlen {
            case 8: byteCount = 5
            case 7: byteCount = 4
            case 5: byteCount = 3
            case 4: byteCount = 2
            case 2: byteCount = 1
            default: byteCount = 0
            }
            for position in 0..<byteCount {
                out.append(UInt8(truncatingIfNeeded: bits >> UInt64(32 - 8 * position)))
            }
        }
        return .success(out)
    }
}
