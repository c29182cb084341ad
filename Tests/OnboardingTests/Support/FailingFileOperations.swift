import Foundation
@testable import Onboarding

/// Real atomic writes, except that the operations chosen by `shouldFail` throw instead of running:
/// used to check that a failed second write leaves the tree as it was.
final class FailingFileOperations: FileOperations {
    enum Operation: Equatable { case create, replace, remove }

    private let real = AtomicFileWriter()
    private(set) var performed: [(Operation, String)] = []
    var shouldFail: (Operation, String) -> Bool

    init(shouldFail: @escaping (Operation, String) -> Bool) {
        self.shouldFail = shouldFail
    }

    func create(_ data: Data, at path: String) throws {
        try run(.create, path) { try real.create(data, at: path) }
    }

    func replace(_ data: Data, at path: String) throws {
        try run(.replace, path) { try real.replace(data, at: path) }
    }

    func remove(at path: String) throws {
        try run(.remove, path) { try real.remove(at: path) }
    }

    private func run(_ operation: Operation, _ path: String, _ body: () throws -> Void) throws {
        if shouldFail(operation, path) {
            throw FileSystemError(operation: "\(operation)", path: path, message: "injected failure")
        }
        try body()
        performed.append((operation, path))
    }
}
