import XCTest
@testable import Onboarding

final class KustomizationResourcesTests: XCTestCase {
    private static let header = "# Tenants of the premium tier.\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"

    /// (name, original, after adding `new.yaml`). Removing `new.yaml` again must give back the original.
    private static let roundTrips: [(String, String, String)] = [
        ("empty flow list",
         header + "resources: []\n",
         header + "resources:\n  - new.yaml\n"),
        ("empty flow list with comment and following keys",
         "resources: [] # managed by the onboarding tool\npatches: []\n",
         "resources: # managed by the onboarding tool\n  - new.yaml\npatches: []\n"),
        ("two-space indented items",
         "resources:\n  - basic\n  - advanced\n",
         "resources:\n  - basic\n  - advanced\n  - new.yaml\n"),
        ("unindented items",
         "resources:\n- a.yaml\n- b.yaml\nnamespace: x\n",
         "resources:\n- a.yaml\n- b.yaml\n- new.yaml\nnamespace: x\n"),
        ("four-space indent and wide dash spacing",
         "resources:\n    -   a.yaml\n",
         "resources:\n    -   a.yaml\n    -   new.yaml\n"),
        ("comments between and after items are kept in place",
         "resources:\n  # first tenant\n  - a.yaml # the first\n\n  # trailing note\nimages: []\n",
         "resources:\n  # first tenant\n  - a.yaml # the first\n  - new.yaml\n\n  # trailing note\nimages: []\n"),
        ("quoted items",
         "resources:\n  - \"a.yaml\"\n  - 'b.yaml'\n",
         "resources:\n  - \"a.yaml\"\n  - 'b.yaml'\n  - new.yaml\n"),
        ("no trailing newline",
         "resources:\n  - a.yaml",
         "resources:\n  - a.yaml\n  - new.yaml"),
        ("CRLF line endings",
         "kind: Kustomization\r\nresources:\r\n  - a.yaml\r\n",
         "kind: Kustomization\r\nresources:\r\n  - a.yaml\r\n  - new.yaml\r\n"),
        ("one-line flow list",
         "resources: [a.yaml, b.yaml] # inline\n",
         "resources: [a.yaml, b.yaml, new.yaml] # inline\n"),
        ("flow list with inner spaces",
         "resources: [ a.yaml ]\n",
         "resources: [ a.yaml, new.yaml ]\n"),
        ("key after a nested key of the same name",
         "configMapGenerator:\n  - name: x\n    resources: []\nresources: []\n",
         "configMapGenerator:\n  - name: x\n    resources: []\nresources:\n  - new.yaml\n"),
    ]

    func testAddingThenRemovingRestoresTheOriginalBytes() throws {
        for (name, original, added) in Self.roundTrips {
            let edited = try KustomizationResources(text: original).adding("new.yaml")
            XCTAssertEqual(edited, added, name)
            let restored = try KustomizationResources(text: edited).removing("new.yaml")
            XCTAssertEqual(restored, original, name)
        }
    }

    func testRemovingKeepsEveryOtherLine() throws {
        let cases: [(String, String, String, String)] = [
            ("first of three", "resources:\n  - a.yaml\n  - b.yaml\n  - c.yaml\n", "a.yaml", "resources:\n  - b.yaml\n  - c.yaml\n"),
            ("middle with comment", "resources:\n  - a.yaml\n  # b is special\n  - b.yaml # note\n  - c.yaml\n", "b.yaml",
             "resources:\n  - a.yaml\n  # b is special\n  - c.yaml\n"),
            ("./ prefix", "resources:\n  - ./a.yaml\n  - b.yaml\n", "a.yaml", "resources:\n  - b.yaml\n"),
            ("last one of a list that never was []", "resources:\n- a.yaml\nkind: Kustomization\n", "a.yaml",
             "resources: []\nkind: Kustomization\n"),
            ("last one, comment on the key", "resources: # tenants\n  - a.yaml\n", "a.yaml", "resources: [] # tenants\n"),
            ("flow first", "resources: [a.yaml, b.yaml, c.yaml]\n", "a.yaml", "resources: [b.yaml, c.yaml]\n"),
            ("flow last", "resources: [a.yaml, b.yaml]\n", "b.yaml", "resources: [a.yaml]\n"),
            ("flow only", "resources: [a.yaml]\n", "a.yaml", "resources: []\n"),
            ("quoted", "resources:\n  - \"a.yaml\"\n  - b.yaml\n", "a.yaml", "resources:\n  - b.yaml\n"),
        ]
        for (name, original, entry, expected) in cases {
            XCTAssertEqual(try KustomizationResources(text: original).removing(entry), expected, name)
        }
    }

    func testRemovingAnEntryThatIsNotListedChangesNothing() throws {
        for text in ["resources: []\n", "resources:\n  - a.yaml\n", "resources: [a.yaml]\n", "kind: Kustomization\n"] {
            XCTAssertNil(try KustomizationResources(text: text).removing("b.yaml"), text)
        }
    }

    func testEntries() throws {
        let cases: [(String, [String])] = [
            ("resources: []\n", []),
            ("resources:\n", []),
            ("resources: null\n", []),
            ("kind: Kustomization\n", []),
            ("resources:\n  - a.yaml # c\n  - \"b.yaml\"\n  - 'it''s.yaml'\n", ["a.yaml", "b.yaml", "it's.yaml"]),
            ("resources: [a.yaml, \"b.yaml\"]\n", ["a.yaml", "b.yaml"]),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try KustomizationResources(text: text).entries, expected, text)
        }
    }

    func testAddingToNullOrMissingResources() throws {
        XCTAssertEqual(try KustomizationResources(text: "resources:\nkind: K\n").adding("a.yaml"),
                       "resources:\n  - a.yaml\nkind: K\n")
        XCTAssertEqual(try KustomizationResources(text: "resources: ~ # none\n").adding("a.yaml"),
                       "resources: # none\n  - a.yaml\n")
        XCTAssertEqual(try KustomizationResources(text: "kind: Kustomization\n").adding("a.yaml"),
                       "kind: Kustomization\nresources:\n  - a.yaml\n")
        XCTAssertEqual(try KustomizationResources(text: "kind: Kustomization").adding("a.yaml"),
                       "kind: Kustomization\nresources:\n  - a.yaml\n")
    }

    func testAddingAnEntryThatIsAlreadyListedFails() {
        for text in ["resources:\n  - a.yaml\n", "resources:\n  - ./a.yaml\n", "resources: [a.yaml]\n"] {
            XCTAssertThrowsError(try KustomizationResources(text: text).adding("a.yaml"), text) { error in
                XCTAssertEqual(error as? KustomizationResources.EditError,
                               KustomizationResources.EditError(reason: "resources already lists a.yaml"))
            }
        }
    }

    func testUnsupportedShapesAreClearErrors() {
        let cases: [(String, String)] = [
            ("resources: a.yaml\n", "resources (line 1) is not a list"),
            ("resources:\n  a: b\n", "resources (line 1) is not a list"),
            ("kind: K\nresources: [a.yaml,\n  b.yaml]\n",
             "resources (line 2) is a flow list spanning several lines, which is not supported"),
            ("resources: [[a.yaml]]\n", "resources (line 1) holds a nested collection"),
            ("resources: [a.yaml] b\n", "unexpected text after resources list on line 1"),
            ("resources: []\nresources: []\n", "resources is defined more than once"),
        ]
        for (text, reason) in cases {
            XCTAssertThrowsError(try KustomizationResources(text: text), text) { error in
                XCTAssertEqual((error as? KustomizationResources.EditError)?.reason, reason, text)
            }
        }
    }
}
