import XCTest
@testable import Onboarding

final class OnboardingRequestParsingTests: XCTestCase {
    func testParsesTheQueueMessage() throws {
        let request = try OnboardingRequest(
            queueMessage: #"{"tenant_id": "tenant-1", "tenant_tier": "premium", "release_version": "0.0"}"#)
        XCTAssertEqual(request, OnboardingRequest(tenantId: "tenant-1", tier: "premium", releaseVersion: "0.0"))
    }

    func testFieldOrderAndWhitespaceDoNotMatter() throws {
        let request = try OnboardingRequest(
            queueMessage: "\n{ \"release_version\":\"1.2\",\n \"tenant_tier\":\"basic\", \"tenant_id\":\"t\" }\n")
        XCTAssertEqual(request, OnboardingRequest(tenantId: "t", tier: "basic", releaseVersion: "1.2"))
    }

    func testRejectsMalformedMessages() {
        let cases: [(message: String, expected: OnboardingRequestError)] = [
            (#"["tenant-1"]"#, .notAnObject(got: "array")),
            (#""tenant-1""#, .notAnObject(got: "string")),
            ("42", .notAnObject(got: "number")),
            (#"{"tenant_tier": "premium", "release_version": "0.0"}"#, .missingField("tenant_id")),
            (#"{"tenant_id": "t", "release_version": "0.0"}"#, .missingField("tenant_tier")),
            (#"{"tenant_id": "t", "tenant_tier": "premium"}"#, .missingField("release_version")),
            (#"{"tenant_id": 1, "tenant_tier": "premium", "release_version": "0.0"}"#,
             .wrongType(field: "tenant_id", expected: "string", got: "number")),
            (#"{"tenant_id": "t", "tenant_tier": true, "release_version": "0.0"}"#,
             .wrongType(field: "tenant_tier", expected: "string", got: "boolean")),
            (#"{"tenant_id": "t", "tenant_tier": "premium", "release_version": 0.0}"#,
             .wrongType(field: "release_version", expected: "string", got: "number")),
            (#"{"tenant_id": null, "tenant_tier": "premium", "release_version": "0.0"}"#,
             .wrongType(field: "tenant_id", expected: "string", got: "null")),
            (#"{"tenant_id": "t", "tenant_tier": ["premium"], "release_version": "0.0"}"#,
             .wrongType(field: "tenant_tier", expected: "string", got: "array")),
            (#"{"tenant_id": "t", "tenant_tier": "premium", "release_version": "0.0", "tier": "x"}"#,
             .unknownField("tier")),
        ]
        for (message, expected) in cases {
            XCTAssertThrowsError(try OnboardingRequest(queueMessage: message), message) { error in
                XCTAssertEqual(error as? OnboardingRequestError, expected, message)
            }
        }
    }

    func testInvalidJSONIsAClearError() {
        // (Foundation tolerates a trailing comma, so that is not among the cases.)
        for message in ["", "{", #"{"tenant_id" "t"}"#, "tenant_id=t"] {
            XCTAssertThrowsError(try OnboardingRequest(queueMessage: message), message) { error in
                guard case .invalidJSON(let detail)? = error as? OnboardingRequestError else {
                    return XCTFail("expected invalidJSON for \(message), got \(error)")
                }
                XCTAssertFalse(detail.isEmpty)
                XCTAssertTrue(String(describing: error).hasPrefix("onboarding message is not valid JSON: "))
            }
        }
    }

    func testErrorMessagesNameTheField() {
        XCTAssertEqual(OnboardingRequestError.missingField("tenant_id").description,
                       #"onboarding message is missing field "tenant_id""#)
        XCTAssertEqual(OnboardingRequestError.wrongType(field: "release_version", expected: "string", got: "number").description,
                       #"onboarding message field "release_version" must be a string, got number"#)
        XCTAssertEqual(OnboardingRequestError.unknownField("tier").description,
                       #"onboarding message has unknown field "tier" (expected: tenant_id, tenant_tier, release_version)"#)
    }
}
