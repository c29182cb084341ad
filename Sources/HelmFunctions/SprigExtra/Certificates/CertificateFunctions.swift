import Foundation
import GoTemplate

/// Sprig's key and certificate functions (crypto.go): `genPrivateKey`, `genCA…`, `genSelfSignedCert…`,
/// `genSignedCert…` and `buildCustomCert`, with Sprig's error wording.
enum CertificateFunctions {
    private static let list = GoType.interfaceSlice

    static func register(_ registry: inout FunctionRegistry) {
        registry.register("genPrivateKey", [.string]) { ctx, args in
            .string(try generatePrivateKey(try ExtraArgs.string(args, 0), ctx.environment))
        }
        registry.register("genCA", [.string, .int]) { ctx, args in
            let key = try newCertificateKey()
            return try authority(args, key: key, ctx.environment)
        }
        registry.register("genCAWithKey", [.string, .int, .string]) { ctx, args in
            try authority(args, key: try parsedKey(try ExtraArgs.string(args, 2)), ctx.environment)
        }
        registry.register("genSelfSignedCert", [.string, list, list, .int]) { ctx, args in
            let key = try newCertificateKey()
            return try selfSigned(args, key: key, ctx.environment)
        }
        registry.register("genSelfSignedCertWithKey", [.string, list, list, .int, .string]) { ctx, args in
            try selfSigned(args, key: try parsedKey(try ExtraArgs.string(args, 4)), ctx.environment)
        }
        registry.register("genSignedCert", [.string, list, list, .int, SprigCertificate.goType]) { ctx, args in
            let key = try newCertificateKey()
            return try signed(args, key: key, ctx.environment)
        }
        registry.register("genSignedCertWithKey", [.string, list, list, .int, SprigCertificate.goType, .string]) { ctx, args in
            try signed(args, key: try parsedKey(try ExtraArgs.string(args, 5)), ctx.environment)
        }
        registry.register("buildCustomCert", [.string, .string]) { _, args in
            .object(try buildCustomCertificate(certBase64: try ExtraArgs.string(args, 0), keyBase64: try ExtraArgs.string(args, 1)))
        }
    }

    // MARK: genPrivateKey

    /// Sprig returns its messages in place of the key rather than failing.
    private static func generatePrivateKey(_ type: String, _ environment: RenderEnvironment) throws -> String {
        let key: SprigPrivateKey?
        switch type {
        case "", "rsa":
            do { key = try SprigPrivateKey.generateRSA(bits: 4096) } catch {
                return "failed to generate private key: \(error)"
            }
        case "ecdsa":
            key = SprigPrivateKey.generateP256 { RandomBytes.take(32, from: environment) }
        case "ed25519":
            key = SprigPrivateKey.generateEd25519(seed: RandomBytes.take(32, from: environment))
        case "dsa":
            let generated = DSAKeyGenerator.generate { RandomBytes.take($0, from: environment) }
            key = .dsa(DSAKeyGenerator.keyFormat(generated))
        default:
            return "Unknown type " + type
        }
        guard let generated = key else { return "failed to generate private key: key generation failed" }
        return generated.pemBlock.encoded
    }

    // MARK: Certificates

    /// Sprig's RSA-2048 key for the functions without `…WithKey`.
    private static func newCertificateKey() throws -> SprigPrivateKey {
        do { return try SprigPrivateKey.generateRSA(bits: 2048) } catch {
            throw FunctionError("error generating rsa key: \(error)")
        }
    }

    private static func parsedKey(_ pem: String) throws -> SprigPrivateKey {
        do { return try PrivateKeyPEMParser.parse(pem) } catch let error as SprigPrivateKey.KeyError {
            throw FunctionError("parsing private key: " + error.message)
        }
    }

    private static func authority(_ args: [Value], key: SprigPrivateKey, _ environment: RenderEnvironment) throws -> Value {
        var template = try baseTemplate(commonName: try ExtraArgs.string(args, 0), ips: .invalid, dnsNames: .invalid,
                                        days: try ExtraArgs.int(args, 1), environment)
        template.isCA = true
        return try certificate(template, key: key, issuer: nil, signingKey: key)
    }

    private static func selfSigned(_ args: [Value], key: SprigPrivateKey, _ environment: RenderEnvironment) throws -> Value {
        let template = try baseTemplate(commonName: try ExtraArgs.string(args, 0), ips: ExtraArgs.value(args, 1),
                                        dnsNames: ExtraArgs.value(args, 2), days: try ExtraArgs.int(args, 3), environment)
        return try certificate(template, key: key, issuer: nil, signingKey: key)
    }

