/// Reader for the TZif zone files in /usr/share/zoneinfo (RFC 8536), as Go's `LoadLocationFromTZData`.
enum TZif {
    static func parse(_ data: [UInt8], name: String) -> GoLocation? {
        var reader = ByteReader(data)
        guard let header = readHeader(&reader) else { return nil }
        var counts = header.counts
        var timeSize = 4
        if header.version >= 2 {
            // Skip the 32-bit block and use the 64-bit one.
            let skip = counts.time * 5 + counts.type * 6 + counts.chars + counts.leap * 8 + counts.isStd + counts.isUT
            guard reader.skip(skip), let second = readHeader(&reader) else { return nil }
            counts = second.counts
            timeSize = 8
        }
        var times: [Int64] = []
        for _ in 0..<counts.time {
            guard let t = timeSize == 8 ? reader.int64() : reader.int32().map(Int64.init) else { return nil }
            times.append(t)
        }
        var indices: [Int] = []
        for _ in 0..<counts.time {
            guard let i = reader.byte() else { return nil }
            indices.append(Int(i))
        }
        var rawZones: [(offset: Int, isDST: Bool, abbreviationIndex: Int)] = []
        for _ in 0..<counts.type {
            guard let offset = reader.int32(), let dst = reader.byte(), let abbr = reader.byte() else { return nil }
            rawZones.append((Int(offset), dst != 0, Int(abbr)))
        }
        guard let chars = reader.bytes(counts.chars) else { return nil }
        guard reader.skip(counts.leap * (timeSize + 4) + counts.isStd + counts.isUT) else { return nil }
        var extend = ""
        if header.version >= 2, let rest = reader.remaining(), rest.first == 0x0A {
            let body = rest.dropFirst().prefix { $0 != 0x0A }
            extend = String(decoding: body, as: UTF8.self)
        }
        let zones = rawZones.map { raw -> GoLocation.Zone in
            var end = raw.abbreviationIndex
            while end < chars.count && chars[end] != 0 { end += 1 }
            let start = min(raw.abbreviationIndex, chars.count)
            return GoLocation.Zone(name: String(decoding: chars[start..<max(start, end)], as: UTF8.self),
                                   offset: raw.offset, isDST: raw.isDST)
        }
        guard !zones.isEmpty else { return nil }
        var transitions = zip(times, indices).map { GoLocation.Transition(when: $0, zoneIndex: $1) }
        if transitions.isEmpty {
            // Go records a single transition at the beginning of time.
            transitions = [GoLocation.Transition(when: Int64.min, zoneIndex: 0)]
        }
        return GoLocation(name: name, zones: zones, transitions: transitions, extend: extend)
    }

    private struct Counts { var isUT = 0, isStd = 0, leap = 0, time = 0, type = 0, chars = 0 }

    private static func readHeader(_ reader: inout ByteReader) -> (version: Int, counts: Counts)? {
        guard let magic = reader.bytes(4), magic == Array("TZif".utf8), let version = reader.byte(),
              reader.skip(15) else { return nil }
        var values: [Int] = []
        for _ in 0..<6 {
            guard let v = reader.int32(), v >= 0 else { return nil }
            values.append(Int(v))
        }
        let counts = Counts(isUT: values[0], isStd: values[1], leap: values[2], time: values[3], type: values[4], chars: values[5])
        let versionNumber = version == 0 ? 1 : Int(version) - 0x30
        return (versionNumber, counts)
    }

    private struct ByteReader {
        let data: [UInt8]
        var position = 0
        init(_ data: [UInt8]) { self.data = data }

        mutating func byte() -> UInt8? {
            guard position < data.count else { return nil }
            defer { position += 1 }
            return data[position]
        }

        mutating func bytes(_ count: Int) -> [UInt8]? {
            guard count >= 0, position + count <= data.count else { return nil }
            defer { position += count }
            return Array(data[position..<position + count])
        }

        mutating func skip(_ count: Int) -> Bool { bytes(count) != nil }

        mutating func int32() -> Int32? {
            guard let b = bytes(4) else { return nil }
            return Int32(bitPattern: b.reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }

        mutating func int64() -> Int64? {
            guard let b = bytes(8) else { return nil }
            return Int64(bitPattern: b.reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        }

        func remaining() -> ArraySlice<UInt8>? {
            position < data.count ? data[position...] : nil
        }
    }
}
