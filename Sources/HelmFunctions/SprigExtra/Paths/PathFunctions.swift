import GoTemplate

/// Sprig's path family: `base`, `dir`, `ext`, `clean`, `isAbs` (Go `path`) and their `os…` twins (Go
/// `path/filepath`, which on Linux has the same rules).
enum PathFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        let stringFunctions: [(String, (String) -> String)] = [
            ("base", GoPath.base), ("dir", GoPath.dir), ("ext", GoPath.ext), ("clean", GoPath.clean),
            ("osBase", GoPath.base), ("osDir", GoPath.dir), ("osExt", GoPath.ext), ("osClean", GoPath.clean),
        ]
        for (name, function) in stringFunctions {
            // Go's path functions work on bytes: a string that is not UTF-8 keeps its bytes.
            registry.register(name, [.string]) { _, args in
                try RawByteEscape.apply(args) { function($0[0]) } ?? .string(function(try ExtraArgs.string(args, 0)))
            }
        }
        for name in ["isAbs", "osIsAbs"] {
            registry.register(name, [.string]) { _, args in .bool(GoPath.isAbs(try ExtraArgs.string(args, 0))) }
        }
    }
}
