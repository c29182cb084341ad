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

    /// Unicode and empty input and lengths around the SHA block boundaries (55/56/63/64/65 for 64-byte
    /// blocks, 111/112/127/128/129 for SHA-512), as Helm v4.1.4 printed them.
    func testDigestsOfUnicodeAndBlockBoundaries() {
        let cases: [(String, String, String)] = [
            ("sha1sum", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ("sha256sum", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("sha512sum", "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
            ("sha1sum", "\u{E9}", "bf15be717ac1b080b4f1c456692825891ff5073d"),
            ("sha256sum", "\u{E9}", "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"),
            ("sha512sum", "\u{E9}", "9e2ad28633f24451bd4f3c1cb20586a21a44c3aeedbdc01b9cc8fa72917ea7bd689c82b8bf1fef89b911cf8cc46fa2c1ccc10087b2094fd4d3350ecd88526a2c"),
            ("sha1sum", "\u{FC}n\u{EF}c\u{F8}d\u{E9} \u{2713} \u{65E5}\u{672C}\u{8A9E} \u{1F389}", "f62818d2cec8e083ab8d70c707000fe71bd2012c"),
            ("sha256sum", "\u{FC}n\u{EF}c\u{F8}d\u{E9} \u{2713} \u{65E5}\u{672C}\u{8A9E} \u{1F389}", "33756b5de6c559f2231a8188ebfa7e76448a0f4e153757bdcb9d543ade56e3d8"),
            ("sha512sum", "\u{FC}n\u{EF}c\u{F8}d\u{E9} \u{2713} \u{65E5}\u{672C}\u{8A9E} \u{1F389}", "617a4d8f974161e934dea38c4d122a9b96019ba05309b1d950c72271e0e46e567626a6f10986b7483eaa1ecf90fbdda72e0f7753fc5bdca7bf8ebe92826e9cbd"),
            ("sha1sum", "\u{3A9}", "c127b56a60a200e82b23217f18a7e5b4291bfa27"),
            ("sha256sum", "\u{3A9}", "e3c622e5fd53065d82b70802b06f30aee09e564e033a7d13c773fa67d5fcf1e8"),
            ("sha512sum", "\u{3A9}", "d51a08c01b852c0e247b8e48e8fa32914b3aa6b20976be7855f735f9601041ef3c284c1ebe234a008c6859a5964af91fadbaf20a6daa4e3078ada79c9bd7dae1"),
            ("sha1sum", String(repeating: "\u{E9}", count: 55), "4e0d7d3c807026a41cd95aab615d125594688f38"),
            ("sha256sum", String(repeating: "\u{E9}", count: 55), "ecfd98061e00cb5a7c95b6d96ef39c2ee57958a1369cfd648b967d6692441dbb"),
            ("sha512sum", String(repeating: "\u{E9}", count: 55), "28a75062a30769f0e649badc9626bc1751ad4a3b8cfb6a5c44e3724d0e3e2379b2d8b905a359cd9e104cf0334343290073a988de1a7a797ec2f38144976c4f56"),
            ("sha1sum", String(repeating: "a", count: 55), "c1c8bbdc22796e28c0e15163d20899b65621d65a"),
            ("sha256sum", String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            ("sha512sum", String(repeating: "a", count: 55), "b0220c772cbf6c1822e2cb38a437d0e1d58772417a4bbb21c961364f8b6143e05aa6316dca8d1d7b19e16448419076395f6086cb55101fbd6d5497b148e1745f"),
            ("sha1sum", String(repeating: "a", count: 56), "c2db330f6083854c99d4b5bfb6e8f29f201be699"),
            ("sha256sum", String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            ("sha512sum", String(repeating: "a", count: 56), "962b64aae357d2a4fee3ded8b539bdc9d325081822b0bfc55583133aab44f18bafe11d72a7ae16c79ce2ba620ae2242d5144809161945f1367f41b3972e26e04"),
            ("sha1sum", String(repeating: "a", count: 63), "03f09f5b158a7a8cdad920bddc29b81c18a551f5"),
            ("sha256sum", String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
            ("sha512sum", String(repeating: "a", count: 63), "c1b0f5c6d3b03dfe4a2602e67242f54e344090b66e01100a469b129f583f016c7e27dddeaa438393dcc7ec54b0b57c9ba7af007f9b56db5f6fb677d972a31362"),
            ("sha1sum", String(repeating: "a", count: 64), "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
            ("sha256sum", String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
            ("sha512sum", String(repeating: "a", count: 64), "01d35c10c6c38c2dcf48f7eebb3235fb5ad74a65ec4cd016e2354c637a8fb49b695ef3c1d6f7ae4cd74d78cc9c9bcac9d4f23a73019998a7f73038a5c9b2dbde"),
            ("sha1sum", String(repeating: "a", count: 65), "11655326c708d70319be2610e8a57d9a5b959d3b"),
            ("sha256sum", String(repeating: "a", count: 65), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
            ("sha512sum", String(repeating: "a", count: 65), "b83086cd8494e55708ad7ecd82dfb4bca1bda61ecbb7caf0c68967902e709345e5d8305eb7ac0d588afc6cbb75161aa9c8c7e0ea986bd833dafe5e1ccd37345a"),
            ("sha1sum", String(repeating: "a", count: 111), "ac877859d427d9192054eea8feb3b8a403ef83a5"),
            ("sha256sum", String(repeating: "a", count: 111), "6374f73208854473827f6f6a3f43b1f53eaa3b82c21c1a6d69a2110b2a79baad"),
            ("sha512sum", String(repeating: "a", count: 111), "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2"),
            ("sha1sum", String(repeating: "a", count: 112), "689993727ba37386bb032495e9dbdfb4dd1ba744"),
            ("sha256sum", String(repeating: "a", count: 112), "f54353008a2553262ecdc4a34749563ba0950e8b0fc8652780b0a614b99683c1"),
            ("sha512sum", String(repeating: "a", count: 112), "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca"),
            ("sha1sum", String(repeating: "a", count: 119), "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"),
            ("sha256sum", String(repeating: "a", count: 119), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
            ("sha512sum", String(repeating: "a", count: 119), "130396a75cb483f2eee8c56d8a668bb3d2641f5243212c0bee2bd33da096ad9eb8179fe18f9eaacf76e09fae9de4c3f14ba13341e345be05bf76c182cc3468cb"),
            ("sha1sum", String(repeating: "a", count: 127), "89d95fa32ed44a7c610b7ee38517ddf57e0bb975"),
            ("sha256sum", String(repeating: "a", count: 127), "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"),
            ("sha512sum", String(repeating: "a", count: 127), "828613968b501dc00a97e08c73b118aa8876c26b8aac93df128502ab360f91bab50a51e088769a5c1eff4782ace147dce3642554199876374291f5d921629502"),
            ("sha1sum", String(repeating: "a", count: 128), "ad5b3fdbcb526778c2839d2f151ea753995e26a0"),
            ("sha256sum", String(repeating: "a", count: 128), "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
            ("sha512sum", String(repeating: "a", count: 128), "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321"),
            ("sha1sum", String(repeating: "a", count: 129), "d96debf1bdcbc896e6c134ea76e8141f40d78536"),
            ("sha256sum", String(repeating: "a", count: 129), "c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae"),
            ("sha512sum", String(repeating: "a", count: 129), "4f681e0bd53cda4b5a2041cc8a06f2eabde44fb16c951fbd5b87702f07aeab611565b19c47fde30587177ebb852e3971bbd8d3fd30da18d71037dfbd98420429"),
            ("sha1sum", String(repeating: "a", count: 1000), "291e9a6c66994949b57ba5e650361e98fc36b1ba"),
            ("sha256sum", String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
            ("sha512sum", String(repeating: "a", count: 1000), "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(SprigExtraTest.string(name, [.string(input)]), expected, "\(name) \(input.utf8.count) bytes")
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
