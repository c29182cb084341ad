import XCTest
@testable import GoTemplate

/// Go strings that are not UTF-8, through the evaluator and fmt alone: literals with `\\x` and octal
/// escapes, template text read as bytes, `print`/`printf` verbs and widths, `len`/`index`, comparisons
/// by bytes (not canonical equivalence), `html`/`js`/`urlquery`. Expected bytes were printed by Helm
/// v4.1.4 (`helm template` of the case, its output base64-encoded by `include … | b64enc`).
final class ByteStringExecTests: XCTestCase {
    static let cases: [(template: String, expected: [UInt8])] = [
        ("{{ \"a\\xc3b\" }}", [97, 195, 98]),
        ("{{ print \"a\\xc3b\" }}", [97, 195, 98]),
        ("{{ print \"a\\xc3b\" 1 }}", [97, 195, 98, 49]),
        ("{{ println \"a\\xc3b\" }}", [97, 195, 98, 10]),
        ("{{ printf \"%s\" \"a\\xc3b\" }}", [97, 195, 98]),
        ("{{ printf \"%q\" \"a\\xc3b\" }}", Array("\"a\\xc3b\"".utf8)),
        ("{{ printf \"%+q\" \"a\\xc3b\" }}", Array("\"a\\xc3b\"".utf8)),
        ("{{ printf \"%#q\" \"a\\xc3b\" }}", Array("\"a\\xc3b\"".utf8)),
        ("{{ printf \"%x\" \"a\\xc3b\" }}", Array("61c362".utf8)),
        ("{{ printf \"%X\" \"a\\xc3b\" }}", Array("61C362".utf8)),
        ("{{ printf \"% x\" \"a\\xc3b\" }}", Array("61 c3 62".utf8)),
        ("{{ printf \"%v\" \"a\\xc3b\" }}", [97, 195, 98]),
        ("{{ printf \"%#v\" \"a\\xc3b\" }}", Array("\"a\\xc3b\"".utf8)),
        ("{{ printf \"%5s|\" \"\\xc3\" }}", [32, 32, 32, 32, 195, 124]),
        ("{{ printf \"%-5s|\" \"\\xc3\" }}", [195, 32, 32, 32, 32, 124]),
        ("{{ printf \"%.1s\" \"\\xc3\\xa9x\" }}", Array("é".utf8)),
        ("{{ printf \"%.2s\" \"\\xc3x\\xc3\" }}", [195, 120]),
        ("{{ printf \"%T\" \"\\xc3\" }}", Array("string".utf8)),
        ("{{ printf \"%d\" \"\\xc3\" }}", [37, 33, 100, 40, 115, 116, 114, 105, 110, 103, 61, 195, 41]),
        ("{{ printf \"%c\" 195 }}", Array("Ã".utf8)),
        ("{{ printf \"\\xc3%s\" \"x\" }}", [195, 120]),
        ("{{ printf \"%s\\xff\" \"x\" }}", [120, 255]),
        ("{{ len \"a\\xc3b\" }}", Array("3".utf8)),
        ("{{ index \"a\\xc3b\" 1 }}", Array("195".utf8)),
        ("{{ eq \"\\xc3\" \"\\xc3\" }}", Array("true".utf8)),
        ("{{ eq \"\\xc3\" \"\\xc4\" }}", Array("false".utf8)),
        ("{{ ne \"\\xc3\" \"\\xef\\xbf\\xbd\" }}", Array("true".utf8)),
        ("{{ lt \"\\xc3\" \"\\xc4\" }}", Array("true".utf8)),
        ("{{ lt \"\\xff\" \"\\xef\\xbf\\xbd\" }}", Array("false".utf8)),
        ("{{ lt \"\\xef\\xbf\\xbd\" \"\\xff\" }}", Array("true".utf8)),
        ("{{ lt \"z\" \"\\xc3\" }}", Array("true".utf8)),
        ("{{ if \"\\xc3\" }}t{{ end }}", Array("t".utf8)),
        ("{{ html \"<\\xc3>\" }}", [38, 108, 116, 59, 195, 38, 103, 116, 59]),
        ("{{ js \"\\xc3'\" }}", [195, 92, 39]),
        ("{{ urlquery \"\\xc3 x\" }}", Array("%C3+x".utf8)),
        ("{{ $x := \"\\xc3\" }}{{ $x }}{{ $x | len }}", [195, 49]),
        ("{{ template \"t3\" \"\\xc3\" }}{{ define \"t3\" }}<{{ . }}>{{ end }}", [60, 195, 62]),
        ("{{ printf \"%s\" \"\\xc3\\x80\" }}", Array("À".utf8)),
        ("{{ \"\\377\" }}", [255]),
        ("{{ \"\\303\\251\" }}", Array("é".utf8)),
        ("{{ `\\xc3` }}", Array("\\xc3".utf8)),
        ("{{ '\\xc3' }}", Array("195".utf8)),
        ("{{ printf \"%q\" \"\\xe2\\x82\" }}", Array("\"\\xe2\\x82\"".utf8)),
        ("{{ printf \"%q\" \"\\xed\\xa0\\x80\" }}", Array("\"\\xed\\xa0\\x80\"".utf8)),
        ("{{ printf \"%q\" \"\\xf4\\x90\\x80\\x80\" }}", Array("\"\\xf4\\x90\\x80\\x80\"".utf8)),
        ("{{ eq \"é\" \"e\\u0301\" }}", Array("false".utf8)),
        ("{{ lt \"é\" \"e\\u0301\" }}", Array("false".utf8)),
        ("{{ ne \"é\" \"e\\u0301\" }}", Array("true".utf8)),
        ("{{ if eq \"\\u212b\" \"\\u00c5\" }}same{{ else }}diff{{ end }}", Array("diff".utf8)),
        ("{{ printf \"%s-%s\" \"\\xff\" \"é\" | len }}", Array("4".utf8)),
        ("{{ len (printf \"%c\" 0x110000) }}", Array("3".utf8)),
        ("{{ printf \"%U\" 0xd800 }}", Array("U+D800".utf8)),
        ("{{ printf \"%q\" 0xd800 }}", Array("'�'".utf8)),
        ("{{ printf \"%.0s|\" \"\\xff\" }}", Array("|".utf8)),
        ("{{ printf \"%10q|\" \"\\xff\" }}", Array("    \"\\xff\"|".utf8)),
        // Template text that is not UTF-8 is written as it is (a define read through `template`).
        ("{{ define \"p\" }}caf\u{E9}{{ end }}{{ template \"p\" }}", Array("caf".utf8) + [0xE9]),
    ]

    func testByteStringsThroughTheEvaluator() throws {
        for (template, expected) in Self.cases {
            // The last case stands for a Latin-1 file: its é is the single byte 0xE9.
            var source = Array(template.utf8)
            if template.contains("caf\u{E9}") { source = template.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
            let set = TemplateSet(functions: FunctionRegistry(), options: TemplateOptions(missingKey: .zero))
            try set.parse(name: "t", source: source)
            let output = try set.executeOutput(name: "t", data: .map([:]))
            XCTAssertEqual(output.utf8Bytes, expected, template)
        }
    }

    func testValidOutputStaysText() throws {
        let set = TemplateSet(functions: FunctionRegistry())
        try set.parse(name: "t", text: "{{ \"é\" }}{{ printf \"%q\" \"x\" }}")
        guard case .string(let text) = try set.executeOutput(name: "t", data: .invalid).value else {
            return XCTFail("valid output became bytes")
        }
        XCTAssertEqual(text, "é\"x\"")
    }
}
