/// Runs work on a thread with the stack deep templates need, for callers that parse or execute many
/// templates in a row: inside `run`, `TemplateSet.parse` and `execute` stay on that thread instead of
/// handing each call to another thread and waiting for it.
public enum LargeStack {
    public static func run<T>(_ work: @escaping () throws -> T) throws -> T {
        try LargeStackExecutor.shared.run(work)
    }
}
