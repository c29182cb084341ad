/// Wraps bytes in a gzip stream of uncompressed (stored) deflate blocks, so the fuzzer can mutate the
/// tar layer directly instead of compressed bytes that almost never inflate.
enum StoredGzip {
    static func wrap(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]
        var start = 0
        repeat {
            let end = min(start + 0xffff, payload.count)
            let length = UInt16(end - start)
            out.append(end == payload.count ? 1 : 0) // BFINAL, BTYPE=00 (stored)
            out += littleEndian(UInt32(length), bytes: 2) + littleEndian(UInt32(~length), bytes: 2)
            out += payload[start..<end]
            start = end
        } while start < payload.count
        out += littleEndian(crc32(payload), bytes: 4)
        out += littleEndian(UInt32(truncatingIfNeeded: payload.count), bytes: 4)
        return out
    }

    private static func littleEndian(_ value: UInt32, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xedb8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xffff_ffff
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
        return c ^ 0xffff_ffff
    }
}
