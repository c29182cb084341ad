/// Just enough DER to write the certificates and keys Go's crypto/x509 writes, and to read back the
/// keys and CA certificates templates pass in.
enum DER {
    static let sequenceTag: UInt8 = 0x30

    static func element(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        var out = [tag]
        let length = content.count
        if length < 0x80 {
            out.append(UInt8(length))
        } else {
            var lengthBytes: [UInt8] = []
            var remaining = length
            while remaining > 0 {
                lengthBytes.insert(UInt8(truncatingIfNeeded: remaining), at: 0)
                remaining >>= 8
            }
            out.append(0x80 | UInt8(lengthBytes.count))
            out += lengthBytes
        }
        return out + content
    }

    static func sequence(_ parts: [[UInt8]]) -> [UInt8] { element(sequenceTag, parts.flatMap { $0 }) }

    /// A non-negative INTEGER from big-endian magnitude bytes: minimal, with a 0x00 when the top bit is set.
    static func unsignedInteger(_ magnitude: [UInt8]) -> [UInt8] {
        var bytes = Array(magnitude.drop { $0 == 0 })
        if bytes.isEmpty || bytes[0] & 0x80 != 0 { bytes.insert(0, at: 0) }
        return element(0x02, bytes)
    }

    static func integer(_ value: Int) -> [UInt8] {
        unsignedInteger((0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
    }

    static func objectIdentifier(_ components: [UInt64]) -> [UInt8] {
        guard components.count >= 2 else { return element(0x06, []) }
        var content = base128(components[0] * 40 + components[1])
        for component in components.dropFirst(2) { content += base128(component) }
        return element(0x06, content)
    }

    private static func base128(_ value: UInt64) -> [UInt8] {
        var out = [UInt8(value & 0x7F)]
        var rest = value >> 7
        while rest > 0 {
            out.insert(UInt8(rest & 0x7F) | 0x80, at: 0)
            rest >>= 7
        }
        return out
    }

    static func bitString(_ bytes: [UInt8], unusedBits: UInt8 = 0) -> [UInt8] { element(0x03, [unusedBits] + bytes) }
    static func octetString(_ bytes: [UInt8]) -> [UInt8] { element(0x04, bytes) }
    static let null: [UInt8] = [0x05, 0x00]
    static let trueBoolean: [UInt8] = [0x01, 0x01, 0xFF]
    static func contextSpecific(_ number: UInt8, constructed: Bool, _ content: [UInt8]) -> [UInt8] {
        element(0x80 | (constructed ? 0x20 : 0) | number, content)
    }
}

/// One parsed DER element.
struct DERElement {
    let tag: UInt8
    /// The content octets.
    let content: ArraySlice<UInt8>
    /// Header and content, as they appeared.
    let encoded: ArraySlice<UInt8>
    let headerLength: Int

    struct Malformed: Error {
        let message: String
    }

    var isConstructed: Bool { tag & 0x20 != 0 }

    /// Reads the element at the start of `bytes`; the remainder is what follows it.
    static func read(_ bytes: ArraySlice<UInt8>) throws -> (DERElement, ArraySlice<UInt8>) {
        var index = bytes.startIndex
        guard index < bytes.endIndex else { throw Malformed(message: "asn1: syntax error: sequence truncated") }
        let tag = bytes[index]
        index += 1
        guard tag & 0x1F != 0x1F else { throw Malformed(message: "asn1: syntax error: high-tag-number form") }
        guard index < bytes.endIndex else { throw Malformed(message: "asn1: syntax error: truncated tag or length") }
        let first = bytes[index]
        index += 1
        var length = 0
        if first & 0x80 == 0 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count > 0, count <= 4, bytes.endIndex - index >= count else {
                throw Malformed(message: "asn1: syntax error: truncated tag or length")
            }
            for _ in 0..<count {
                length = length << 8 | Int(bytes[index])
                index += 1
            }
        }
        guard bytes.endIndex - index >= length else { throw Malformed(message: "asn1: syntax error: data truncated") }
        let end = index + length
        let element = DERElement(tag: tag, content: bytes[index..<end], encoded: bytes[bytes.startIndex..<end],
                                 headerLength: index - bytes.startIndex)
        return (element, bytes[end...])
    }

    /// The elements inside a constructed element.
    func children() throws -> [DERElement] {
        var rest = content
        var result: [DERElement] = []
        while !rest.isEmpty {
            let (child, next) = try DERElement.read(rest)
            result.append(child)
            rest = next
        }
        return result
    }

    /// Object identifier components, for OID elements.
    var objectIdentifier: [UInt64] {
        var components: [UInt64] = []
        var value: UInt64 = 0
        for byte in content {
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 {
                if components.isEmpty {
                    components += value < 80 ? [value / 40, value % 40] : [2, value - 80]
                } else {
                    components.append(value)
                }
                value = 0
            }
        }
        return components
    }
}
