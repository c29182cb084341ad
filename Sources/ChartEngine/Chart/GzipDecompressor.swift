import CZlib

/// gunzip through zlib, with an output cap so a small archive cannot expand without bound.
enum GzipDecompressor {
    static func decompress(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        guard input.count >= 2, input[0] == 0x1f, input[1] == 0x8b else {
            throw ChartError("gzip: invalid header")
        }
        var stream = z_stream()
        let initStatus = inflateInit2_(&stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw ChartError("gzip: cannot initialise zlib") }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        let total = input.count
        var consumed = 0
        try input.withUnsafeMutableBufferPointer { inBuffer in
            guard let base = inBuffer.baseAddress else { return }
            stream.next_in = base
            stream.avail_in = uInt(total)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    throw ChartError("decompressed chart is larger than the maximum size \(limit)")
                }
                consumed = total - Int(stream.avail_in)
                switch status {
                case Z_STREAM_END:
                    // Go's gzip reader reads concatenated members too.
                    if stream.avail_in > 0, consumed + 1 < total, base[consumed] == 0x1f, base[consumed + 1] == 0x8b {
                        guard inflateReset(&stream) == Z_OK else { throw ChartError("gzip: invalid header") }
                        continue
                    }
                    return
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 { throw ChartError("unexpected EOF") }
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { throw ChartError("unexpected EOF") }
                default:
                    throw ChartError("gzip: invalid compressed data")
                }
            }
        }
        return output
    }
}
