import Foundation

/// Parsing and encoding recurse once per nesting level, and Go accepts up to 10000 levels. That is
/// more than a secondary thread's stack holds, so work first runs with a shallow limit where it is,
/// and only when a document or value is deeper does it run again on a thread with a large stack.
enum DeepNesting {
    /// Nesting allowed before moving to a large stack.
    static let shallowLimit = 1_000
    /// go-yaml's limit ("exceeded max depth of 10000"), also used as encoders' cycle guard.
    static let goLimit = 10_000

    /// Thrown when `shallowLimit` is passed; never escapes `run`.
    struct TooDeep: Error {}

    /// Runs `body(limit)` with the shallow limit, and again with Go's limit on a 1 GiB-stack thread
    /// (reserved, not committed) if it was too deep.
    static func run<T>(_ body: @escaping (Int) throws -> T) throws -> T {
        do {
            return try body(shallowLimit)
        } catch is TooDeep {
            return try onLargeStack { try body(goLimit) }
        }
    }

    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }

    private static func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.result = Result { try body() }
            done.signal()
        }
        thread.stackSize = 1 << 30
        thread.start()
        done.wait()
        guard let result = outcome.result else { throw YAMLError("yaml: internal error: nested work did not finish") }
        return try result.get()
    }
}
