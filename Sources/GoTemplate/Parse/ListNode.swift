/// A statement of a template body (Go's nodes that can appear in a ListNode).
enum SyntaxNode {
    case text(String)
    /// Template text that is not valid UTF-8, kept as bytes (Go reads template files as byte strings).
    case rawText([UInt8])
    case action(ActionNode)
    case ifBranch(BranchNode)
    case rangeLoop(BranchNode)
    case with(BranchNode)
    case template(TemplateCallNode)
    case breakLoop(pos: Int)
    case continueLoop(pos: Int)
}

/// A sequence of statements.
struct ListNode {
    var pos: Int
    var nodes: [SyntaxNode] = []

    /// Go's `parse.IsEmptyTree`: only whitespace text (and comments). Decides whether a later
    /// `define` may replace an earlier one.
    var isEmptyTree: Bool {
        for node in nodes {
            switch node {
            case .text(let t):
                if t.utf8.contains(where: { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) || $0 == 0x85 || $0 == 0xA0) }) {
                    // Go's bytes.TrimSpace uses unicode.IsSpace; non-ASCII spaces are rare enough to treat as text.
                    return false
                }
            default:
                return false
            }
        }
        return true
    }
}

/// `{{ pipeline }}`.
struct ActionNode {
    var pos: Int
    var pipe: PipeNode
}

/// `{{if}}`, `{{range}}` and `{{with}}`: a pipeline, a body and an optional else body.
final class BranchNode {
    let pos: Int
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?

    init(pos: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.pos = pos
        self.pipe = pipe
        self.list = list
        self.elseList = elseList
    }
}

/// `{{template "name" pipeline}}` (also what `{{block}}` leaves in place).
struct TemplateCallNode {
    var pos: Int
    var name: String
    var pipe: PipeNode?
}
