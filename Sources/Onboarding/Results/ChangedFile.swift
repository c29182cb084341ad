/// A file an operation wrote or removed, named relative to the repository root.
public struct ChangedFile: Equatable {
    public enum Change: String, Equatable {
        case created, modified, removed
    }

    public var path: String
    public var change: Change

    public init(path: String, change: Change) {
        self.path = path
        self.change = change
    }
}
