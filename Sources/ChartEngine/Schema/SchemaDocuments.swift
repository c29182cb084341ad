import Foundation
import GoTemplate

/// values.schema.json files decoded once per process: every render of a chart validates against the
/// same text. The decoded documents are only read by `SchemaEvaluator`, never changed, so one
/// document serves concurrent validations.
enum SchemaDocuments {
    /// Past this many distinct schemas the cache starts over rather than grow without bound.
    private static let capacity = 256

    private static let lock = NSLock()
    /// Keyed by the schema's text (a `String` key: its `Hashable` conformance is already resolved at
    /// start-up, where a new key type's costs a scan of every conformance in the binary).
    private static var decoded: [String: Value] = [:]

    /// The decoded schema; throws `ChartError` with Helm's text when it is not JSON.
    static func document(_ schemaBytes: [UInt8]) throws -> Value {
        let text = String(decoding: schemaBytes, as: UTF8.self)
        lock.lock()
        let cached = decoded[text]
        lock.unlock()
        if let cached { return cached }
        let document: Value
        do {
            document = try JSONValueDecoder.decodeWhole(text)
        } catch {
            throw ChartError("values.schema.json: \(error)")
        }
        lock.lock()
        if decoded.count >= capacity { decoded.removeAll() }
        decoded[text] = document
        lock.unlock()
        return document
    }
}
