/// A YAML node as go-yaml v3 (under kustomize's kyaml) keeps it for a round trip: kind, value, the
/// source's scalar and collection style, explicit tag and anchor, so re-encoding writes the document
/// back the way it was written. Helm 4 round-trips every manifest through kyaml when a post-renderer
/// runs.
final class RoundTripYAMLNode {
    enum Kind {
        case scalar, sequence, mapping, alias
    }

    enum ScalarStyle {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var kind: Kind
    /// Scalar text, or the anchor name an alias refers to.
    var value: String
    var scalarStyle: ScalarStyle
    /// Flow (`{}`/`[]`) rather than block layout, for collections.
    var flow: Bool
    /// The tag written in the source (full form), nil when implicit.
    var tag: String?
    var anchor: String?
    /// Sequence items, or mapping keys and values alternating.
    var children: [RoundTripYAMLNode]

    init(kind: Kind, value: String = "", scalarStyle: ScalarStyle = .plain, flow: Bool = false, tag: String? = nil,
         anchor: String? = nil, children: [RoundTripYAMLNode] = []) {
        self.kind = kind
        self.value = value
        self.scalarStyle = scalarStyle
        self.flow = flow
        self.tag = tag
        self.anchor = anchor
        self.children = children
    }

    static func string(_ text: String, style: ScalarStyle = .plain) -> RoundTripYAMLNode {
        RoundTripYAMLNode(kind: .scalar, value: text, scalarStyle: style)
    }

    static func emptyMapping() -> RoundTripYAMLNode {
        RoundTripYAMLNode(kind: .mapping)
    }

    /// kyaml's `IsMissingOrNull`: a null scalar (implicit `null`, `~`, empty, or tagged `!!null`).
    var isNull: Bool {
        guard kind == .scalar else { return false }
        if tag == "tag:yaml.org,2002:null" { return true }
        guard tag == nil, scalarStyle == .plain else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    /// The value of a mapping's field, as kyaml's `Field` finds it (the first key with that text).
    func field(_ name: String) -> RoundTripYAMLNode? {
        guard kind == .mapping else { return nil }
        var index = 0
        while index + 1 < children.count {
            if children[index].kind == .scalar && children[index].value == name { return children[index + 1] }
            index += 2
        }
        return nil
    }

    /// Appends `name: value` to a mapping.
    func appendField(_ name: String, _ value: RoundTripYAMLNode) {
        children.append(.string(name))
        children.append(value)
    }

    /// kyaml's `FieldClearer`: removes the first field called `name`; with `ifEmpty`, only when its
    /// value has no content (an empty collection or any scalar).
    func clearField(_ name: String, ifEmpty: Bool = false) {
        guard kind == .mapping else { return }
        var index = 0
        while index + 1 < children.count {
            if children[index].kind == .scalar && children[index].value == name {
                if ifEmpty && !children[index + 1].children.isEmpty { return }
                children.removeSubrange(index...(index + 1))
                return
            }
            index += 2
        }
    }
}
