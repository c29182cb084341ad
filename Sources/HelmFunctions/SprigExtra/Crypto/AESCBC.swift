import Crypto
import _CryptoExtras

/// AES-256 in CBC mode as Sprig's `encryptAES`/`decryptAES` use it, on swift-crypto's block cipher:
/// PKCS#7 padding on encryption; decryption keeps the padding, which Sprig strips trusting the last byte.
enum AESCBC {
    /// The ciphertext without the IV; nil for a key that is not 16, 24 or 32 bytes.
    static func encrypt(key: [UInt8], iv: [UInt8], plaintext: [UInt8]) -> [UInt8]? {
        guard let iv = try? AES._CBC.IV(ivBytes: iv),
              let ciphertext = try? AES._CBC.encrypt(plaintext, using: SymmetricKey(data: key), iv: iv) else { return nil }
        return Array(ciphertext)
    }

    /// Decrypts whole blocks (the caller checks the length is a multiple of 16).
    static func decrypt(key: [UInt8], iv: [UInt8], ciphertext: [UInt8]) -> [UInt8]? {
        guard let iv = try? AES._CBC.IV(ivBytes: iv),
              let plaintext = try? AES._CBC.decrypt(ciphertext, using: SymmetricKey(data: key), iv: iv, noPadding: true)
        else { return nil }
        return Array(plaintext)
    }
}
