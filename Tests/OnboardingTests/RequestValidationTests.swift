import XCTest
@testable import Onboarding

final class RequestValidationTests: XCTestCase {
    func testDNS1123Labels() {
        let valid = ["a", "0", "tenant-1", "pool-1", "a-b-c", "1a", String(repeating: "a", count: 63)]
        for label in valid {
            XCTAssertNil(DNS1123Label.violation(in: label), label)
        }
        let invalid: [(String, String)] = [
            ("", "must not be empty"),
            (String(repeating: "a", count: 64), "must be at most 63 characters (has 64)"),
            ("Tenant-1", "must consist of lower case letters, digits and '-' (found 'T')"),
            ("tenant_1", "must consist of lower case letters, digits and '-' (found '_')"),
            ("a.b", "must consist of lower case letters, digits and '-' (found '.')"),
            ("../etc", "must consist of lower case letters, digits and '-' (found '.')"),
            ("a/b", "must consist of lower case letters, digits and '-' (found '/')"),
            ("tenant 1", "must consist of lower case letters, digits and '-' (found ' ')"),
            ("ténant", "must consist of lower case letters, digits and '-' (found byte 0xC3)"),
            ("-tenant", "must start and end with a lower case letter or digit"),
            ("tenant-", "must start and end with a lower case letter or digit"),
        ]
        for (label, reason) in invalid {
            XCTAssertEqual(DNS1123Label.violation(in: label), reason, label)
        }
    }

    func testReleaseVersions() {
        for version in ["0.0", "1", "1.2.3", "0.1.0-rc.1", "2.0+build"] {
            XCTAssertNil(ReleaseVersion.violation(in: version), version)
        }
        let invalid: [(String, String)] = [
            ("", "must not be empty"),
            ("0.0\"", "may only contain letters, digits, '.', '-' and '+'"),
            ("0.0\nkind: x", "may only contain letters, digits, '.', '-' and '+'"),
            ("v1.0", "must start with a digit (e.g. \"0.0\")"),
            (String(repeating: "1", count: 65), "must be at most 64 characters"),
        ]
        for (version, reason) in invalid {
            XCTAssertEqual(ReleaseVersion.violation(in: version), reason, version)
        }
    }

    func testPlaceholderScan() {
        let cases: [(String, PlaceholderOccurrence?)] = [
            ("name: tenant-1\n", nil),
            ("name: {TENANT_ID}\n", PlaceholderOccurrence(token: "{TENANT_ID}", line: 1)),
            ("a: 1\nb: 2\nname: {ENVIRONMENT_ID}-x\n", PlaceholderOccurrence(token: "{ENVIRONMENT_ID}", line: 3)),
            ("v: \"{RELEASE_VERSION2}.x\"", PlaceholderOccurrence(token: "{RELEASE_VERSION2}", line: 1)),
            ("values: {}\n", nil),
            ("values: {a: 1}\n", nil),
            ("x: {lower}\n", nil),
            ("x: {_X}\n", nil),
            ("x: {X-Y}\n", nil),
            ("x: {UNCLOSED\n", nil),
            ("{", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(PlaceholderOccurrence.first(in: text), expected, text)
        }
    }

    func testTemplateSubstitutionReplacesEveryOccurrence() {
        let template = TierTemplate(text: "name: {TENANT_ID}\nrelease: {TENANT_ID}-x\nversion: \"{RELEASE_VERSION}.x\"\n")
        let request = OnboardingRequest(tenantId: "tenant-9", tier: "premium", releaseVersion: "1.2")
        XCTAssertEqual(template.substituted(for: request),
                       "name: tenant-9\nrelease: tenant-9-x\nversion: \"1.2.x\"\n")
    }
}
