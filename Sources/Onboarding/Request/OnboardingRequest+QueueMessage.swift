import Foundation

extension OnboardingRequest {
    /// The queue message's field names, as the event-driven onboarding workflow sends them.
    public enum MessageField: String, CaseIterable {
        case tenantId = "tenant_id"
        case tier = "tenant_tier"
        case releaseVersion = "release_version"
    }

    /// Parses `{"tenant_id": "tenant-1", "tenant_tier": "premium", "release_version": "0.0"}`.
    /// Strict: the three fields are required strings and no other field is accepted, so a typo in a
    /// field name is an error rather than a silently missing value. Field values are not validated here
    /// (the repository does that, with the tiers it knows).
    public init(queueMessage: String) throws {
        try self.init(queueMessage: Data(queueMessage.utf8))
    }

    public init(queueMessage data: Data) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw OnboardingRequestError.invalidJSON(Self.jsonErrorMessage(error))
        }
        guard let fields = object as? [String: Any] else {
            throw OnboardingRequestError.notAnObject(got: Self.jsonTypeName(object))
        }
        let known = Set(MessageField.allCases.map(\.rawValue))
        if let unknown = fields.keys.filter({ !known.contains($0) }).sorted().first {
            throw OnboardingRequestError.unknownField(unknown)
        }
        func string(_ field: MessageField) throws -> String {
            guard let raw = fields[field.rawValue] else {
                throw OnboardingRequestError.missingField(field.rawValue)
            }
            guard let text = raw as? String else {
                throw OnboardingRequestError.wrongType(field: field.rawValue, expected: "string",
                                                       got: Self.jsonTypeName(raw))
            }
            return text
        }
        self.init(tenantId: try string(.tenantId), tier: try string(.tier),
                  releaseVersion: try string(.releaseVersion))
    }

    /// JSON's name for a decoded value's type, for error messages.
    static func jsonTypeName(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        case let number as NSNumber:
            // JSONSerialization decodes true/false as NSNumber too; booleans carry the `char` type code.
            return String(cString: number.objCType) == "c" ? "boolean" : "number"
        default: return "unknown"
        }
    }

    private static func jsonErrorMessage(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}
