/// Helm 4's round trip around a post-renderer (`annotateAndMerge` / `splitAndDeannotate` in
/// pkg/action): every rendered file is parsed with kustomize's kyaml, each document is tagged with a
/// `postrenderer.helm.sh/postrender-filename` annotation and the whole set is written as one stream;
/// the post-renderer's output is parsed again, regrouped by that annotation and written per file.
/// Both directions re-encode the YAML (go-yaml v3 layout), and kyaml's reader drops empty
/// `metadata`/`annotations` maps, so the printed manifests are kyaml's, not the template's text.
enum PostRenderStream {
    static let filenameAnnotation = "postrenderer.helm.sh/postrender-filename"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `annotateAndMerge`: files in name order, partials (`_*`) and blank files skipped.
    static func merge(files: [String: String]) throws -> String {
        var documents: [RoundTripYAMLNode] = []
        for name in files.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let content = files[name] else { continue }
            let base = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
            if base.hasPrefix("_") || GoStrings.trimSpace(content).isEmpty { continue }
            let parsed: [RoundTripYAMLNode]
            do {
                parsed = try read(content)
            } catch {
                throw Failure(description: "parsing \(name): \(error)")
            }
            for document in parsed {
                setAnnotation(document, key: filenameAnnotation, value: name)
                documents.append(document)
            }
        }
        return try write(documents)
    }

    /// `splitAndDeannotate`: documents without the annotation go to `generated-by-postrender-N.yaml`
    /// (N counting every document of the stream).
    static func split(_ stream: String) throws -> [String: String] {
        let documents: [RoundTripYAMLNode]
        do {
            documents = try read(stream)
        } catch {
            throw Failure(description: "error parsing YAML: \(error)")
        }
        var order: [String] = []
        var grouped: [String: [RoundTripYAMLNode]] = [:]
        for (index, document) in documents.enumerated() {
            var name = ""
            if let annotation = document.field("metadata")?.field("annotations")?.field(filenameAnnotation),
               annotation.kind == .scalar {
                name = annotation.value
            }
            if name.isEmpty { name = "generated-by-postrender-\(index).yaml" }
            document.field("metadata")?.field("annotations")?.clearField(filenameAnnotation)
            if grouped[name] == nil { order.append(name) }
            grouped[name, default: []].append(document)
        }
        var files: [String: String] = [:]
        for name in order {
            files[name] = try write(grouped[name] ?? [])
        }
        return files
    }

    /// kio's `ByteReader` (as `kio.ParseAll` runs it): split on `---` lines, decode each part, drop
    /// empty and null documents, and annotate each (which needs a mapping).
    static func read(_ text: String) throws -> [RoundTripYAMLNode] {
        var documents: [RoundTripYAMLNode] = []
        let parts = splitDocuments(text.replacingOccurrences(of: "\r\n", with: "\n"))
        for (index, part) in parts.enumerated() {
            let chunk = index == parts.count - 1 ? part : part + "\n"
            let node: RoundTripYAMLNode?
            do {
                node = try RoundTripYAMLParser.parseFirstDocument(chunk)
            } catch {
                throw Failure(description: "MalformedYAMLError: \(error)")
            }
            guard let node, !node.isNull else { continue }
            guard node.kind == .mapping else {
                let kind = node.kind == .sequence ? "SequenceNode" : node.kind == .alias ? "AliasNode" : "ScalarNode"
                let contents = (try? RoundTripYAMLEmitter.encode([node])) ?? ""
                throw Failure(description: "wrong node kind: expected MappingNode but got \(kind): node contents:\n\(contents)")
            }
            // The reader's own index annotations: their only lasting trace is this normalisation.
            clearEmptyAnnotations(node)
            ensureAnnotations(node)
            documents.append(node)
        }
        return documents
    }

    /// kio's `ByteWriter`: reader annotations removed, empty `annotations` and `metadata` dropped.
    static func write(_ documents: [RoundTripYAMLNode]) throws -> String {
        for document in documents { clearEmptyAnnotations(document) }
        return try RoundTripYAMLEmitter.encode(documents)
    }

    /// kyaml's `splitDocuments`: a separator is a line starting with `---` followed by nothing but
    /// white space.
    static func splitDocuments(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var parts: [String] = []
        var current: [Substring] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let isSeparator = index > 0 && line.hasPrefix("---")
                && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" } && index < lines.count - 1
            if isSeparator {
                parts.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        parts.append(current.joined(separator: "\n"))
        return parts
    }

    /// kyaml's `ClearEmptyAnnotations`: `metadata.annotations` and then `metadata` when empty.
    static func clearEmptyAnnotations(_ document: RoundTripYAMLNode) {
        document.field("metadata")?.clearField("annotations", ifEmpty: true)
        document.clearField("metadata", ifEmpty: true)
    }

    private static func ensureAnnotations(_ document: RoundTripYAMLNode) {
        var metadata = document.field("metadata")
        if metadata == nil {
            let created = RoundTripYAMLNode.emptyMapping()
            document.appendField("metadata", created)
            metadata = created
        }
        if let metadata, metadata.kind == .mapping, metadata.field("annotations") == nil {
            metadata.appendField("annotations", .emptyMapping())
        }
    }

    /// kyaml's `SetAnnotation`: single-quoted, replacing an existing value in place.
    static func setAnnotation(_ document: RoundTripYAMLNode, key: String, value: String) {
        ensureAnnotations(document)
        guard let annotations = document.field("metadata")?.field("annotations"), annotations.kind == .mapping else { return }
        var index = 0
        while index + 1 < annotations.children.count {
            if annotations.children[index].kind == .scalar && annotations.children[index].value == key {
                annotations.children[index + 1] = .string(value, style: .singleQuoted)
                return
            }
            index += 2
        }
        annotations.appendField(key, .string(value, style: .singleQuoted))
    }
}
