import Foundation

/// Runs work on threads with a large stack, so deep template recursion (Go allows 100000 nested
/// `template` calls) cannot overflow a small caller stack (Dispatch threads have 512 KiB).
///
/// Threads are kept and reused: creating a thread with a huge stack for every execution costs far
/// more (mapping and unmapping the stack) than the rendering itself.
final class LargeStackExecutor: @unchecked Sendable {
    static let shared = LargeStackExecutor()

    /// Reserved (not committed) stack per worker.
    static let stackSize = 1 << 30

    private let lock = NSLock()
    private var idle: [Worker] = []

    /// Runs `work` on a large-stack thread and waits for it; runs inline when this thread already
    /// has that much stack left (e.g. nested calls made from a worker).
    func run<T>(_ work: @escaping () throws -> T) throws -> T {
        if StackGuard.remaining() >= UInt(LargeStackExecutor.stackSize / 2) {
            return try work()
        }
        let worker = takeWorker()
        defer { giveBack(worker) }
        let outcome = Outcome<T>()
        worker.perform {
            outcome.result = Result { try work() }
        }
        guard let result = outcome.result else {
            throw TemplateError(kind: .execution, templateName: "", line: 0, column: 0, message: "execution thread failed")
        }
        return try result.get()
    }

    /// The only reference to something deeply nested, until `release(_:)` drops it.
    final class Releasable<T>: @unchecked Sendable {
        fileprivate var value: T?
        init(_ value: T) { self.value = value }
    }

    /// Drops `releasable`'s value on a large-stack thread (inline when this one has the stack):
    /// freeing a deep structure recurses once per level and would overflow a small stack.
    func release<T>(_ releasable: Releasable<T>) {
        _ = try? run { releasable.value = nil }
    }

    private func takeWorker() -> Worker {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? Worker()
    }

    private func giveBack(_ worker: Worker) {
        lock.lock()
        idle.append(worker)
        lock.unlock()
    }

    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }

    /// One long-lived thread that runs jobs handed to it, one at a time.
    private final class Worker: @unchecked Sendable {
        private let jobReady = DispatchSemaphore(value: 0)
        private let jobDone = DispatchSemaphore(value: 0)
        private var job: (() -> Void)?

        init() {
            let thread = Thread { [unowned self] in self.loop() }
            thread.stackSize = LargeStackExecutor.stackSize
            thread.start()
        }

        func perform(_ work: @escaping () -> Void) {
            job = work
            jobReady.signal()
            jobDone.wait()
        }

        private func loop() {
            while true {
                jobReady.wait()
                job?()
                job = nil
                jobDone.signal()
            }
        }
    }
}
