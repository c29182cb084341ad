/// The JSON-schema drafts jsonschema v6 knows: which keyword holds the id, where subschemas sit (for
/// finding `$id`s and anchors) and, for 2019-09 and later, the vocabularies.
struct SchemaDraft {
    struct Position: OptionSet {
        let rawValue: Int
        /// The keyword's value is a schema.
        static let schema = Position(rawValue: 1)
        /// The keyword's value is an object of schemas.
        static let properties = Position(rawValue: 2)
        /// The keyword's value is an array of schemas.
        static let items = Position(rawValue: 4)
    }

    let version: Int
    /// The metaschema's URL, as `$schema` names it (no fragment).
    let url: String
    let idKeyword: String
    let subschemas: [(keyword: String, position: Position)]
    let vocabularyPrefix: String
    let defaultVocabularies: [String]

    static let draft4 = SchemaDraft(version: 4, url: "http://json-schema.org/draft-04/schema", idKeyword: "id",
                                    subschemas: draft4Subschemas, vocabularyPrefix: "", defaultVocabularies: [])
    static let draft6 = SchemaDraft(version: 6, url: "http://json-schema.org/draft-06/schema", idKeyword: "$id",
                                    subschemas: draft6Subschemas, vocabularyPrefix: "", defaultVocabularies: [])
    static let draft7 = SchemaDraft(version: 7, url: "http://json-schema.org/draft-07/schema", idKeyword: "$id",
                                    subschemas: draft7Subschemas, vocabularyPrefix: "", defaultVocabularies: [])
    static let draft2019 = SchemaDraft(version: 2019, url: "https://json-schema.org/draft/2019-09/schema",
                                       idKeyword: "$id", subschemas: draft2019Subschemas,
                                       vocabularyPrefix: "https://json-schema.org/draft/2019-09/vocab/",
                                       defaultVocabularies: ["core", "applicator", "validation"])
    static let draft2020 = SchemaDraft(version: 2020, url: "https://json-schema.org/draft/2020-12/schema",
                                       idKeyword: "$id", subschemas: draft2020Subschemas,
                                       vocabularyPrefix: "https://json-schema.org/draft/2020-12/vocab/",
                                       defaultVocabularies: ["core", "applicator", "unevaluated", "validation"])
    /// Helm sets no default draft: schemas without `$schema` are 2020-12.
    static let latest = draft2020

    private static let draft4Subschemas: [(String, Position)] = [
        ("definitions", .properties), ("not", .schema), ("allOf", .items), ("anyOf", .items), ("oneOf", .items),
        ("properties", .properties), ("additionalProperties", .schema), ("patternProperties", .properties),
        ("items", [.schema, .items]), ("additionalItems", .schema), ("dependencies", .properties),
    ]
    private static let draft6Subschemas = draft4Subschemas + [("propertyNames", .schema), ("contains", .schema)]
    private static let draft7Subschemas = draft6Subschemas + [("if", .schema), ("then", .schema), ("else", .schema)]
    private static let draft2019Subschemas = draft7Subschemas + [
        ("$defs", .properties), ("dependentSchemas", .properties), ("unevaluatedProperties", .schema),
        ("unevaluatedItems", .schema), ("contentSchema", .schema),
    ]
    private static let draft2020Subschemas = draft2019Subschemas + [("prefixItems", .items)]

    /// `draftFromURL`: the draft a `$schema` names (http or https, no fragment but an empty one).
    static func named(_ url: String) -> SchemaDraft? {
        let (base, fragment) = SchemaURL.split(url)
        guard fragment.isEmpty else { return nil }
        var rest = Substring(base)
        if rest.hasPrefix("http://") { rest = rest.dropFirst(7) } else if rest.hasPrefix("https://") { rest = rest.dropFirst(8) }
        switch rest {
        case "json-schema.org/schema": return latest
        case "json-schema.org/draft/2020-12/schema": return draft2020
        case "json-schema.org/draft/2019-09/schema": return draft2019
        case "json-schema.org/draft-07/schema": return draft7
        case "json-schema.org/draft-06/schema": return draft6
        case "json-schema.org/draft-04/schema": return draft4
        default: return nil
        }
    }

    /// The schema's id (fragment dropped); before 2019-09 a sibling `$ref` hides it.
    func id(of object: [String: SchemaJSON]) -> String? {
        if version < 2019 && object["$ref"] != nil { return nil }
        guard let id = object[idKeyword]?.stringValue else { return nil }
        let base = SchemaURL.split(id).url
        return base.isEmpty ? nil : base
    }
}

/// A draft plus the vocabularies its metaschema enables (nil: the draft's defaults).
struct SchemaDialect {
    var draft: SchemaDraft
    var vocabularies: [String]?

    func hasVocabulary(_ name: String) -> Bool {
        if draft.version < 2019 || name == "core" { return true }
        if let vocabularies { return vocabularies.contains(name) }
        return draft.defaultVocabularies.contains(name)
    }
}

/// A schema that cannot be compiled: Helm prints the text under the chart's name, without the
/// validation errors' trailing blank line.
struct SchemaCompileError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
