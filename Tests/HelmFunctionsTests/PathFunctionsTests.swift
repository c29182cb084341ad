import XCTest
import GoTemplate
@testable import HelmFunctions

/// Expected values observed from `helm template` (v4.1.4); the `os…` functions printed the same.
final class PathFunctionsTests: XCTestCase {
    func testPathFunctions() {
        // input, base, dir, ext, clean, isAbs
        let cases: [(String, String, String, String, String, Bool)] = [
            ("", ".", ".", "", ".", false),
            ("/", "/", "/", "", "/", true),
            ("a/b/c.txt", "c.txt", "a/b", ".txt", "a/b/c.txt", false),
            ("/a/b/", "b", "/a/b", "", "/a/b", true),
            ("a//b/../c/.", ".", "a/c", ".", "a/c", false),
            ("../../x", "x", "../..", "", "../../x", false),
            ("/../x", "x", "/", "", "/x", true),
            ("c.tar.gz", "c.tar.gz", ".", ".gz", "c.tar.gz", false),
            (".bashrc", ".bashrc", ".", ".bashrc", ".bashrc", false),
            ("a/b.", "b.", "a", ".", "a/b.", false),
            ("///", "/", "/", "", "/", true),
            ("a/./b/", "b", "a/b", "", "a/b", false),
            ("x/..", "..", "x", ".", ".", false),
            ("./", ".", ".", "", ".", false),
            ("a\\b.c", "a\\b.c", ".", ".c", "a\\b.c", false),
        ]
        for (input, base, dir, ext, clean, isAbs) in cases {
            for prefix in ["", "os"] {
                func name(_ n: String) -> String { prefix.isEmpty ? n : prefix + n.prefix(1).uppercased() + n.dropFirst() }
                XCTAssertEqual(SprigExtraTest.string(name("base"), [.string(input)]), base, "\(prefix)base \(input)")
                XCTAssertEqual(SprigExtraTest.string(name("dir"), [.string(input)]), dir, "\(prefix)dir \(input)")
                XCTAssertEqual(SprigExtraTest.string(name("ext"), [.string(input)]), ext, "\(prefix)ext \(input)")
                XCTAssertEqual(SprigExtraTest.string(name("clean"), [.string(input)]), clean, "\(prefix)clean \(input)")
                guard case .bool(let absolute) = (try? SprigExtraTest.call(name("isAbs"), [.string(input)])) ?? .invalid else {
                    XCTFail("isAbs did not return a bool")
                    continue
                }
                XCTAssertEqual(absolute, isAbs, "\(prefix)isAbs \(input)")
            }
        }
    }
}
