import Crypto
import _CryptoExtras

/// Sprig's `parsePrivateKeyPEM`: the first PEM block, read by its type as PKCS #8, PKCS #1 RSA, SEC 1 EC
/// or Sprig's DSA layout, with Sprig's error wording around each failure.
enum PrivateKeyPEMParser {
    static func parse(_ text: String) throws -> SprigPrivateKey {
        guard let block = PEMBlock.decode(text) else { throw fail("no PEM data in input") }
        if block.type == "PRIVATE KEY" {
            do { return try pkcs8(block.bytes) } catch let error as SprigPrivateKey.KeyError {
                throw fail("decoding PEM as PKCS#8: " + error.message)
            }
        }
        guard block.type.hasSuffix(" PRIVATE KEY") else {
            throw fail("no private key data in PEM block of type \(block.type)")
        }
        switch String(block.type.dropLast(" PRIVATE KEY".count)) {
        case "RSA":
            do { return try pkcs1(block.bytes) } catch let error as SprigPrivateKey.KeyError {
                throw fail("parsing RSA private key from PEM: " + error.message)
            }
        case "EC":
            do { return try sec1(block.bytes) } catch let error as SprigPrivateKey.KeyError {
                throw fail("parsing EC private key from PEM: x509: failed to parse EC private key: " + error.message)
            }
        case "DSA":
            do { return try dsa(block.bytes) } catch let error as SprigPrivateKey.KeyError {
                throw fail("parsing DSA private key from PEM: " + error.message)
            }
        default:
            throw fail("invalid private key type \(block.type)")
        }
    }

    private static func fail(_ message: String) -> SprigPrivateKey.KeyError { SprigPrivateKey.KeyError(message: message) }

    /// The outer SEQUENCE's elements, or Go's encoding/asn1 message for a wrong outer tag.
    private static func topLevel(_ der: [UInt8], goType: String) throws -> [DERElement] {
        do {
            let (element, rest) = try DERElement.read(der[...])
            guard element.tag == DER.sequenceTag else {
                // encoding/asn1's "tags don't match" for the struct being unmarshalled.
                let params = "{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> "
                    + "stringType:0 timeType:0 set:false omitEmpty:false}"
                throw fail("asn1: structure error: tags don't match (16 vs {class:\(element.tag >> 6) tag:\(element.tag & 0x1F) "
                    + "length:\(element.content.count) isCompound:\(element.isConstructed)}) \(params) \(goType) @\(element.headerLength)")
            }
            guard rest.isEmpty else { throw fail("asn1: syntax error: trailing data") }
            return try element.children()
        } catch let error as DERElement.Malformed {
            throw fail(error.message)
        }
    }

    private static func pkcs1(_ der: [UInt8]) throws -> SprigPrivateKey {
        _ = try topLevel(der, goType: "pkcs1PrivateKey")
        guard let key = try? _RSA.Signing.PrivateKey(derRepresentation: der) else {
            throw fail("x509: invalid RSA private key")
        }
        return .rsa(key)
    }

    private static func sec1(_ der: [UInt8]) throws -> SprigPrivateKey {
        let fields = try topLevel(der, goType: "ecPrivateKey")
        let curve = fields.first { $0.tag == 0xA0 }.flatMap { try? $0.children().first }?.objectIdentifier
        return try ecKey(der, curve: curve)
    }

    private static func ecKey(_ der: [UInt8], curve: [UInt64]?) throws -> SprigPrivateKey {
        switch curve {
        case ObjectIdentifiers.p256?:
            if let key = try? P256.Signing.PrivateKey(derRepresentation: der) { return .p256(key) }
        case ObjectIdentifiers.p384?:
            if let key = try? P384.Signing.PrivateKey(derRepresentation: der) { return .p384(key) }
        case ObjectIdentifiers.p521?:
            if let key = try? P521.Signing.PrivateKey(derRepresentation: der) { return .p521(key) }
        default:
            throw fail("x509: unknown elliptic curve")
        }
        throw fail("x509: invalid elliptic curve private key value")
    }

    private static func pkcs8(_ der: [UInt8]) throws -> SprigPrivateKey {
        let fields = try topLevel(der, goType: "pkcs8")
        guard fields.count >= 3, let algorithm = try? fields[1].children(), let oid = algorithm.first?.objectIdentifier else {
            throw fail("asn1: syntax error: sequence truncated")
        }
        switch oid {
        case ObjectIdentifiers.rsaEncryption:
            guard let key = try? _RSA.Signing.PrivateKey(derRepresentation: der) else {
                throw fail("x509: failed to parse RSA private key embedded in PKCS#8: x509: invalid RSA private key")
            }
            return .rsa(key)
        case ObjectIdentifiers.ecPublicKey:
            let curve = algorithm.count > 1 ? algorithm[1].objectIdentifier : nil
            do { return try ecKey(der, curve: curve) } catch let error as SprigPrivateKey.KeyError {
                throw fail("x509: failed to parse EC private key embedded in PKCS#8: " + error.message)
            }
        case ObjectIdentifiers.ed25519:
            guard let inner = try? DERElement.read(fields[2].content).0, inner.tag == 0x04, inner.content.count == 32,
                  let key = SprigPrivateKey.generateEd25519(seed: Array(inner.content)) else {
                throw fail("x509: invalid Ed25519 private key")
            }
            return key
        default:
            throw fail("x509: PKCS#8 wrapping contained private key with unknown algorithm: " + oid.map(String.init).joined(separator: "."))
        }
    }

    private static func dsa(_ der: [UInt8]) throws -> SprigPrivateKey {
        let fields = try topLevel(der, goType: "DSAKeyFormat")
        guard fields.count == 6, fields.allSatisfy({ $0.tag == 0x02 }) else {
            throw fail("asn1: structure error: sequence truncated")
        }
        return .dsa(SprigPrivateKey.DSAKeyFormat(elements: fields.map { Array($0.content) }))
    }
}
