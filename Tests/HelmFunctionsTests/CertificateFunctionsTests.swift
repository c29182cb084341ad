import XCTest
import GoTemplate
@testable import HelmFunctions

/// Keys and certificates are random, so these check what Helm's (v4.1.4) output showed under
/// `openssl x509 -text` / `asn1parse`: PEM types, RSA 2048 certificate keys, CN as PrintableString,
/// validity of N days, extension order and criticality, SANs, CA subject key identifier, and the CA's
/// key identifier on signed certificates. Errors are Helm's exact messages.
final class CertificateFunctionsTests: XCTestCase {
    private let context = SprigExtraTestContext(now: Date(timeIntervalSince1970: 1_700_000_000))

    private func certificate(_ name: String, _ args: [Value]) throws -> SprigCertificate {
        guard case .object(let object) = try SprigExtraTest.call(name, args, context: context),
              let certificate = object as? SprigCertificate else { throw FunctionError("\(name) returned no certificate") }
        return certificate
    }

    /// TBSCertificate fields after the version: serial, signature, issuer, validity, subject, key, extensions.
    private func tbs(_ pem: String) throws -> [DERElement] {
        let block = try XCTUnwrap(PEMBlock.decode(pem))
        XCTAssertEqual(block.type, "CERTIFICATE")
        let (certificate, _) = try DERElement.read(block.bytes[...])
        return Array(try certificate.children()[0].children().dropFirst())
    }

    private func extensionOIDs(_ fields: [DERElement]) throws -> [([UInt64], Bool)] {
        let list = try XCTUnwrap(try fields.last?.children().first)
        return try list.children().map { item in
            let parts = try item.children()
            return (parts[0].objectIdentifier, parts.count == 3)
        }
    }

