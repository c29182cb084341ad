/// A node of a parsed YAML document, as go-yaml v2's parser builds it from libyaml events.
final class YAMLNode {
    enum Kind {
        case scalar
        case sequence
        case mapping
        case alias
    }

    let kind: Kind
    /// Explicit tag in long form (`tag:yaml.org,2002:int`), or "" when none was written.
    var tag: String
    /// Scalar text, or the anchor name of an alias.
    var value: String
    /// libyaml's `plain_implicit`: true for untagged plain scalars. Quoted scalars are never implicit.
    var implicit: Bool
    /// 0-based position of the node's first character.
    let line: Int
    let column: Int
    var children: [YAMLNode] = []
    /// For an alias: the anchored node it refers to.
    var target: YAMLNode?

    init(kind: Kind, tag: String = "", value: String = "", implicit: Bool = false, line: Int, column: Int) {
        self.kind = kind
        self.tag = tag
        self.value = value
        self.implicit = implicit
        self.line = line
        self.column = column
    }
}
