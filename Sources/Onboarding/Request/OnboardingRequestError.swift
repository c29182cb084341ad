import Foundation

/// Why a queue message is not a valid onboarding request.
public enum OnboardingRequestError: Error, Equatable {
    case invalidJSON(String)
    case notAnObject(got: String)
    case missingField(String)
    case unknownField(String)
    case wrongType(field: String, expected: String, got: String)
}

extension OnboardingRequestError: CustomStringConvertible, LocalizedError {
    public var description: String {
        switch self {
        case let .invalidJSON(message):
            return "onboarding message is not valid JSON: \(message)"
        case let .notAnObject(got):
            return "onboarding message must be a JSON object, got \(got)"
        case let .missingField(name):
            return "onboarding message is missing field \(quoted(name))"
        case let .unknownField(name):
            let expected = OnboardingRequest.MessageField.allCases.map(\.rawValue).joined(separator: ", ")
            return "onboarding message has unknown field \(quoted(name)) (expected: \(expected))"
        case let .wrongType(field, expected, got):
            return "onboarding message field \(quoted(field)) must be a \(expected), got \(got)"
        }
    }

    public var errorDescription: String? { description }
}
