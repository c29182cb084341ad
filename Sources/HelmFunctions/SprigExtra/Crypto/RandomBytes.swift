import GoTemplate

/// Random bytes drawn from the render environment's injectable source (never the system RNG directly),
/// so tests can make IVs, salts and UUIDs deterministic.
enum RandomBytes {
    static func take(_ count: Int, from environment: RenderEnvironment) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            var word = environment.random()
            for _ in 0..<8 where bytes.count < count {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return bytes
    }
}