    func testCertificateAuthority() throws {
        let ca = try certificate("genCA", [.string("my-ca"), .int(10)])
        XCTAssertTrue(ca.key.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
        let fields = try tbs(ca.cert)
        XCTAssertEqual(fields[2].encoded, fields[4].encoded) // self-issued
        XCTAssertEqual(Array(fields[4].encoded), X509CertificateBuilder.name(commonName: "my-ca"))
        XCTAssertEqual(Array(fields[3].encoded), DER.sequence([ASN1Time.encode(unixSeconds: 1_700_000_000),
                                                               ASN1Time.encode(unixSeconds: 1_700_000_000 + 10 * 86_400)]))
        XCTAssertEqual(Array(ASN1Time.encode(unixSeconds: 1_700_000_000)), DER.element(0x17, Array("231114221320Z".utf8)))
        let extensions = try extensionOIDs(fields)
        XCTAssertEqual(extensions.map { $0.0 }, [ObjectIdentifiers.keyUsage, ObjectIdentifiers.extendedKeyUsage,
                                                 ObjectIdentifiers.basicConstraints, ObjectIdentifiers.subjectKeyIdentifier])
        XCTAssertEqual(extensions.map { $0.1 }, [true, false, true, false])
        // 2048-bit modulus: the SPKI of an RSA-2048 key is 294 bytes.
        XCTAssertEqual(fields[5].encoded.count, 294)
        let serial = fields[0]
        XCTAssertLessThanOrEqual(serial.content.count, 17)
    }

    func testSignedCertificateChainsToItsCA() throws {
        let ca = try certificate("genCA", [.string("my-ca"), .int(10)])
        let leaf = try certificate("genSignedCert", [.string("svc"), .list([.string("10.0.0.1"), .string("::1")]),
                                                     .list([.string("a.example"), .string("b")]), .int(5), .object(ca)])
        let caFields = try tbs(ca.cert), fields = try tbs(leaf.cert)
        XCTAssertEqual(fields[2].encoded, caFields[4].encoded)
        let extensions = try extensionOIDs(fields)
        XCTAssertEqual(extensions.map { $0.0 }, [ObjectIdentifiers.keyUsage, ObjectIdentifiers.extendedKeyUsage,
                                                 ObjectIdentifiers.basicConstraints, ObjectIdentifiers.authorityKeyIdentifier,
                                                 ObjectIdentifiers.subjectAlternativeName])
        // The SAN bytes Helm wrote for the same names and addresses.
        let san = try XCTUnwrap(try fields.last?.children().first?.children().last?.children().last)
        XCTAssertEqual(Array(san.content), hex("30268209612E6578616D706C6582016287040A000001871000000000000000000000000000000001"))
        let caIdentifier = try XCTUnwrap(try ParsedCertificate(der: XCTUnwrap(PEMBlock.decode(ca.cert)).bytes).subjectKeyIdentifier)
        let aki = try XCTUnwrap(try fields.last?.children().first?.children()[3].children().last)
        XCTAssertEqual(Array(aki.content), DER.sequence([DER.contextSpecific(0, constructed: false, caIdentifier)]))
        XCTAssertEqual(caIdentifier.count, 20)
    }

    func testSelfSignedWithKeys() throws {
        for type in ["ecdsa", "ed25519"] {
            let pem = try XCTUnwrap(SprigExtraTest.string("genPrivateKey", [.string(type)], context: context))
            XCTAssertTrue(pem.hasPrefix(type == "ecdsa" ? "-----BEGIN EC PRIVATE KEY-----\n" : "-----BEGIN PRIVATE KEY-----\n"))
            let cert = try certificate("genSelfSignedCertWithKey", [.string("self"), .null, .null, .int(7), .string(pem)])
            XCTAssertEqual(cert.key, pem)
            XCTAssertEqual(try extensionOIDs(try tbs(cert.cert)).map { $0.0 },
                           [ObjectIdentifiers.keyUsage, ObjectIdentifiers.extendedKeyUsage, ObjectIdentifiers.basicConstraints])
            let rebuilt = try certificate("buildCustomCert", [.string(GoBase64.encode(Array(cert.cert.utf8))),
                                                              .string(GoBase64.encode(Array(cert.key.utf8)))])
            XCTAssertEqual(rebuilt.cert, cert.cert)
        }
        // Helm's ed25519 key PEM is 119 bytes: a PKCS #8 header plus the 32-byte seed.
        XCTAssertEqual(SprigExtraTest.string("genPrivateKey", [.string("ed25519")], context: context)?.count, 119)
    }

    func testHelmMessages() {
        XCTAssertEqual(SprigExtraTest.string("genPrivateKey", [.string("foo")]), "Unknown type foo")
        let cases: [(String, [Value], String)] = [
            ("genSelfSignedCert", [.string("x"), .list([.int(1)]), .null, .int(3)], "error parsing ip: 1 is not a string"),
            ("genSelfSignedCert", [.string("x"), .list([.string("1.2.3.300")]), .null, .int(3)], "error parsing ip: 1.2.3.300"),
            ("genSelfSignedCert", [.string("x"), .null, .list([.int(1)]), .int(3)], "error processing alternate dns name: 1 is not a string"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("junk")], "parsing private key: no PEM data in input"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n")],
             "parsing private key: no private key data in PEM block of type FOO"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("-----BEGIN X PRIVATE KEY-----\nAAAA\n-----END X PRIVATE KEY-----\n")],
             "parsing private key: invalid private key type X PRIVATE KEY"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")],
             "parsing private key: parsing RSA private key from PEM: asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} pkcs1PrivateKey @2"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n")],
             "parsing private key: parsing EC private key from PEM: x509: failed to parse EC private key: asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} ecPrivateKey @2"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")],
             "parsing private key: decoding PEM as PKCS#8: asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} pkcs8 @2"),
            ("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(3), .string("-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----\n")],
             "parsing private key: parsing DSA private key from PEM: asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} DSAKeyFormat @2"),
            ("buildCustomCert", [.string("a"), .string("b")], "unable to decode base64 certificate"),
            ("buildCustomCert", [.string("YQ=="), .string("!!")], "unable to decode base64 private key"),
            ("buildCustomCert", [.string("YQ=="), .string("YQ==")], "unable to decode certificate"),
        ]
        for (name, args, message) in cases {
            XCTAssertEqual(SprigExtraTest.errorMessage(name, args), message, name)
        }
    }

    private func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var chars = Array(text.utf8)[...]
        while chars.count >= 2 {
            bytes.append(UInt8(String(decoding: chars.prefix(2), as: UTF8.self), radix: 16) ?? 0)
            chars = chars.dropFirst(2)
        }
        return bytes
    }
}
