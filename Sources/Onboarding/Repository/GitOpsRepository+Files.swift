import Foundation
import GoTemplate

/// Reading the tree. Every failure is an `OnboardingError` naming the file.
extension GitOpsRepository {
    func readText(_ path: String) throws -> String {
        let data = try readData(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw fileError("read", path, "not UTF-8 text")
        }
        return text
    }

    func readData(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw fileError("read", path, Self.systemMessage(error))
        }
    }

    func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Names in a directory, sorted; hidden entries (temporary files, `.git`) are skipped.
    func directoryEntries(_ path: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") }
                .sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        } catch {
            throw fileError("list", path, Self.systemMessage(error))
        }
    }

    func parseYAML(_ text: String, file: String) throws -> [Value] {
        do {
            return try parser.parseDocuments(text)
        } catch {
            throw OnboardingError.invalidYAML(file: file, message: String(describing: error))
        }
    }

    func fileError(_ operation: String, _ path: String, _ message: String) -> OnboardingError {
        .fileSystem(operation: operation, path: displayPath(path), message: message, rolledBack: false, rollbackFailures: [])
    }

    private static func systemMessage(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
