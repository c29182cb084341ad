/// A failed file operation, with the OS's message. The repository turns it into `OnboardingError.fileSystem`.
struct FileSystemError: Error, Equatable, CustomStringConvertible {
    var operation: String
    var path: String
    var message: String

    var description: String { "cannot \(operation) \(path): \(message)" }
}
