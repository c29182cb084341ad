import Foundation

/// The writes a GitOps edit is made of. Internal: the repository uses `AtomicFileWriter` on the local
/// disk; tests substitute an implementation that fails on demand to exercise rollback.
protocol FileOperations {
    /// Writes `data` as a new file at `path`; fails if a file is already there.
    func create(_ data: Data, at path: String) throws
    /// Replaces the existing file at `path` with `data`, keeping its permissions.
    func replace(_ data: Data, at path: String) throws
    /// Removes the file at `path`.
    func remove(at path: String) throws
}
