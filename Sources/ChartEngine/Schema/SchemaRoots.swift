import Foundation
import GoTemplate

/// A schema resource: the subschema that carries an `$id` (or the document root), with the anchors
/// declared inside it and the dialect it is written in.
final class SchemaResource {
    let pointer: String
    let id: String
    var dialect: SchemaDialect
    var anchors: [String: String] = [:]
    var dynamicAnchors: [String] = []

    init(pointer: String, id: String, dialect: SchemaDialect) {
        self.pointer = pointer
        self.id = id
        self.dialect = dialect
    }
}

/// One loaded document and the resources found in it so far.
final class SchemaRoot {
    let url: String
    let document: SchemaJSON
    var resources: [String: SchemaResource] = [:]
    /// Locations whose subschemas have been searched for ids and anchors.
    var processed: Set<String> = []

    init(url: String, document: SchemaJSON) {
        self.url = url
        self.document = document
    }

    var rootResource: SchemaResource? { resources[""] }

    /// The resource a location belongs to: the nearest enclosing one.
    func resource(for pointer: String) -> SchemaResource? {
        var p = Substring(pointer)
        while true {
            if let res = resources[String(p)] { return res }
            guard let slash = p.lastIndex(of: "/") else { break }
            p = p[..<slash]
        }
        return rootResource
    }

    func resource(withID id: String) -> SchemaResource? {
        resources.values.first { $0.id == id }
    }

    /// A fragment inside a resource: a JSON pointer relative to it, or one of its anchors.
    func resolve(fragment: String, in res: SchemaResource) throws -> String {
        if SchemaURL.isPointer(fragment) { return res.pointer + fragment }
        guard let pointer = res.anchors[fragment] else {
            throw SchemaCompileError("anchor in \(GoFormat.quote(res.id + "#" + SchemaURL.encodeFragment(fragment))) "
                                     + "not found in schema \(GoFormat.quote(url))")
        }
        return pointer
    }

    /// A reference inside this document (by its URL or a resource's id), or nil when it is elsewhere.
    func resolve(url refURL: String, fragment: String) throws -> String? {
        let res: SchemaResource?
        if refURL == url { res = rootResource } else { res = resource(withID: refURL) }
        guard let res else { return nil }
        return try resolve(fragment: fragment, in: res)
    }

    /// The value at a JSON pointer.
    func lookup(_ pointer: String) throws -> SchemaJSON {
        var value = document
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            guard let token = SchemaURL.unescapeToken(raw) else {
                throw SchemaCompileError("invalid json-pointer \(GoFormat.quote(SchemaURL.location(url, pointer)))")
            }
            switch value {
            case .object(let o):
                if let next = o[token] {
                    value = next
                    continue
                }
            case .array(let a):
                if let i = Int(token), i >= 0, i < a.count {
                    value = a[i]
                    continue
                }
            default:
                break
            }
            throw SchemaCompileError("json-pointer in \(GoFormat.quote(SchemaURL.location(url, pointer))) not found")
        }
        return value
    }
}

/// jsonschema's `roots`: every document the compilation touched, loaded through Helm's loaders.
final class SchemaRoots {
    private(set) var roots: [String: SchemaRoot] = [:]
    private var documents: [String: SchemaJSON] = [:]
    /// Validates a (sub)schema against its dialect's metaschema, given the drafts of the document's
    /// resources by location; nil while compiling metaschemas.
    typealias MetaschemaCheck = (SchemaJSON, SchemaDialect, [String: Int], String) throws -> Void
    let metaschemaCheck: MetaschemaCheck?

    init(metaschemaCheck: MetaschemaCheck?) {
        self.metaschemaCheck = metaschemaCheck
    }

    func add(url: String, document: SchemaJSON) {
        documents[url] = document
    }

    func root(_ url: String) throws -> SchemaRoot {
        if let r = roots[url] { return r }
        let doc = try load(url)
        let r = SchemaRoot(url: url, document: doc)
        try collectResources(r, doc, base: url, pointer: "", fallback: SchemaDialect(draft: .latest, vocabularies: nil))
        if !url.hasPrefix("http://json-schema.org/") && !url.hasPrefix("https://json-schema.org/") {
            try validateAgainstMetaschema(r, doc, pointer: "")
        }
        roots[url] = r
        return r
    }

