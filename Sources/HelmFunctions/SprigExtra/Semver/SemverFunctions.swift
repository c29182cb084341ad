import GoTemplate

/// Sprig's `semver` and `semverCompare` (Masterminds/semver v3).
enum SemverFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("semver", [.string]) { _, args in
            do {
                return .object(try SemverVersion.parse(try ExtraArgs.string(args, 0)))
            } catch let error as SemverVersion.ParseError {
                throw FunctionError(error.message)
            }
        }
        registry.register("semverCompare", [.string, .string]) { _, args in
            let constraints: SemverConstraints
            do {
                constraints = try SemverConstraints(try ExtraArgs.string(args, 0))
            } catch let error as SemverConstraints.ParseError {
                throw FunctionError(error.message)
            }
            do {
                return .bool(constraints.check(try SemverVersion.parse(try ExtraArgs.string(args, 1))))
            } catch let error as SemverVersion.ParseError {
                throw FunctionError(error.message)
            }
        }
    }
}
