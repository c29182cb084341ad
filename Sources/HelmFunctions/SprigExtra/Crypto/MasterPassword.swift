import Crypto
import _CryptoExtras

/// The Master Password algorithm (Lyndir) behind Sprig's `derivePassword`: scrypt(N=32768, r=8, p=2)
/// keyed by user, HMAC-SHA256 seeded by site and counter, then a character template. scrypt and HMAC
/// are swift-crypto's (BoringSSL).
enum MasterPassword {
    private static let seed = Array("com.lyndir.masterpassword".utf8)

    private static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                 "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                 "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                 "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                 "CvccCvcvCvccno"],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    private static let characters: [Character: [UInt8]] = [
        "V": Array("AEIOU".utf8),
        "C": Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        "v": Array("aeiou".utf8),
        "c": Array("bcdfghjklmnpqrstvwxyz".utf8),
        "A": Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        "a": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        "n": Array("0123456789".utf8),
        "o": Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        "x": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    /// Sprig returns its error texts as the result, never failing.
    static func derive(counter: UInt32, type: String, password: [UInt8], user userBytes: [UInt8], site siteBytes: [UInt8]) -> String {
        guard let choices = templates[type] else { return "cannot find password template \(type)" }
        let salt = seed + bigEndian(UInt32(truncatingIfNeeded: userBytes.count)) + userBytes
        let key: SymmetricKey
        do {
            key = try KDF.Scrypt.deriveKey(from: password, salt: salt, outputByteCount: 64, rounds: 32768,
                                           blockSize: 8, parallelism: 2)
        } catch {
            return "failed to derive password: \(error)"
        }
        let message = seed + bigEndian(UInt32(truncatingIfNeeded: siteBytes.count)) + siteBytes + bigEndian(counter)
        let seedBytes = Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
        let template = Array(choices[Int(seedBytes[0]) % choices.count])
        var output: [UInt8] = []
        for (index, element) in template.enumerated() {
            guard let pool = characters[element], index + 1 < seedBytes.count else { continue }
            output.append(pool[Int(seedBytes[index + 1]) % pool.count])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) }
    }
}
