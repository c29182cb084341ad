import XCTest
import GoTemplate
@testable import HelmFunctions

/// Ciphertexts and passwords below were produced by `helm template` (v4.1.4).
final class CryptoFunctionsTests: XCTestCase {
    func testDecryptHelmCiphertexts() {
        let cases: [(String, String, String)] = [
            ("secretkey", "714ltcBUrInvSP4EsWeplr6Xr2eG4rztO5xmSGiJwrI=", "hello world"),
            ("a-very-long-password-longer-than-32-bytes!!",
             "3Y4/sYEHCRZXR5K3/pgKYwzCc7UhvTrkNyI47u/+/ZWi2mYMtbK48bKiB+R6UyYGILFORBJZfwBaZ9Mg1E9NpS4IRyqpW2jVyHNwiTJdSwrHkg9mi0MTienRGUtuQb6PIWh/psUhWFP4Covla1mS4Q==",
             String(repeating: "exactly16bytes!!", count: 5)),
            ("", "9fSyiQhziAk/a0g0XlaBjuYbt3m1LdZtiAPZDNoA+tU=", "x"),
            ("k", "", ""),
        ]
        for (password, ciphertext, plaintext) in cases {
            XCTAssertEqual(SprigExtraTest.string("decryptAES", [.string(password), .string(ciphertext)]), plaintext)
        }
    }

    func testDecryptErrorsMatchGoPanics() {
        let cases: [(String, String, String)] = [
            ("k", "abc", "illegal base64 data at input byte 0"),
            ("k", "YWJj", "runtime error: slice bounds out of range [:16] with capacity 3"),
            ("k", "MDEyMzQ1Njc4OWFiY2RlZg==", "runtime error: index out of range [-1]"),
            ("k", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "runtime error: slice bounds out of range [:-233]"),
            ("k", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWZh", "crypto/cipher: input not full blocks"),
            ("secretkey", "pC4zNkGLqBSS2Y1n8bjbQbOVrWk3+8nzzw4eGUQd3xk=", "runtime error: slice bounds out of range [:-187]"),
            ("", "MDEyMzQ1Njc4OWFiY2RlZnVGUjpjaXN6d2hyZk9Xc1U=", "runtime error: slice bounds out of range [:-36]"),
        ]
        for (password, ciphertext, message) in cases {
            XCTAssertEqual(SprigExtraTest.errorMessage("decryptAES", [.string(password), .string(ciphertext)]), message, ciphertext)
        }
    }

    func testEncryptRoundTripAndShape() {
        let context = SprigExtraTestContext(seed: 7)
        guard let encrypted = SprigExtraTest.string("encryptAES", [.string("secretkey"), .string("hello")], context: context) else { return }
        // Helm: `encryptAES "secretkey" "hello" | len` is 44; decrypting gives the input back.
        XCTAssertEqual(encrypted.count, 44)
        XCTAssertEqual(SprigExtraTest.string("decryptAES", [.string("secretkey"), .string(encrypted)]), "hello")
        XCTAssertEqual(SprigExtraTest.string("encryptAES", [.string("k"), .string("")]), "")
    }

    func testDerivePassword() {
        let cases: [(Int, String, String, String, String, String)] = [
            (1, "long", "password", "user", "example.com", "ZedaFaxcZaso9*"),
            (1, "foo", "password", "user", "example.com", "cannot find password template foo"),
            (3, "maximum", "pw", "u", "s", "b9$3@lm3FOLUFJ1mTnXS"),
            (2, "medium", "Ω pässword", "ünïcode", "sité.org", "Koj9?Car"),
        ]
        for (counter, type, password, user, site, expected) in cases {
            XCTAssertEqual(SprigExtraTest.string("derivePassword", [.int(counter), .string(type), .string(password), .string(user), .string(site)]),
                           expected, "\(type) \(password)")
        }
    }

    func testRandInt() throws {
        XCTAssertEqual(SprigExtraTest.errorMessage("randInt", [.int(5), .int(5)]), "invalid argument to Intn")
        for seed in UInt64(1)...20 {
            guard case .int(let n) = try SprigExtraTest.call("randInt", [.int(1), .int(3)], context: SprigExtraTestContext(seed: seed)) else {
                return XCTFail("randInt must return int")
            }
            XCTAssertTrue((1..<3).contains(n), "\(n)")
        }
    }
}
