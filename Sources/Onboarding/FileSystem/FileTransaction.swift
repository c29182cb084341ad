/// Applies planned file changes in order; when one fails, undoes the ones already applied (newest first)
/// so the tree is as it was. Each single change is atomic (see `AtomicFileWriter`).
struct FileTransaction {
    var operations: FileOperations

    /// The outcome of a failed transaction: the failure, and any undo steps that failed too.
    struct Failure: Error {
        var cause: FileSystemError
        var appliedBeforeFailure: Int
        var rollbackFailures: [FileSystemError]
    }

    func apply(_ changes: [FileChange]) throws {
        var applied: [FileChange] = []
        for change in changes {
            do {
                try perform(change)
            } catch {
                let cause = error as? FileSystemError
                    ?? FileSystemError(operation: "write", path: change.path, message: String(describing: error))
                throw Failure(cause: cause, appliedBeforeFailure: applied.count, rollbackFailures: undo(applied))
            }
            applied.append(change)
        }
    }

    private func perform(_ change: FileChange) throws {
        switch change.action {
        case .create(let data): try operations.create(data, at: change.path)
        case .replace(let data, _): try operations.replace(data, at: change.path)
        case .remove: try operations.remove(at: change.path)
        }
    }

    /// Undoes applied changes newest first, continuing past failures so as much as possible is restored.
    private func undo(_ applied: [FileChange]) -> [FileSystemError] {
        var failures: [FileSystemError] = []
        for change in applied.reversed() {
            do {
                switch change.action {
                case .create: try operations.remove(at: change.path)
                case .replace(_, let original): try operations.replace(original, at: change.path)
                case .remove(let original): try operations.create(original, at: change.path)
                }
            } catch {
                failures.append(error as? FileSystemError
                    ?? FileSystemError(operation: "restore", path: change.path, message: String(describing: error)))
            }
        }
        return failures
    }
}
