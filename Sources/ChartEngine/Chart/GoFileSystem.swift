#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls Helm's directory loader makes (`os.Lstat`, `os.Readlink`,
/// `filepath.EvalSymlinks`), with Go's error texts (`lstat /x: no such file or directory`), so a
/// chart with broken or looping links fails with Helm's message.
enum GoFileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    enum Kind {
        case regular, directory, symlink, other
    }

    struct Info {
        var kind: Kind
        var size: Int64
    }

    /// Go's `syscall.Errno.Error()` for the errors file loading can meet.
    static func errnoText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case ELOOP: return "too many levels of symbolic links"
        case EACCES: return "permission denied"
        case ENOTDIR: return "not a directory"
        case ENAMETOOLONG: return "file name too long"
        case EISDIR: return "is a directory"
        case EIO: return "input/output error"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    static func lstatPath(_ path: String) throws -> Info {
        var buffer = Glibc.stat()
        guard Glibc.lstat(path, &buffer) == 0 else {
            throw Failure(description: "lstat \(path): \(errnoText(errno))")
        }
        return info(buffer)
    }

    /// `os.Stat`: follows links.
    static func statPath(_ path: String) throws -> Info {
        var buffer = Glibc.stat()
        guard posixStat(path, &buffer) == 0 else {
            throw Failure(description: "stat \(path): \(errnoText(errno))")
        }
        return info(buffer)
    }

    private static func info(_ buffer: Glibc.stat) -> Info {
        let type = buffer.st_mode & S_IFMT
        let kind: Kind
        switch type {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        return Info(kind: kind, size: Int64(buffer.st_size))
    }

    static func readLink(_ path: String) throws -> String {
        var size = 256
        while size <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            let count = Glibc.readlink(path, &buffer, size)
            guard count >= 0 else { throw Failure(description: "readlink \(path): \(errnoText(errno))") }
            if count < size {
                return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            size *= 2
        }
        throw Failure(description: "readlink \(path): file name too long")
    }

    /// Go's `filepath.EvalSymlinks` on Unix: resolves each component in turn (at most 255 links),
    /// failing with the `lstat` error of the first missing component.
    static func evalSymlinks(_ original: String) throws -> String {
        var path = Array(original.utf8)
        var volumeLength = path.first == UInt8(ascii: "/") ? 1 : 0
        var volume = Array(path.prefix(volumeLength))
        var destination = volume
        var linksWalked = 0
        var start = volumeLength
        var end = volumeLength
        let slash = UInt8(ascii: "/")
        while start < path.count {
            start = end
            while start < path.count && path[start] == slash { start += 1 }
            end = start
            while end < path.count && path[end] != slash { end += 1 }
            if end == start { break }
            let component = path[start..<end]
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                var r = destination.count - 1
                while r >= volumeLength && destination[r] != slash { r -= 1 }
                if r < volumeLength || destination[(r + 1)...].elementsEqual("..".utf8) {
                    if destination.count > volumeLength { destination.append(slash) }
                    destination += Array("..".utf8)
                } else {
                    destination = Array(destination[..<r])
                }
                continue
            }
            if destination.count > 0 && destination.last != slash { destination.append(slash) }
            destination += component
            let current = String(decoding: destination, as: UTF8.self)
            let info = try lstatPath(current)
            guard info.kind == .symlink else {
                if info.kind != .directory && end < path.count { throw Failure(description: errnoText(ENOTDIR)) }
                continue
            }
            linksWalked += 1
            if linksWalked > 255 { throw Failure(description: "EvalSymlinks: too many links") }
            let link = Array(try readLink(current).utf8)
            path = link + path[end...]
            if link.first == slash {
                destination = [slash]
                end = 1
                volume = [slash]
                volumeLength = 1
            } else {
                var r = destination.count - 1
                while r >= volumeLength && destination[r] != slash { r -= 1 }
                destination = r < volumeLength ? volume : Array(destination[..<r])
                end = 0
            }
            start = end
        }
        return cleanPath(String(decoding: destination, as: UTF8.self))
    }

    /// `os.ReadFile`.
    static func readFile(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: "open \(path): \(errnoText(errno))") }
        defer { close(descriptor) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "read \(path): \(errnoText(errno))")
            }
            if count == 0 { break }
            data += chunk.prefix(count)
        }
        return data
    }
}

/// `stat(2)`, out of the reach of the struct of the same name.
private func posixStat(_ path: String, _ buffer: inout stat) -> Int32 {
    stat(path, &buffer)
}
