import Foundation
import XCTest
import GoTemplate
@testable import HelmFunctions

/// A call context for invoking SprigExtra function bodies directly, with a fixed clock and a
/// deterministic random source.
final class SprigExtraTestContext: CallContext {
    var environment: RenderEnvironment
    var userInfo: [String: Any] = [:]

    init(now: Date = Date(timeIntervalSince1970: 1_700_000_000), seed: UInt64 = 42) {
        var state = seed
        environment = RenderEnvironment(now: { now }, random: {
            // splitmix64: deterministic and well spread.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        })
    }

    func executeTemplate(named name: String, data: Value) throws -> String { "" }
    func executeText(_ text: String, named name: String, data: Value) throws -> String { "" }
}

enum SprigExtraTest {
    static let registry: FunctionRegistry = {
        var registry = FunctionRegistry()
        SprigExtraFunctions.register(&registry)
        return registry
    }()

    /// Calls a registered function's body with arguments already of its declared Go types.
    static func call(_ name: String, _ args: [Value], context: SprigExtraTestContext = SprigExtraTestContext()) throws -> Value {
        guard let function = registry[name] else { throw FunctionError("no function \(name)") }
        return try function.body(context, args)
    }

    static func string(_ name: String, _ args: [Value], context: SprigExtraTestContext = SprigExtraTestContext(),
                       file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            let result = try call(name, args, context: context)
            guard case .string(let s) = result else {
                XCTFail("\(name) returned \(result.goTypeName), not string", file: file, line: line)
                return nil
            }
            return s
        } catch {
            XCTFail("\(name) threw \(error)", file: file, line: line)
            return nil
        }
    }

    static func errorMessage(_ name: String, _ args: [Value], context: SprigExtraTestContext = SprigExtraTestContext()) -> String? {
        do {
            _ = try call(name, args, context: context)
            return nil
        } catch let error as FunctionError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
