import Foundation
import GoTemplate

/// values.schema.json files compiled once per process: every render of a chart validates against the
/// same text. A compiled program is only read by `SchemaEvaluator`, never changed, so one program
/// serves concurrent validations. Compile errors are remembered too.
enum SchemaDocuments {
    /// Where Helm places the chart's schema: relative references resolve against it.
    static let rootURL = "file:///values.schema.json"

    /// Past this many distinct schemas the cache starts over rather than grow without bound.
    private static let capacity = 256

    private static let lock = NSLock()
    /// Keyed by the schema's text (a `String` key: its `Hashable` conformance is already resolved at
    /// start-up, where a new key type's costs a scan of every conformance in the binary).
    nonisolated(unsafe) private static var compiled: [String: Result<SchemaProgram, Error>] = [:]

    /// The compiled schema; throws `SchemaCompileError` when the text is not JSON or jsonschema would
    /// not compile it (Helm prints either under the chart's name).
    static func program(_ schemaBytes: [UInt8]) throws -> SchemaProgram {
        let text = String(decoding: schemaBytes, as: UTF8.self)
        lock.lock()
        let cached = compiled[text]
        lock.unlock()
        if let cached { return try cached.get() }
        let result = Result { try compile(text) }
        lock.lock()
        if compiled.count >= capacity { compiled.removeAll() }
        compiled[text] = result
        lock.unlock()
        return try result.get()
    }

    private static func compile(_ text: String) throws -> SchemaProgram {
        let document: SchemaJSON
        do {
            document = try SchemaJSONParser.parse(text)
        } catch let error as SchemaJSONParser.Failure {
            throw SchemaCompileError(error.message)
        }
        let roots = SchemaRoots(metaschemaCheck: SchemaMetaschemaCheck.check)
        roots.add(url: rootURL, document: document)
        return try SchemaCompiler(roots: roots, assertFormat: false).compile(url: rootURL)
    }
}

/// jsonschema validates every schema it loads against its draft's metaschema before compiling it.
enum SchemaMetaschemaCheck {
    /// Compiled metaschemas by draft version, each compiled the first time a schema needs it: a
    /// render usually meets one draft, and compiling all five cost more than the rest of a render.
    private static let cache = MetaschemaCache()

    private final class MetaschemaCache: @unchecked Sendable {
        private let lock = NSLock()
        private var programs: [Int: SchemaProgram] = [:]

        func program(_ version: Int) -> SchemaProgram? {
            lock.lock()
            defer { lock.unlock() }
            if let program = programs[version] { return program }
            guard let draft = [SchemaDraft.draft4, .draft6, .draft7, .draft2019, .draft2020].first(where: { $0.version == version }),
                  let program = try? SchemaCompiler(roots: SchemaRoots(metaschemaCheck: nil), assertFormat: true)
                      .compile(url: draft.url) else { return nil }
            programs[version] = program
            return program
        }
    }

    static func check(_ value: SchemaJSON, _ dialect: SchemaDialect, _ resources: [String: Int], _ location: String) throws {
        guard let program = cache.program(dialect.draft.version) else { return }
        var evaluator = SchemaEvaluator()
        evaluator.metaResources = resources
        // Resources written in another draft are checked against that draft's metaschema.
        for version in Set(resources.values) {
            if let other = cache.program(version) { evaluator.metaschemas[version] = other.root }
        }
        let failures = evaluator.validate(value, against: program.root)
        guard !failures.isEmpty else { return }
        var lines: [String] = []
        for failure in failures.flatMap(\.displayed) { failure.render(indent: "", into: &lines) }
        throw SchemaCompileError("\(GoFormat.quote(location)) is not valid against metaschema: "
                                 + "jsonschema validation failed with \(SchemaFailure.quote(program.root.location))\n"
                                 + lines.joined(separator: "\n"))
    }
}