    /// Makes sure the ids and anchors under a location are known, validating a location that is not
    /// a recognised subschema against the metaschema, as jsonschema does for `$ref`s into such places.
    func ensureSubschema(url: String, pointer: String) throws {
        let r = try root(url)
        if r.processed.contains(pointer) { return }
        let value = try r.lookup(pointer)
        guard let base = r.resource(for: pointer) else { return }
        try collectResources(r, value, base: base.id, pointer: pointer, fallback: base.dialect)
        if r.resources[pointer] == nil, let res = r.resource(for: pointer) {
            try collectAnchors(r, value, pointer: pointer, into: res)
        }
        try validateAgainstMetaschema(r, value, pointer: pointer)
    }

    private func validateAgainstMetaschema(_ r: SchemaRoot, _ value: SchemaJSON, pointer: String) throws {
        guard let check = metaschemaCheck, let res = r.resource(for: pointer) else { return }
        var drafts: [String: Int] = [:]
        for (location, resource) in r.resources { drafts[location] = resource.dialect.draft.version }
        try check(value, res.dialect, drafts, SchemaURL.location(r.url, pointer))
    }

    private func collectResources(_ r: SchemaRoot, _ value: SchemaJSON, base: String, pointer: String,
                                  fallback: SchemaDialect) throws {
        if r.processed.contains(pointer) { return }
        try collectResourcesOnce(r, value, base: base, pointer: pointer, fallback: fallback)
        r.processed.insert(pointer)
    }

    private func collectResourcesOnce(_ r: SchemaRoot, _ value: SchemaJSON, base: String, pointer: String,
                                      fallback: SchemaDialect) throws {
        guard case .object(let object) = value else {
            if pointer.isEmpty {
                r.resources[pointer] = SchemaResource(pointer: pointer, id: base, dialect: fallback)
            }
            return
        }
        var hasSchema = object["$schema"]?.stringValue != nil
        var draft = try self.draft(of: value, at: SchemaURL.location(r.url, pointer), isRoot: pointer.isEmpty,
                                   rootURL: r.url, fallback: fallback.draft, seen: [])
        var id = draft.id(of: object)
        if id == nil && !pointer.isEmpty {
            // `$schema` only counts in a resource.
            draft = fallback.draft
            hasSchema = false
            id = draft.id(of: object)
        }
        var base = base
        var newResource: SchemaResource?
        if let id {
            do {
                base = try SchemaURL.join(base: base, ref: id).url
            } catch {
                throw SchemaCompileError("error in parsing id at \(GoFormat.quote(SchemaURL.location(r.url, pointer)))")
            }
            newResource = SchemaResource(pointer: pointer, id: base, dialect: fallback)
        } else if pointer.isEmpty {
            newResource = SchemaResource(pointer: pointer, id: base, dialect: fallback)
        }
        if let res = newResource {
            if let existing = r.resource(withID: base) {
                if existing.pointer != pointer {
                    throw SchemaCompileError("duplicate id \(GoFormat.quote(base)) in \(GoFormat.quote(r.url)) at "
                                             + "\(GoFormat.quote(pointer)) and \(GoFormat.quote(existing.pointer))")
                }
            } else {
                if hasSchema {
                    res.dialect = SchemaDialect(draft: draft, vocabularies: try metaVocabularies(object, draft: draft))
                }
                r.resources[pointer] = res
            }
        }
        guard let baseResource = r.resource(withID: base) else { return }
        try collectAnchors(r, value, pointer: pointer, into: baseResource)
        for (keyword, position) in draft.subschemas {
            guard let v = object[keyword] else { continue }
            let escaped = SchemaURL.escapeToken(keyword)
            if position.contains(.schema), v.objectValue != nil || v.boolValue != nil {
                try collectResources(r, v, base: base, pointer: pointer + "/" + escaped, fallback: baseResource.dialect)
            }
            if position.contains(.items), case .array(let items) = v {
                for (i, item) in items.enumerated() {
                    try collectResources(r, item, base: base, pointer: pointer + "/" + escaped + "/\(i)",
                                         fallback: baseResource.dialect)
                }
            }
            if position.contains(.properties), case .object(let props) = v {
                for name in SchemaJSON.sortedKeys(props) {
                    guard let item = props[name] else { continue }
                    try collectResources(r, item, base: base, pointer: pointer + "/" + escaped + "/" + SchemaURL.escapeToken(name),
                                         fallback: baseResource.dialect)
                }
            }
        }
    }

