/// YAML 1.1 core tags in long form, as libyaml reports them and go-yaml compares them.
enum YAMLTag {
    static let prefix = "tag:yaml.org,2002:"
    static let null = prefix + "null"
    static let bool = prefix + "bool"
    static let str = prefix + "str"
    static let int = prefix + "int"
    static let float = prefix + "float"
    static let timestamp = prefix + "timestamp"
    static let binary = prefix + "binary"
    static let merge = prefix + "merge"
    static let seq = prefix + "seq"
    static let map = prefix + "map"

    /// `!!int` for `tag:yaml.org,2002:int`, other tags unchanged (go-yaml's `shortTag`).
    static func short(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
