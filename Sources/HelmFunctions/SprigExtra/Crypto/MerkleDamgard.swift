/// Padding and word helpers shared by the SHA family.
enum MerkleDamgard {
    /// The message with 0x80, zeros and its bit length appended, cut into blocks.
    static func paddedBlocks(_ message: [UInt8], blockSize: Int, lengthBytes: Int) -> [ArraySlice<UInt8>] {
        var data = message
        data.append(0x80)
        while data.count % blockSize != blockSize - lengthBytes { data.append(0) }
        let bitLength = UInt64(truncatingIfNeeded: message.count) &* 8
        data.append(contentsOf: [UInt8](repeating: 0, count: lengthBytes - 8))
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        return stride(from: 0, to: data.count, by: blockSize).map { data[$0..<($0 + blockSize)] }
    }

    static func bigEndianWord32(_ block: ArraySlice<UInt8>, _ offset: Int) -> UInt32 {
        let base = block.startIndex + offset
        return (base..<base + 4).reduce(UInt32(0)) { $0 << 8 | UInt32(block[$1]) }
    }

    static func bigEndianWord64(_ block: ArraySlice<UInt8>, _ offset: Int) -> UInt64 {
        let base = block.startIndex + offset
        return (base..<base + 8).reduce(UInt64(0)) { $0 << 8 | UInt64(block[$1]) }
    }

    static func bigEndianBytes32(_ word: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) }
    }

    static func bigEndianBytes64(_ word: UInt64) -> [UInt8] {
        stride(from: 56, through: 0, by: -8).map { UInt8(truncatingIfNeeded: word >> UInt64($0)) }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