    private func collectAnchors(_ r: SchemaRoot, _ value: SchemaJSON, pointer: String, into res: SchemaResource) throws {
        guard case .object(let object) = value else { return }
        func add(_ anchor: String) throws {
            if let existing = res.anchors[anchor] {
                if existing == pointer { return }
                throw SchemaCompileError("duplicate anchor \(GoFormat.quote(anchor)) in \(GoFormat.quote(r.url)) at "
                                         + "\(GoFormat.quote(existing)) and \(GoFormat.quote(pointer))")
            }
            res.anchors[anchor] = pointer
        }
        let version = res.dialect.draft.version
        if version < 2019 {
            if object["$ref"] != nil { return }
            if let id = object[res.dialect.draft.idKeyword]?.stringValue {
                let fragment: String
                do {
                    fragment = try SchemaURL.splitFragment(id).fragment
                } catch {
                    throw SchemaCompileError("error in parsing anchor at \(GoFormat.quote(SchemaURL.location(r.url, pointer)))")
                }
                if !SchemaURL.isPointer(fragment) { try add(fragment) }
            }
        }
        if version >= 2019, let anchor = object["$anchor"]?.stringValue { try add(anchor) }
        if version >= 2020, let anchor = object["$dynamicAnchor"]?.stringValue {
            try add(anchor)
            res.dynamicAnchors.append(anchor)
        }
    }

    /// `getDraft`: the draft `$schema` names, following custom metaschemas to the draft they use.
    private func draft(of value: SchemaJSON, at location: String, isRoot: Bool, rootURL: String,
                       fallback: SchemaDraft, seen: Set<String>) throws -> SchemaDraft {
        guard case .object(let object) = value, let schema = object["$schema"]?.stringValue else { return fallback }
        if let draft = SchemaDraft.named(schema) { return draft }
        let metaURL = SchemaURL.split(schema).url
        do {
            _ = try SchemaURL.parse(metaURL)
        } catch let error as SchemaURL.ParseError {
            throw SchemaCompileError("invalid $schema in \(GoFormat.quote(location)): \(error.message)")
        }
        if isRoot && metaURL == rootURL {
            throw SchemaCompileError("draft \(GoFormat.quote(metaURL)) is not supported")
        }
        if seen.contains(metaURL) {
            throw SchemaCompileError("cycle in resolving $schema in \(GoFormat.quote(metaURL))")
        }
        let doc = try load(metaURL)
        return try draft(of: doc, at: metaURL + "#", isRoot: true, rootURL: metaURL, fallback: fallback,
                         seen: seen.union([metaURL]))
    }

    /// The vocabularies a custom metaschema requires (nil for the drafts' own metaschemas).
    private func metaVocabularies(_ object: [String: SchemaJSON], draft: SchemaDraft) throws -> [String]? {
        guard let schema = object["$schema"]?.stringValue, SchemaDraft.named(schema) == nil else { return nil }
        guard draft.version >= 2019 else { return nil }
        let metaURL = SchemaURL.split(schema).url
        guard case .object(let meta) = try load(metaURL),
              case .object(let vocabularies)? = meta["$vocabulary"] else { return nil }
        var names: [String] = []
        for url in SchemaJSON.sortedKeys(vocabularies) where vocabularies[url]?.boolValue == true {
            guard url.hasPrefix(draft.vocabularyPrefix) else {
                throw SchemaCompileError("unsupported vocabulary \(GoFormat.quote(url)) in \(GoFormat.quote(metaURL))")
            }
            let name = String(url.dropFirst(draft.vocabularyPrefix.count))
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `defaultLoader.load`: documents added or loaded before, the embedded metaschemas, then Helm's
    /// scheme loaders.
    func load(_ url: String) throws -> SchemaJSON {
        if let doc = documents[url] { return doc }
        if let text = Self.metaschemaText(url), let doc = try? SchemaJSONParser.parse(text) {
            documents[url] = doc
            return doc
        }
        do {
            let doc = try SchemaLoader.load(url)
            documents[url] = doc
            return doc
        } catch let error as SchemaLoader.Failure {
            throw SchemaCompileError("failing loading \(GoFormat.quote(url)): \(error.message)")
        }
    }

    static func metaschemaText(_ url: String) -> String? {
        var path: Substring
        if url.hasPrefix("http://json-schema.org/") {
            path = url.dropFirst("http://json-schema.org/".count)
        } else if url.hasPrefix("https://json-schema.org/") {
            path = url.dropFirst("https://json-schema.org/".count)
        } else {
            return nil
        }
        if path == "schema" { path = "draft/2020-12/schema" }
        return SchemaMetaschemas.text(path: String(path))
    }
}
