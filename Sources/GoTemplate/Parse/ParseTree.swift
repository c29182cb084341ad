/// One parsed template: a file's body or a `define`/`block`. Immutable once parsed, shared by copies
/// of the set and by concurrent executions.
final class ParseTree {
    /// The template's name (file name or defined name).
    let name: String
    /// The name of the top-level template whose text contained this one (Go's ParseName), for errors.
    let parseName: String
    /// That text's bytes, for line and column computation in errors.
    let source: [UInt8]
    let root: ListNode

    init(name: String, parseName: String, source: [UInt8], root: ListNode) {
        self.name = name
        self.parseName = parseName
        self.source = source
        self.root = root
    }

    /// Go's ErrorContext location: `parseName:line:column`, column a 0-based byte offset in the line.
    func location(of pos: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        for b in source {
            if i >= pos { break }
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        // Go reports `pos` itself on the first line and `pos - lineStart` after: both 0-based.
        return (line, pos - lineStart)
    }
}
