import Foundation

/// One planned change of a GitOps edit, with what is needed to undo it.
struct FileChange: Equatable {
    enum Action: Equatable {
        /// A new file; undone by removing it.
        case create(Data)
        /// New content for an existing file whose current bytes are `original`; undone by writing them back.
        case replace(Data, original: Data)
        /// Remove a file whose current bytes are `original`; undone by creating it again.
        case remove(original: Data)
    }

    var path: String
    var action: Action
}
