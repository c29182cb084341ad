import Foundation
import XCTest
import GoTemplate
@testable import HelmFunctions

/// Expected values observed from `helm template` (v4.1.4).
final class EncodingFunctionsTests: XCTestCase {
    func testBase64AndBase32() {
        let cases: [(String, String, String)] = [
            ("b64enc", "hello", "aGVsbG8="),
            ("b64enc", "", ""),
            ("b64enc", "ab", "YWI="),
            ("b64enc", "héllo wörld", "aMOpbGxvIHfDtnJsZA=="),
            ("b64dec", "aGVsbG8=", "hello"),
            ("b64dec", "aGVsbG8", "illegal base64 data at input byte 4"),
            ("b64dec", "!!", "illegal base64 data at input byte 0"),
            ("b64dec", "aGVs bG8=", "illegal base64 data at input byte 4"),
            ("b64dec", "aGVs\nbG8=", "hello"),
            ("b64dec", "", ""),
            ("b64dec", "YQ==", "a"),
            ("b64dec", "YQ=", "illegal base64 data at input byte 3"),
            ("b64dec", "YQ==YQ==", "illegal base64 data at input byte 4"),
            ("b64dec", "Y===", "illegal base64 data at input byte 1"),
            ("b64dec", "YWI=", "ab"),
            ("b32enc", "hello", "NBSWY3DP"),
            ("b32enc", "a", "ME======"),
            ("b32enc", "abcdef", "MFRGGZDFMY======"),
            ("b32enc", "", ""),
            ("b32dec", "NBSWY3DP", "hello"),
            ("b32dec", "NBSWY3D", "illegal base32 data at input byte 0"),
            ("b32dec", "nbswy3dp", "illegal base32 data at input byte 0"),
            ("b32dec", "", ""),
            ("b32dec", "ME======", "a"),
            ("b32dec", "ME=====", "illegal base32 data at input byte 7"),
            ("b32dec", "MFRGGZDFMY======", "abcdef"),
            ("b32dec", "MFRGG1DF", "illegal base32 data at input byte 5"),
            ("b32dec", "M=======", "illegal base32 data at input byte 1"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(SprigExtraTest.string(name, [.string(input)]), expected, "\(name) \(input)")
        }
    }

    func testDigests() {
        let cases: [(String, String, String)] = [
            ("sha1sum", "hello", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
            ("sha256sum", "hello", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
            ("sha512sum", "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
            ("adler32sum", "hello", "103547413"),
            ("adler32sum", "", "1"),
            ("sha1sum", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ("sha256sum", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("sha512sum", "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
            ("sha1sum", String(repeating: "abc", count: 100), "c95466320eaae6d19ee314ae4f135b12d45ced9a"),
            ("sha256sum", String(repeating: "abc", count: 100), "d9f5aeb06abebb3be3f38adec9a2e3b94228d52193be923eb4e24c9b56ee0930"),
            ("sha512sum", String(repeating: "abc", count: 100), "01bb4dcc9a05e5e1dec199e763274f275432cefa91177f01e3d6e6353244369fa0669cddc67456c941b42ba04c7b196d6fda6700e2498dc8c83200db134b43c7"),
            ("adler32sum", String(repeating: "xyz", count: 10000), "541419242"),
            ("sha256sum", String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            ("sha256sum", String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            ("sha512sum", String(repeating: "a", count: 112), "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(SprigExtraTest.string(name, [.string(input)]), expected, "\(name) \(input)")
        }
    }

    func testUUIDv4Shape() throws {
        // Helm prints e.g. 1f3a3c5e-8d2b-4c1e-9a7f-0b6d2e4f8a91: version nibble 4, variant 8-b.
        let pattern = try NSRegularExpression(pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        for seed in [UInt64(1), 2, 3, 99] {
            let uuid = SprigExtraTest.string("uuidv4", [], context: SprigExtraTestContext(seed: seed)) ?? ""
            XCTAssertEqual(pattern.numberOfMatches(in: uuid, range: NSRange(uuid.startIndex..., in: uuid)), 1, uuid)
        }
    }
}
