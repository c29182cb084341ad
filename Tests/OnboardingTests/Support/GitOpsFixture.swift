import Foundation
import XCTest
@testable import Onboarding

/// A temporary copy of `examples/gitops`, with the repository's charts directory, and byte-exact
/// snapshots of the whole tree (hidden files included, so a leftover temporary file is noticed).
final class GitOpsFixture {
    let root: String
    let renderer = FakeTenantChartRenderer()
    let parser = TestYAMLParser()

    /// The project checkout this test file belongs to (`<checkout>/Tests/OnboardingTests/Support/…`).
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exampleTree = checkout.appendingPathComponent("examples/gitops").path
    static let chartsDirectory = checkout.appendingPathComponent("charts").path

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("onboarding-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.appendingPathComponent("gitops").path
        try FileManager.default.copyItem(atPath: Self.exampleTree, toPath: root)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
    }

    func repository(chartsDir: String = GitOpsFixture.chartsDirectory) -> GitOpsRepository {
        GitOpsRepository(root: root, chartsDir: chartsDir, parser: parser, renderer: renderer)
    }

    /// Every file (path relative to the root → bytes) and every directory (→ nil) under the root.
    func snapshot() throws -> [String: Data?] {
        var result: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw CocoaError(.fileReadUnknown)
        }
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let contents: Data? = isDirectory.boolValue ? nil : try Data(contentsOf: URL(fileURLWithPath: path))
            result.updateValue(contents, forKey: relative)
        }
        return result
    }

    func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)), as: UTF8.self)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + relative)
    }
}

/// Asserts that `body` throws `expected` and leaves the fixture's tree byte-for-byte as it was.
func assertFailsLeavingTreeUnchanged<T>(
    _ fixture: GitOpsFixture, _ expected: OnboardingError, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
) throws {
    let before = try fixture.snapshot()
    XCTAssertThrowsError(try body(), message, file: file, line: line) { error in
        XCTAssertEqual(error as? OnboardingError, expected, message, file: file, line: line)
    }
    let after = try fixture.snapshot()
    XCTAssertEqual(Set(after.keys), Set(before.keys), "files added or removed: \(message)", file: file, line: line)
    XCTAssertTrue(after == before, "tree changed: \(message)", file: file, line: line)
}
