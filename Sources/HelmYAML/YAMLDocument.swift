/// A parsed YAML document, as go-yaml v2's parser builds it from libyaml events, stored flat: nodes in
/// document order (each collection followed by its subtree) and all scalar text in one byte buffer.
/// A 10 MB values file is about a million nodes; one array of plain structs instead of a class
/// instance, a children array and a string per node keeps both building and freeing them cheap.
struct YAMLDocument {
    enum Kind: UInt8 {
        case scalar
        case sequence
        case mapping
        case alias
    }

    struct Node {
        /// Scalar text, or the anchor name of an alias: `text[textStart ..< textStart + textCount]`.
        var textStart: Int
        var textCount: Int
        /// Index just past this node's subtree (the next sibling); `index + 1` for scalars and aliases.
        var end: Int
        /// For an alias: the index of the anchored node.
        var target: Int
        /// 0-based position of the node's first character.
        var line: Int32
        var column: Int32
        /// Index into `tags`; 0 is "" (no explicit tag).
        var tag: Int32
        var kind: Kind
        /// libyaml's `plain_implicit`: true for untagged plain scalars. Quoted scalars are never implicit.
        var implicit: Bool
    }

    var nodes: [Node] = []
    var text: [UInt8] = []
    /// Explicit tags in long form (`tag:yaml.org,2002:int`); index 0 is "".
    var tags: [String] = [""]

    func kind(_ i: Int) -> Kind { nodes[i].kind }

    /// The tag of node `i` ("" when none was written).
    func tag(_ i: Int) -> String {
        let t = Int(nodes[i].tag)
        return t >= 0 && t < tags.count ? tags[t] : ""
    }

    /// The text of node `i` (scalar value or alias name) as a String.
    func value(_ i: Int) -> String {
        let node = nodes[i]
        return text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[node.textStart ..< node.textStart + node.textCount]),
                   as: UTF8.self)
        }
    }

    /// The children of a collection in order (keys and values alternate for a mapping).
    func children(_ i: Int) -> [Int] {
        var out = [Int]()
        var child = i + 1
        let end = nodes[i].end
        while child < end {
            out.append(child)
            child = nodes[child].end
        }
        return out
    }

    /// The number of children of a collection.
    func childCount(_ i: Int) -> Int {
        var count = 0
        var child = i + 1
        let end = nodes[i].end
        while child < end {
            count += 1
            child = nodes[child].end
        }
        return count
    }

    /// True for a scalar whose text is exactly `bytes`.
    func scalarEquals(_ i: Int, _ bytes: StaticString) -> Bool {
        let node = nodes[i]
        guard node.kind == .scalar, node.textCount == bytes.utf8CodeUnitCount else { return false }
        return bytes.withUTF8Buffer { expected in
            var k = 0
            while k < expected.count {
                if text[node.textStart + k] != expected[k] { return false }
                k += 1
            }
            return true
        }
    }
}
