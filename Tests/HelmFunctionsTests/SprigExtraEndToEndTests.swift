import Foundation
import XCTest
import GoTemplate
@testable import HelmFunctions

/// Whole templates through the evaluator with this family's functions; outputs observed from
/// `helm template` (v4.1.4) with TZ=UTC.
final class SprigExtraEndToEndTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        setenv("TZ", "UTC", 1)
    }

    private func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: SprigExtraTest.registry)
        try set.parse(name: "t", text: text)
        return try set.execute(name: "t", data: .map([:]), environment: SprigExtraTestContext().environment)
    }

    func testTemplates() throws {
        let cases: [(String, String)] = [
            (#"{{ toDate "2006-01-02" "2020-02-03" }}"#, "2020-02-03 00:00:00 +0000 UTC"),
            (#"{{ (toDate "2006-01-02" "2020-02-03").Month }}"#, "February"),
            (#"{{ (toDate "2006-01-02" "2020-02-03").Weekday }}"#, "Monday"),
            (#"{{ (toDate "2006-01-02" "2020-02-03").Unix }}"#, "1580688000"),
            (#"{{ (toDate "2006-01-02" "2020-02-03").Format "Jan 2, 2006" }}"#, "Feb 3, 2020"),
            (#"{{ toDate "2006-01-02" "2020-02-03" | dateModify "1h" }}"#, "2020-02-03 01:00:00 +0000 UTC"),
            (#"{{ dateModify "24h" (toDate "2006-01-02" "2020-02-03") | date "2006-01-02" }}"#, "2020-02-04"),
            (#"{{ (toDate "2006-01-02" "2020-02-03").Sub (toDate "2006-01-02" "2020-01-01") }}"#, "792h0m0s"),
            (#"{{ semver "v1.2.3-beta.1+build.5" }}"#, "1.2.3-beta.1+build.5"),
            (#"{{ (semver "v1.2.3-beta.1+build.5").Prerelease }}"#, "beta.1"),
            (#"{{ (semver "1.2.3").Compare (semver "1.2.4") }}"#, "-1"),
            (#"{{ semverCompare ">=1.21.0-0" "v1.25.3-gke.100" }}"#, "true"),
            (#"{{ b64enc "hello" | b64dec }}"#, "hello"),
            (#"{{ "a/b/c.txt" | base }} {{ "a/b/c.txt" | dir }} {{ "a/b/c.txt" | ext }}"#, "c.txt a/b .txt"),
            (#"{{ encryptAES "secretkey" "hello" | decryptAES "secretkey" }}"#, "hello"),
            (#"{{ sha256sum "hello" }}"#, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
        ]
        for (template, expected) in cases {
            XCTAssertEqual(try render(template), expected, template)
        }
    }

    func testErrorsNameTheFunction() {
        // Helm: `error calling mustToDate: parsing time "bad" as "2006-01-02": cannot parse "bad" as "2006"`.
        XCTAssertThrowsError(try render(#"{{ mustToDate "2006-01-02" "bad" }}"#)) { error in
            XCTAssertTrue("\(error)".contains(#"error calling mustToDate: parsing time "bad" as "2006-01-02": cannot parse "bad" as "2006""#), "\(error)")
        }
    }
}
