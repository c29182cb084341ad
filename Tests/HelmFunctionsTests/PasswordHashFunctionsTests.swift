import XCTest
import GoTemplate
@testable import HelmFunctions

/// bcrypt hashes below were printed by `helm template` (v4.1.4); re-hashing each password with the salt
/// embedded in Helm's hash must give Helm's hash back.
final class PasswordHashFunctionsTests: XCTestCase {
    func testBlowfishStartsFromPi() {
        let state = Blowfish()
        XCTAssertEqual(state.p[0], 0x243F_6A88)
        XCTAssertEqual(state.p[17], 0x8979_FB1B)
        XCTAssertEqual(state.s0[0], 0xD131_0BA6)
        XCTAssertEqual(state.s3[255], 0x3AC3_72E6)
    }

    func testHelmHashesReproduceFromTheirSalts() throws {
        let cases: [(String, String)] = [
            ("hello", "$2a$10$Ho2wqVmfIMiP/55uk/SR.OjQvNxUU8E8YzuVkNJxR8FMFyteqkvoS"),
            ("pw", "$2a$10$1HnxkNWMvPPGr52DaBQ9R.AJUD719TQU1XsJSJxI3INqo2pCqDWYq"),
            ("", "$2a$10$Mnbjr9FMeHFN6WR8N1Fn9uGjKmYVeASzmuCOln06UA8dWgmGWF9EC"),
            ("012345678901234567890123456789012345678901234567890123456789012345678901",
             "$2a$10$sRWagYArHmb0icXzwQY2P.A0K9EbftLoiDAoSQofe9nmcgXg8U/f6"),
        ]
        for (password, helmHash) in cases {
            let saltText = String(helmHash.dropFirst(7).prefix(22))
            let salt = try XCTUnwrap(BcryptBase64.decode(saltText))
            XCTAssertEqual(salt.count, 16)
            XCTAssertEqual(try Bcrypt.hash(password: Array(password.utf8), salt: salt), helmHash, password)
        }
    }

    func testBcryptShapeAndLimits() throws {
        let hash = try XCTUnwrap(SprigExtraTest.string("bcrypt", [.string("hello")]))
        XCTAssertEqual(hash.count, 60)
        XCTAssertTrue(hash.hasPrefix("$2a$10$"))
        let tooLong = String(repeating: "x", count: 73)
        XCTAssertEqual(SprigExtraTest.string("bcrypt", [.string(tooLong)]),
                       "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes")
    }

    func testHtpasswd() throws {
        XCTAssertEqual(SprigExtraTest.string("htpasswd", [.string("us:er"), .string("pw")]), "invalid username: us:er")
        let line = try XCTUnwrap(SprigExtraTest.string("htpasswd", [.string("user"), .string("pw")]))
        XCTAssertTrue(line.hasPrefix("user:$2a$10$"))
        XCTAssertEqual(line.count, 5 + 60)
        let tooLong = String(repeating: "0123456789", count: 7) + "012"
        XCTAssertEqual(SprigExtraTest.string("htpasswd", [.string("u"), .string(tooLong)]),
                       "u:failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes")
    }

    func testRandBytes() throws {
        // Helm: `randBytes 3 | len` is 4, `randBytes 0` is empty, `randBytes -1` panics in make.
        XCTAssertEqual(SprigExtraTest.string("randBytes", [.int(3)])?.count, 4)
        XCTAssertEqual(SprigExtraTest.string("randBytes", [.int(0)]), "")
        XCTAssertEqual(SprigExtraTest.errorMessage("randBytes", [.int(-1)]), "runtime error: makeslice: len out of range")
        let encoded = try XCTUnwrap(SprigExtraTest.string("randBytes", [.int(32)]))
        guard case .success(let bytes) = GoBase64.decode(encoded) else { return XCTFail(encoded) }
        XCTAssertEqual(bytes.count, 32)
    }

    /// With `--enable-dns`, Helm printed 127.0.0.1 for localhost (from /etc/hosts), IP literals as written,
    /// and `invalid argument to Intn` for names that do not resolve.
    func testGetHostByName() {
        XCTAssertEqual(SprigExtraTest.string("getHostByName", [.string("127.0.0.1")]), "127.0.0.1")
        XCTAssertEqual(SprigExtraTest.string("getHostByName", [.string("::1")]), "::1")
        XCTAssertEqual(SprigExtraTest.errorMessage("getHostByName", [.string("")]), "invalid argument to Intn")
        XCTAssertEqual(SprigExtraTest.errorMessage("getHostByName", [.string("nonexistent.invalid")]), "invalid argument to Intn")
        if let localhost = SprigExtraTest.string("getHostByName", [.string("localhost")]) {
            XCTAssertTrue(["127.0.0.1", "::1"].contains(localhost), localhost)
        }
    }
}
