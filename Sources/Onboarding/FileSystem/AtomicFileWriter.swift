import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader (git, Flux, a crash) sees either the old content or the new, never a
/// partial file: the bytes go to a temporary file in the same directory, are fsynced, and the temporary
/// file is then renamed over the target (or hard-linked to it for a new file, which fails instead of
/// overwriting a file that appeared meanwhile). The directory is fsynced so the rename itself is durable.
struct AtomicFileWriter: FileOperations {
    func create(_ data: Data, at path: String) throws {
        let temporary = try writeTemporaryFile(data, nextTo: path, mode: 0o666)
        defer { _ = unlink(temporary) }
        if link(temporary, path) != 0 {
            let linkError = errno
            // Some file systems (certain network and FUSE mounts) have no hard links: fall back to a
            // rename after checking that the target is still absent.
            let unsupported = linkError == EPERM || linkError == EOPNOTSUPP || linkError == ENOSYS
            guard unsupported, access(path, F_OK) != 0, rename(temporary, path) == 0 else {
                throw FileSystemError(operation: "create", path: path, message: String(cString: strerror(linkError)))
            }
        }
        syncDirectory(of: path)
    }

    func replace(_ data: Data, at path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw FileSystemError(operation: "replace", path: path, message: Self.lastErrorMessage())
        }
        let temporary = try writeTemporaryFile(data, nextTo: path, mode: mode_t(status.st_mode & 0o7777))
        // Keep the original's permissions exactly, whatever the umask did to the temporary file.
        _ = chmod(temporary, mode_t(status.st_mode & 0o7777))
        guard rename(temporary, path) == 0 else {
            let message = Self.lastErrorMessage()
            _ = unlink(temporary)
            throw FileSystemError(operation: "replace", path: path, message: message)
        }
        syncDirectory(of: path)
    }

    /// Writes a regenerable output (a rendered manifest) over whatever is at `path`: readers still see the
    /// old or the new content, never a partial file, but nothing is fsynced — a fleet render writes
    /// thousands of these, and after a crash they are simply rendered again.
    func publish(_ data: Data, at path: String) throws {
        let temporary = try writeTemporaryFile(data, nextTo: path, mode: 0o666, durable: false)
        guard rename(temporary, path) == 0 else {
            let message = Self.lastErrorMessage()
            _ = unlink(temporary)
            throw FileSystemError(operation: "write", path: path, message: message)
        }
    }

    func remove(at path: String) throws {
        guard unlink(path) == 0 else {
            throw FileSystemError(operation: "remove", path: path, message: Self.lastErrorMessage())
        }
        syncDirectory(of: path)
    }

    /// Creates `.<name>.<random>.tmp` beside `path`, writes (and, when durable, fsyncs) `data`, and returns its path.
    private func writeTemporaryFile(_ data: Data, nextTo path: String, mode: mode_t, durable: Bool = true) throws -> String {
        let url = URL(fileURLWithPath: path)
        let name = "." + url.lastPathComponent + "." + String(UInt64.random(in: 0...UInt64.max), radix: 16) + ".tmp"
        let temporary = url.deletingLastPathComponent().appendingPathComponent(name).path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw FileSystemError(operation: "create temporary file", path: temporary, message: Self.lastErrorMessage())
        }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Self.lastErrorMessage()
                    return
                }
                offset += written
            }
        }
        if failure == nil && durable && fsync(descriptor) != 0 { failure = Self.lastErrorMessage() }
        if close(descriptor) != 0 && failure == nil { failure = Self.lastErrorMessage() }
        if let failure {
            _ = unlink(temporary)
            throw FileSystemError(operation: "write", path: temporary, message: failure)
        }
        return temporary
    }

    /// Best effort: not every file system supports fsync on a directory, and the data is already safe.
    private func syncDirectory(of path: String) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    private static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }
}
