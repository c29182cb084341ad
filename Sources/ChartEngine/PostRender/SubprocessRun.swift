import Foundation

/// Runs a program with bytes on its stdin, collecting stdout (stderr is drained and dropped), as
/// Go's `exec.Cmd` with a stdin pipe and buffers does. Writing stops quietly if the program closes
/// its stdin early (Go ignores that error too).
enum SubprocessRun {
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    struct Result {
        var stdout: [UInt8]
        var termination: Termination
    }

    static func run(executable: String, arguments: [String], environment: [String: String],
                    input: [UInt8]) throws -> Result {
        // A program that exits without reading must not kill this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw PostRendererPlugin.Failure(description: "fork/exec \(executable): \(error.localizedDescription)")
        }

        let group = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: group) {
            writeAll(input, to: stdin.fileHandleForWriting.fileDescriptor)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            collected.stdout = readAll(stdout.fileHandleForReading.fileDescriptor)
        }
        DispatchQueue.global().async(group: group) {
            _ = readAll(stderr.fileHandleForReading.fileDescriptor)
        }
        process.waitUntilExit()
        group.wait()
        let termination: Termination = process.terminationReason == .uncaughtSignal
            ? .signaled(process.terminationStatus) : .exited(process.terminationStatus)
        return Result(stdout: collected.stdout, termination: termination)
    }

    private final class Collected: @unchecked Sendable {
        var stdout: [UInt8] = []
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                break
            }
            if count == 0 { break }
            data += chunk.prefix(count)
        }
        return data
    }

    /// Go's `syscall.Signal.String()` for the usual signals.
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGKILL: return "killed"
        case SIGTERM: return "terminated"
        case SIGINT: return "interrupt"
        case SIGSEGV: return "segmentation fault"
        case SIGABRT: return "aborted"
        case SIGPIPE: return "broken pipe"
        case SIGHUP: return "hangup"
        default: return "signal \(signal)"
        }
    }
}
