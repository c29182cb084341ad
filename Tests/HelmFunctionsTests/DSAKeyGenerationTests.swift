import Foundation
import XCTest
import GoTemplate
@testable import HelmFunctions

/// `genPrivateKey "dsa"`: Go's `dsa.GenerateParameters(L2048N256)` and `GenerateKey`, written out as
/// Sprig's `DSA PRIVATE KEY` block. Keys are random, so the checks are structural: ours and Helm's (run
/// live when HELM_ORACLE is set) must have the same PEM type and ASN.1 shape (SEQUENCE of six INTEGERs:
/// version 0, P, Q, G, Y, X), P of 2048 bits and Q of 256 (what Helm v4.1.4 printed, under `openssl
/// asn1parse`), and satisfy the DSA relations; `openssl pkey -check` (when installed) must accept both.
final class DSAKeyGenerationTests: XCTestCase {
    /// A seed whose search finds its primes early, so the test stays short in unoptimized builds.
    static let seed: UInt64 = 8

    func testGeneratedKeyHasHelmsShapeAndIsAValidDSAKey() throws {
        let pem = try XCTUnwrap(SprigExtraTest.string("genPrivateKey", [.string("dsa")],
                                                      context: SprigExtraTestContext(seed: Self.seed)))
        let ours = try DSAFields(pem: pem)
        XCTAssertEqual(ours.p.bitLength, 2048)
        XCTAssertEqual(ours.q.bitLength, 256)
        try ours.checkRelations()
        try Self.assertOpenSSLAccepts(pem)

        if let helm = try Self.helmGeneratedKey() {
            let theirs = try DSAFields(pem: helm)
            XCTAssertEqual(theirs.shape, ours.shape)
            XCTAssertEqual(theirs.p.bitLength, ours.p.bitLength)
            XCTAssertEqual(theirs.q.bitLength, ours.q.bitLength)
            try theirs.checkRelations()
            try Self.assertOpenSSLAccepts(helm)
        }
    }

    /// The same seed gives the same key; another seed another key (smaller FIPS sizes keep this quick).
    func testGenerationIsDeterministicUnderTheInjectedRandomSource() {
        func key(_ seed: UInt64) -> DSAKeyGenerator.Key {
            let context = SprigExtraTestContext(seed: seed)
            return DSAKeyGenerator.generate(l: 1024, n: 160) { RandomBytes.take($0, from: context.environment) }
        }
        let first = key(3), again = key(3), other = key(4)
        XCTAssertEqual(first.p, again.p)
        XCTAssertEqual(first.x, again.x)
        XCTAssertNotEqual(first.p, other.p)
        XCTAssertEqual(first.p.bitLength, 1024)
        XCTAssertEqual(first.q.bitLength, 160)
        XCTAssertTrue(((first.p - BigUInt(1)) % first.q).isZero)
    }

    func testProbablePrimeOnKnownPrimesAndComposites() {
        func power2(_ k: Int) -> BigUInt {
            var limbs = [UInt64](repeating: 0, count: k / 64 + 1)
            limbs[k / 64] = 1 << UInt64(k % 64)
            return BigUInt(limbs: limbs)
        }
        let one = BigUInt(1)
        // Mersenne primes 2^127-1 and 2^521-1, and 2^255-19.
        for prime in [power2(127) - one, power2(521) - one, power2(255) - BigUInt(19), BigUInt(65_537), BigUInt(2)] {
            XCTAssertTrue(ProbablePrime.isProbablePrime(prime, rounds: 8), "\(prime.bigEndianBytes)")
        }
        // Carmichael numbers, base-2 strong pseudoprimes, 2^128+1 (a product of two primes) and 2^67-1.
        for composite in [BigUInt(561), BigUInt(41_041), BigUInt(2047), BigUInt(3_215_031_751), power2(128) + one,
                          power2(67) - one, BigUInt(1), BigUInt(0)] {
            XCTAssertFalse(ProbablePrime.isProbablePrime(composite, rounds: 8), "\(composite.bigEndianBytes)")
        }
    }