    private static func signed(_ args: [Value], key: SprigPrivateKey, _ environment: RenderEnvironment) throws -> Value {
        guard case .object(let object) = ExtraArgs.value(args, 4), let ca = object as? SprigCertificate else {
            throw FunctionError("internal: argument 4 should be sprig.certificate")
        }
        guard let caBlock = PEMBlock.decode(ca.cert) else { throw FunctionError("unable to decode certificate") }
        let caCertificate: ParsedCertificate
        do { caCertificate = try ParsedCertificate(der: caBlock.bytes) } catch let error as ParsedCertificate.Malformed {
            throw FunctionError("error parsing certificate: decodedSignerCert.Bytes: " + error.message)
        }
        let caKey: SprigPrivateKey
        do { caKey = try PrivateKeyPEMParser.parse(ca.key) } catch let error as SprigPrivateKey.KeyError {
            throw FunctionError("error parsing private key: " + error.message)
        }
        let template = try baseTemplate(commonName: try ExtraArgs.string(args, 0), ips: ExtraArgs.value(args, 1),
                                        dnsNames: ExtraArgs.value(args, 2), days: try ExtraArgs.int(args, 3), environment)
        let issuer = CertificateIssuer(rawSubject: caCertificate.rawSubject, subjectKeyIdentifier: caCertificate.subjectKeyIdentifier,
                                       subjectPublicKeyInfo: caCertificate.subjectPublicKeyInfo)
        return try certificate(template, key: key, issuer: issuer, signingKey: caKey)
    }

    private static func certificate(_ template: SprigCertificateTemplate, key: SprigPrivateKey, issuer: CertificateIssuer?,
                                    signingKey: SprigPrivateKey) throws -> Value {
        let der: [UInt8]
        do {
            der = try X509CertificateBuilder.create(template, subjectKey: key, issuer: issuer, signingKey: signingKey)
        } catch let error as X509CertificateBuilder.CreationError {
            throw FunctionError("error creating certificate: " + error.message)
        } catch {
            throw FunctionError("error creating certificate: \(error)")
        }
        return .object(SprigCertificate(cert: PEMBlock(type: "CERTIFICATE", bytes: der).encoded, key: key.pemBlock.encoded))
    }

    /// Sprig's `getBaseCertTemplate`: validity from now for `days` days (Go's Duration arithmetic
    /// wraps on overflow), a random 128-bit serial, the given IPs and DNS names.
    private static func baseTemplate(commonName: String, ips: Value, dnsNames: Value, days: Int,
                                     _ environment: RenderEnvironment) throws -> SprigCertificateTemplate {
        var addresses: [[UInt8]] = []
        for item in ips.listValue?.elements ?? [] {
            guard case .string(let text) = item else {
                throw FunctionError("error parsing ip: \(GoFormat.sprint([item])) is not a string")
            }
            guard let bytes = GoNetIPAddr.certificateBytes(text) else { throw FunctionError("error parsing ip: \(text)") }
            addresses.append(bytes)
        }
        var names: [String] = []
        for item in dnsNames.listValue?.elements ?? [] {
            guard case .string(let text) = item else {
                throw FunctionError("error processing alternate dns name: \(GoFormat.sprint([item])) is not a string")
            }
            names.append(text)
        }
        let now = environment.now().timeIntervalSince1970
        let nowSeconds = Int64(now.rounded(.down))
        let nowNanos = Int64(((now - now.rounded(.down)) * 1e9).rounded(.down))
        let validity = Int64(86_400_000_000_000) &* Int64(days)
        var afterSeconds = nowSeconds &+ validity / 1_000_000_000
        let afterNanos = nowNanos + validity % 1_000_000_000
        if afterNanos >= 1_000_000_000 { afterSeconds &+= 1 } else if afterNanos < 0 { afterSeconds &-= 1 }
        return SprigCertificateTemplate(commonName: commonName, ipAddresses: addresses, dnsNames: names,
                                        notBefore: nowSeconds, notAfter: afterSeconds,
                                        serialNumber: RandomBytes.take(16, from: environment), isCA: false)
    }

    // MARK: buildCustomCert

    private static func buildCustomCertificate(certBase64: String, keyBase64: String) throws -> SprigCertificate {
        guard case .success(let certBytes) = GoBase64.decode(certBase64) else {
            throw FunctionError("unable to decode base64 certificate")
        }
        guard case .success(let keyBytes) = GoBase64.decode(keyBase64) else {
            throw FunctionError("unable to decode base64 private key")
        }
        let certText = String(decoding: certBytes, as: UTF8.self)
        let keyText = String(decoding: keyBytes, as: UTF8.self)
        guard let block = PEMBlock.decode(certText) else { throw FunctionError("unable to decode certificate") }
        do { _ = try ParsedCertificate(der: block.bytes) } catch let error as ParsedCertificate.Malformed {
            throw FunctionError("error parsing certificate: decodedCert.Bytes: " + error.message)
        }
        do { _ = try PrivateKeyPEMParser.parse(keyText) } catch let error as SprigPrivateKey.KeyError {
            throw FunctionError("error parsing private key: " + error.message)
        }
        return SprigCertificate(cert: certText, key: keyText)
    }
}
