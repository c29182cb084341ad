import GoTemplate

/// Sprig's `certificate` struct: PEM text of a certificate and of its private key.
final class SprigCertificate: GoObject {
    static let goType = GoType.named("sprig.certificate")

    let cert: String
    let key: String

    init(cert: String, key: String) {
        self.cert = cert
        self.key = key
    }

    var goTypeName: String { "sprig.certificate" }
    var goKindName: String { "struct" }
    func method(named name: String) -> GoFunction? { nil }

    func field(named name: String) -> Value? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }

    func format(plus: Bool) -> String { plus ? "{Cert:\(cert) Key:\(key)}" : "{\(cert) \(key)}" }
}