    func testDivisionAndModularPowerAgreeWithTheirDefinitions() throws {
        var generator = SplitMix64(seed: 11)
        for size in [1, 2, 3, 5, 8, 33] {
            for divisorSize in [1, 2, 4, size] {
                let a = BigUInt(limbs: (0..<size).map { _ in generator.next() })
                let d = BigUInt(limbs: (0..<divisorSize).map { _ in generator.next() >> (divisorSize == 2 ? 40 : 0) })
                guard !d.isZero else { continue }
                let (q, r) = a.quotientAndRemainder(dividingBy: d)
                XCTAssertTrue(r < d)
                XCTAssertEqual(q * d + r, a)
            }
        }
        // Fermat: a^(p-1) = 1 mod p for the prime 2^521-1, and the Montgomery round trip is the identity.
        var limbs = [UInt64](repeating: 0, count: 9)
        limbs[8] = 1 << 9
        let p = BigUInt(limbs: limbs) - BigUInt(1)
        let domain = try XCTUnwrap(MontgomeryModulus(p))
        let a = BigUInt(limbs: (0..<7).map { _ in generator.next() })
        XCTAssertEqual(domain.power(a, p - BigUInt(1)), BigUInt(1))
        XCTAssertEqual(domain.leave(domain.enter(a)), a)
        XCTAssertEqual(domain.power(a, BigUInt(3)), (a * a * a) % p)
        XCTAssertEqual(BigUInt(bigEndian: a.bigEndianBytes), a)
    }

    // MARK: Support

    /// The six integers of Sprig's DSAKeyFormat and the DER shape that holds them.
    struct DSAFields {
        var shape: [String]
        var p = BigUInt(), q = BigUInt(), g = BigUInt(), y = BigUInt(), x = BigUInt()

        init(pem: String) throws {
            let block = try XCTUnwrap(PEMBlock.decode(pem))
            XCTAssertEqual(block.type, "DSA PRIVATE KEY")
            let (sequence, rest) = try DERElement.read(block.bytes[...])
            XCTAssertTrue(rest.isEmpty)
            let children = try sequence.children()
            shape = ["tag \(sequence.tag)"] + children.map { "tag \($0.tag)" }
            XCTAssertEqual(children.count, 6)
            guard children.count == 6 else { return }
            XCTAssertEqual(Array(children[0].content), [0])
            let values = children.map { BigUInt(bigEndian: Array($0.content)) }
            (p, q, g, y, x) = (values[1], values[2], values[3], values[4], values[5])
        }

        /// q divides p-1, g has order q, y = g^x, 0 < x < q.
        func checkRelations() throws {
            let one = BigUInt(1)
            XCTAssertTrue(((p - one) % q).isZero)
            let domain = try XCTUnwrap(MontgomeryModulus(p))
            XCTAssertTrue(one < g && g < p)
            XCTAssertEqual(domain.power(g, q), one)
            XCTAssertTrue(!x.isZero && x < q)
            XCTAssertEqual(domain.power(g, x), y)
        }
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func assertOpenSSLAccepts(_ pem: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let openssl = "/usr/bin/openssl"
        guard FileManager.default.isExecutableFile(atPath: openssl) else { return }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dsa-\(UUID().uuidString).pem")
        try Data(pem.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try run(openssl, ["pkey", "-in", path.path, "-check", "-noout"])
        XCTAssertEqual(result.stdout, "Key is valid\n", file: file, line: line)
    }

    /// Helm's own `genPrivateKey "dsa"`, or nil without HELM_ORACLE.
    static func helmGeneratedKey() throws -> String? {
        guard let helm = ProcessInfo.processInfo.environment["HELM_ORACLE"],
              FileManager.default.isExecutableFile(atPath: helm) else { return nil }
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("dsa-chart-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root.appendingPathComponent("c/templates"), withIntermediateDirectories: true)
        try Data("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8).write(to: root.appendingPathComponent("c/Chart.yaml"))
        try Data("k: {{ genPrivateKey \"dsa\" | b64enc }}\n".utf8).write(to: root.appendingPathComponent("c/templates/k.yaml"))
        let result = try run(helm, ["template", "c"], in: root)
        XCTAssertEqual(result.status, 0)
        let line = try XCTUnwrap(result.stdout.split(separator: "\n").first { $0.hasPrefix("k: ") })
        let data = try XCTUnwrap(Data(base64Encoded: String(line.dropFirst(3))))
        return String(decoding: data, as: UTF8.self)
    }
}
