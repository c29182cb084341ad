/// One schema location compiled as jsonschema v6 compiles it: the keywords its draft and vocabularies
/// enable, with every subschema and reference already resolved to another `CompiledSchema`.
/// Read-only once compilation finishes, so one graph serves concurrent validations.
final class CompiledSchema {
    enum Additional {
        case bool(Bool)
        case schema(CompiledSchema)
    }

    enum Dependency {
        case required([String])
        case schema(CompiledSchema)
    }

    struct Format {
        var name: String
        var check: (SchemaJSON) -> String?
    }

    /// `url#pointer`.
    let location: String
    let url: String
    let pointer: String
    var draftVersion = 2020
    /// The schema of the resource this one belongs to (itself for a resource).
    var resource: CompiledSchema?
    var isRecursiveAnchorResource: Bool { resource?.recursiveAnchor ?? false }
    var dynamicAnchorSchemas: [String: CompiledSchema] = [:]

    var boolValue: Bool?

    var ref: CompiledSchema?
    var recursiveRef: CompiledSchema?
    var recursiveAnchor = false
    var dynamicRef: (schema: CompiledSchema, anchor: String)?
    var dynamicAnchor = ""

    var types: [String]?
    var constValue: SchemaJSON?
    var enumValues: [SchemaJSON]?
    var format: Format?

    var allOf: [CompiledSchema] = []
    var anyOf: [CompiledSchema] = []
    var oneOf: [CompiledSchema] = []
    var not: CompiledSchema?
    var ifSchema: CompiledSchema?
    var thenSchema: CompiledSchema?
    var elseSchema: CompiledSchema?

    // Before 2020-12: `items` as one schema or an array, and `additionalItems`.
    var itemsSchema: CompiledSchema?
    var itemsArray: [CompiledSchema]?
    var additionalItems: Additional?
    // 2020-12.
    var prefixItems: [CompiledSchema] = []
    var items2020: CompiledSchema?
    var contains: CompiledSchema?
    var minContains: Int?
    var maxContains: Int?
    var unevaluatedItems: CompiledSchema?

    /// Sorted by name: Go iterates these maps in random order; sorting picks one order Helm can print.
    var properties: [(name: String, schema: CompiledSchema)] = []
    var propertySchemas: [String: CompiledSchema] = [:]
    var patternProperties: [(pattern: String, schema: CompiledSchema)] = []
    var additionalProperties: Additional?
    var dependencies: [(name: String, dependency: Dependency)] = []
    var dependentRequired: [(name: String, required: [String])] = []
    var dependentSchemas: [(name: String, schema: CompiledSchema)] = []
    var propertyNames: CompiledSchema?
    var unevaluatedProperties: CompiledSchema?

    var minimum: SchemaJSON?
    var maximum: SchemaJSON?
    var exclusiveMinimum: SchemaJSON?
    var exclusiveMaximum: SchemaJSON?
    var multipleOf: SchemaJSON?
    var minLength: Int?
    var maxLength: Int?
    var pattern: String?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var minProperties: Int?
    var maxProperties: Int?
    var required: [String] = []

    var allPropertiesEvaluated = false
    var allItemsEvaluated = false
    var itemsEvaluatedCount = 0

    init(url: String, pointer: String) {
        self.url = url
        self.pointer = pointer
        location = SchemaURL.location(url, pointer)
    }

    /// Drops every link to other schemas. References make cycles; the compiled graph's owner calls
    /// this on each node when it is released.
    func unlink() {
        resource = nil
        dynamicAnchorSchemas = [:]
        ref = nil
        recursiveRef = nil
        dynamicRef = nil
        allOf = []
        anyOf = []
        oneOf = []
        not = nil
        ifSchema = nil
        thenSchema = nil
        elseSchema = nil
        itemsSchema = nil
        itemsArray = nil
        additionalItems = nil
        prefixItems = []
        items2020 = nil
        contains = nil
        unevaluatedItems = nil
        properties = []
        propertySchemas = [:]
        patternProperties = []
        additionalProperties = nil
        dependencies = []
        dependentSchemas = []
        propertyNames = nil
        unevaluatedProperties = nil
    }
}
