import Crypto

/// What Sprig's `getBaseCertTemplate` puts in an x509.Certificate template.
struct SprigCertificateTemplate {
    var commonName: String
    /// 4- or 16-byte addresses.
    var ipAddresses: [[UInt8]]
    var dnsNames: [String]
    var notBefore: Int64
    var notAfter: Int64
    var serialNumber: [UInt8]
    var isCA: Bool
}

/// The issuing side of a certificate: itself when self-signed.
struct CertificateIssuer {
    var rawSubject: [UInt8]
    var subjectKeyIdentifier: [UInt8]?
    /// The issuer certificate's public key, which the signing key must match; nil when self-signed.
    var subjectPublicKeyInfo: [UInt8]?
}

/// The subset of Go's `x509.CreateCertificate` Sprig exercises, writing the same DER: extensions in Go's
/// order and criticality, a truncated-SHA-256 subject key identifier for CAs (Go 1.25), and the issuer's
/// key identifier as authority key identifier when issuer and subject differ.
enum X509CertificateBuilder {
    struct CreationError: Error {
        let message: String
    }

    static func create(_ template: SprigCertificateTemplate, subjectKey: SprigPrivateKey, issuer: CertificateIssuer?,
                       signingKey: SprigPrivateKey) throws -> [UInt8] {
        do {
            let signatureAlgorithm = try signingKey.signatureAlgorithm()
            let publicKeyInfo = try subjectKey.subjectPublicKeyInfo()
            let subject = name(commonName: template.commonName)
            let issuerName = issuer?.rawSubject ?? subject
            if let expected = issuer?.subjectPublicKeyInfo, try signingKey.subjectPublicKeyInfo() != expected {
                throw CreationError(message: "x509: provided PrivateKey doesn't match parent's PublicKey")
            }
            var authorityKeyIdentifier: [UInt8]?
            if issuerName != subject, let identifier = issuer?.subjectKeyIdentifier, !identifier.isEmpty {
                authorityKeyIdentifier = identifier
            }
            let subjectKeyIdentifier = template.isCA ? try keyIdentifier(publicKeyInfo) : nil
            let tbs = DER.sequence([
                DER.contextSpecific(0, constructed: true, DER.integer(2)),
                DER.unsignedInteger(template.serialNumber),
                signatureAlgorithm,
                issuerName,
                DER.sequence([ASN1Time.encode(unixSeconds: template.notBefore), ASN1Time.encode(unixSeconds: template.notAfter)]),
                subject,
                publicKeyInfo,
                DER.contextSpecific(3, constructed: true, DER.sequence(extensions(template, subjectKeyIdentifier: subjectKeyIdentifier,
                                                                                  authorityKeyIdentifier: authorityKeyIdentifier,
                                                                                  subjectIsEmpty: template.commonName.isEmpty))),
            ])
            let signature = try signingKey.sign(tbs)
            return DER.sequence([tbs, signatureAlgorithm, DER.bitString(signature)])
        } catch let error as SprigPrivateKey.KeyError {
            throw CreationError(message: error.message)
        }
    }

    /// `pkix.Name{CommonName: cn}`: PrintableString when the text allows it, else UTF8String; no RDN when empty.
    static func name(commonName: String) -> [UInt8] {
        guard !commonName.isEmpty else { return DER.sequence([]) }
        let printable = commonName.utf8.allSatisfy { c in
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || " '()+,-./:=?".utf8.contains(c)
        }
        let value = DER.element(printable ? 0x13 : 0x0C, Array(commonName.utf8))
        return DER.sequence([DER.element(0x31, DER.sequence([DER.objectIdentifier(ObjectIdentifiers.commonName), value]))])
    }

    private static func keyIdentifier(_ publicKeyInfo: [UInt8]) throws -> [UInt8] {
        let (info, _) = try DERElement.read(publicKeyInfo[...])
        guard let bitString = try info.children().last, bitString.content.count > 1 else { return [] }
        return Array(SHA256.hash(data: Array(bitString.content.dropFirst())).prefix(20))
    }

    private static func extensions(_ template: SprigCertificateTemplate, subjectKeyIdentifier: [UInt8]?,
                                   authorityKeyIdentifier: [UInt8]?, subjectIsEmpty: Bool) -> [[UInt8]] {
        func item(_ oid: [UInt64], critical: Bool, _ value: [UInt8]) -> [UInt8] {
            DER.sequence([DER.objectIdentifier(oid)] + (critical ? [DER.trueBoolean] : []) + [DER.octetString(value)])
        }
        // digitalSignature | keyEncipherment (| keyCertSign), bits numbered from the most significant.
        let keyUsage = template.isCA ? DER.bitString([0xA4], unusedBits: 2) : DER.bitString([0xA0], unusedBits: 5)
        var result = [
            item(ObjectIdentifiers.keyUsage, critical: true, keyUsage),
            item(ObjectIdentifiers.extendedKeyUsage, critical: false,
                 DER.sequence([DER.objectIdentifier(ObjectIdentifiers.serverAuth), DER.objectIdentifier(ObjectIdentifiers.clientAuth)])),
            item(ObjectIdentifiers.basicConstraints, critical: true, DER.sequence(template.isCA ? [DER.trueBoolean] : [])),
        ]
        if let identifier = subjectKeyIdentifier {
            result.append(item(ObjectIdentifiers.subjectKeyIdentifier, critical: false, DER.octetString(identifier)))
        }
        if let identifier = authorityKeyIdentifier {
            result.append(item(ObjectIdentifiers.authorityKeyIdentifier, critical: false,
                               DER.sequence([DER.contextSpecific(0, constructed: false, identifier)])))
        }
        if !template.dnsNames.isEmpty || !template.ipAddresses.isEmpty {
            let names = template.dnsNames.map { DER.contextSpecific(2, constructed: false, Array($0.utf8)) }
                + template.ipAddresses.map { DER.contextSpecific(7, constructed: false, $0) }
            // Go marks the SAN extension critical when the subject is empty (RFC 5280 §4.2.1.6).
            result.append(item(ObjectIdentifiers.subjectAlternativeName, critical: subjectIsEmpty, DER.sequence(names)))
        }
        return result
    }
}
