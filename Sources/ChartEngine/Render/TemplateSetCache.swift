import Foundation
import GoTemplate

/// The parsed template sets of one `ChartRenderer`, reused by every render that collects the same
/// templates. A set is immutable once parsed (executions keep their own state), so one set serves
/// concurrent renders. Which templates a render collects depends on its values (subchart conditions
/// and tags), hence a few sets keyed by the templates' names and sources rather than just one.
final class TemplateSetCache: @unchecked Sendable {
    /// The templates a set is parsed from, in parse order.
    struct Templates {
        var names: [String]
        /// The chart files' bytes. Renders share the loaded chart's arrays, so comparing them is
        /// usually an identity check rather than a byte comparison.
        var sources: [[UInt8]]
    }

    private struct Entry {
        var templates: Templates
        var set: TemplateSet
    }

    /// Enough for every combination of enabled subcharts a fleet realistically uses; past it the
    /// cache starts over rather than grow without bound.
    private static let capacity = 32

    private let lock = NSLock()
    /// Keyed by the joined names (a `String` key: its `Hashable` conformance is already resolved at
    /// start-up, where a new key type's costs a scan of every conformance in the binary).
    private var entries: [String: [Entry]] = [:]
    private var count = 0

    /// The set parsed from `templates`, parsing it with `parse` on a miss. Parse errors are not
    /// cached: a failing render fails the same way every time.
    func set(for templates: Templates, parse: () throws -> TemplateSet) rethrows -> TemplateSet {
        let key = templates.names.joined(separator: "\n")
        lock.lock()
        let cached = entries[key]?.first {
            $0.templates.names == templates.names && $0.templates.sources == templates.sources
        }
        lock.unlock()
        if let cached { return cached.set }
        let parsed = try parse()
        lock.lock()
        if count >= Self.capacity {
            entries.removeAll()
            count = 0
        }
        entries[key, default: []].append(Entry(templates: templates, set: parsed))
        count += 1
        lock.unlock()
        return parsed
    }
}
