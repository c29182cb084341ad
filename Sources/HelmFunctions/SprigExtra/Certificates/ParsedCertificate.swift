/// The parts of a DER certificate that signing a new one needs from its issuer: the subject exactly as
/// encoded, the public key, and the subject key identifier.
struct ParsedCertificate {
    let rawSubject: [UInt8]
    let subjectPublicKeyInfo: [UInt8]
    let subjectKeyIdentifier: [UInt8]?

    struct Malformed: Error {
        let message: String
    }

    init(der: [UInt8]) throws {
        do {
            let (certificate, rest) = try DERElement.read(der[...])
            guard rest.isEmpty else { throw Malformed(message: "x509: trailing data") }
            let parts = try certificate.children()
            guard certificate.tag == DER.sequenceTag, parts.count == 3, parts[0].tag == DER.sequenceTag else {
                throw Malformed(message: "x509: malformed certificate")
            }
            var tbs = try parts[0].children()
            if tbs.first?.tag == 0xA0 { tbs.removeFirst() } // explicit version
            // serial, signature, issuer, validity, subject, subjectPublicKeyInfo, then optional fields
            guard tbs.count >= 6, tbs[0].tag == 0x02, tbs[4].tag == DER.sequenceTag, tbs[5].tag == DER.sequenceTag else {
                throw Malformed(message: "x509: malformed tbs certificate")
            }
            rawSubject = Array(tbs[4].encoded)
            subjectPublicKeyInfo = Array(tbs[5].encoded)
            subjectKeyIdentifier = try ParsedCertificate.subjectKeyIdentifier(in: tbs.dropFirst(6).first { $0.tag == 0xA3 })
        } catch let error as DERElement.Malformed {
            throw Malformed(message: "x509: malformed certificate (" + error.message + ")")
        }
    }

    private static func subjectKeyIdentifier(in extensionsField: DERElement?) throws -> [UInt8]? {
        guard let extensionsField = extensionsField, let list = try extensionsField.children().first else { return nil }
        for item in try list.children() {
            let fields = try item.children()
            guard fields.first?.objectIdentifier == ObjectIdentifiers.subjectKeyIdentifier, let value = fields.last else { continue }
            let (identifier, _) = try DERElement.read(value.content)
            return Array(identifier.content)
        }
        return nil
    }
}
