import Foundation
import XCTest
@testable import Onboarding

final class FileTransactionTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("onboarding-fs-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: directory)
    }

    private func path(_ name: String) -> String { directory + "/" + name }

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func directoryListing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    func testAtomicWriterCreatesReplacesAndRemoves() throws {
        let writer = AtomicFileWriter()
        try writer.create(Data("one\n".utf8), at: path("a.yaml"))
        XCTAssertEqual(contents("a.yaml"), "one\n")
        try writer.replace(Data("two\n".utf8), at: path("a.yaml"))
        XCTAssertEqual(contents("a.yaml"), "two\n")
        try writer.create(Data(), at: path("empty.yaml"))
        XCTAssertEqual(contents("empty.yaml"), "")
        XCTAssertEqual(try directoryListing(), ["a.yaml", "empty.yaml"], "no temporary file may be left behind")
        try writer.remove(at: path("a.yaml"))
        XCTAssertEqual(try directoryListing(), ["empty.yaml"])
    }

    func testCreateNeverOverwritesAndLeavesNoTemporaryFile() throws {
        let writer = AtomicFileWriter()
        try writer.create(Data("original".utf8), at: path("a.yaml"))
        XCTAssertThrowsError(try writer.create(Data("new".utf8), at: path("a.yaml"))) { error in
            XCTAssertEqual((error as? FileSystemError)?.operation, "create")
        }
        XCTAssertEqual(contents("a.yaml"), "original")
        XCTAssertEqual(try directoryListing(), ["a.yaml"])
    }

    func testReplaceKeepsPermissions() throws {
        let writer = AtomicFileWriter()
        try writer.create(Data("x".utf8), at: path("a.yaml"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path("a.yaml"))
        try writer.replace(Data("y".utf8), at: path("a.yaml"))
        let permissions = try FileManager.default.attributesOfItem(atPath: path("a.yaml"))[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o640)
    }

    func testMissingFilesAndDirectoriesAreErrors() {
        let writer = AtomicFileWriter()
        XCTAssertThrowsError(try writer.replace(Data(), at: path("missing.yaml")))
        XCTAssertThrowsError(try writer.remove(at: path("missing.yaml")))
        XCTAssertThrowsError(try writer.create(Data(), at: path("no-such-dir/a.yaml"))) { error in
            XCTAssertEqual((error as? FileSystemError)?.operation, "create temporary file")
        }
    }

    func testTransactionUndoesAppliedChangesInReverseOrder() throws {
        let writer = AtomicFileWriter()
        try writer.create(Data("k-original".utf8), at: path("k.yaml"))
        try writer.create(Data("old".utf8), at: path("old.yaml"))
        let operations = FailingFileOperations { _, path in path.hasSuffix("fails.yaml") }
        let changes = [
            FileChange(path: path("new.yaml"), action: .create(Data("new".utf8))),
            FileChange(path: path("k.yaml"), action: .replace(Data("k-edited".utf8), original: Data("k-original".utf8))),
            FileChange(path: path("old.yaml"), action: .remove(original: Data("old".utf8))),
            FileChange(path: path("fails.yaml"), action: .create(Data())),
        ]
        XCTAssertThrowsError(try FileTransaction(operations: operations).apply(changes)) { error in
            guard let failure = error as? FileTransaction.Failure else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(failure.cause.path, path("fails.yaml"))
            XCTAssertEqual(failure.appliedBeforeFailure, 3)
            XCTAssertTrue(failure.rollbackFailures.isEmpty)
        }
        XCTAssertEqual(operations.performed.map(\.0), [.create, .replace, .remove, .create, .replace, .remove])
        XCTAssertEqual(try directoryListing(), ["k.yaml", "old.yaml"])
        XCTAssertEqual(contents("k.yaml"), "k-original")
        XCTAssertEqual(contents("old.yaml"), "old")
    }

    func testTransactionAppliesEverythingWhenNothingFails() throws {
        let changes = [
            FileChange(path: path("a.yaml"), action: .create(Data("a".utf8))),
            FileChange(path: path("b.yaml"), action: .create(Data("b".utf8))),
        ]
        try FileTransaction(operations: AtomicFileWriter()).apply(changes)
        XCTAssertEqual(contents("a.yaml"), "a")
        XCTAssertEqual(contents("b.yaml"), "b")
    }
}
