import Foundation
import GoTemplate
import XCTest
@testable import HelmFunctions

/// `\p{…}` classes as Go 1.25's `regexp/syntax` (Helm v4.1.4) reads them: canonicalised names (case,
/// spaces, `_` and `-` ignored), category aliases, `Any`/`Assigned`/`ASCII`, one-word script names only,
/// fold tables under `(?i)`, and Go's Unicode 15.0 tables. Every expectation was printed by Helm v4.1.4
/// (`helm template`) for `{{ EXPR }}`; errors are the text after `error calling NAME: `.
final class RegexUnicodeClassTests: XCTestCase {
    static let cases: [HelmCase] = [
        HelmCase("regexFindAll \"\\\\p{Letter}+\" \"h\u{E9}llo W\u{F6}rld 12\" -1", output: "[h\u{E9}llo W\u{F6}rld]"),
        HelmCase("regexFindAll \"\\\\p{letter}+\" \"\u{3B1}\u{3B2}-xy\" -1", output: "[\u{3B1}\u{3B2} xy]"),
        HelmCase("regexFindAll \"\\\\p{LETTER}+\" \"ab1cd\" -1", output: "[ab cd]"),
        HelmCase("regexFindAll \"\\\\p{uppercase letter}\" \"aBcD\u{E9}\" -1", output: "[B D]"),
        HelmCase("regexFindAll \"\\\\p{Uppercase-Letter}+\" \"aBCd\" -1", output: "[BC]"),
        HelmCase("regexFindAll \"\\\\p{UPPERCASE_LETTER}+\" \"aBCd\" -1", output: "[BC]"),
        HelmCase("regexFindAll \"\\\\pn+\" \"a1b\u{662}c\" -1", output: "[1 \u{662}]"),
        HelmCase("regexFindAll \"\\\\Pl+\" \"ab12cd\" -1", output: "[12]"),
        HelmCase("regexFindAll \"\\\\p{lu}+\" \"aBCd\" -1", output: "[BC]"),
        HelmCase("regexFindAll \"\\\\p{digit}+\" \"x\u{661}\u{662}3y\" -1", output: "[\u{661}\u{662}3]"),
        HelmCase("regexFindAll \"[\\\\p{digit}]+\" \"x\u{661}\u{662}3y\" -1", output: "[\u{661}\u{662}3]"),
        HelmCase("regexFindAll \"\\\\p{punct}+\" \"a.b,c!d\" -1", output: "[. , !]"),
        HelmCase("regexFindAll \"\\\\p{cntrl}\" \"a\u{9}b\" -1", output: "[\u{9}]"),
        HelmCase("regexFindAll \"\\\\p{Decimal_Number}+\" \"a12b\" -1", output: "[12]"),
        HelmCase("regexFindAll \"\\\\p{Other}\" \"a\u{AD}b\" -1", output: "[\u{AD}]"),
        HelmCase("regexFindAll \"\\\\p{Private_Use}\" \"a\u{E000}b\" -1", output: "[\u{E000}]"),
        HelmCase("regexMatch \"^\\\\p{Any}+$\" \"any \u{2713}\"", output: "true"),
        HelmCase("regexFindAll \"\\\\p{ANY}\" \"ab\" -1", output: "[a b]"),
        HelmCase("regexFindAll \"\\\\P{Any}\" \"ab\" -1", output: "[]"),
        HelmCase("regexFindAll \"\\\\p{^Any}\" \"ab\" -1", output: "[]"),
        HelmCase("regexFindAll \"[^\\\\p{Any}]\" \"ab\" -1", output: "[]"),
        HelmCase("regexFindAll \"\\\\p{Assigned}+\" \"a\u{378}b\" -1", output: "[a b]"),
        HelmCase("regexFindAll \"\\\\P{Assigned}\" \"a\u{378}b\" -1", output: "[\u{378}]"),
        HelmCase("regexFindAll \"\\\\p{^assigned}\" \"a\u{378}b\" -1", output: "[\u{378}]"),
        HelmCase("regexFindAll \"\\\\p{ascii}+\" \"h\u{E9}llo\" -1", output: "[h llo]"),
        HelmCase("regexFindAll \"\\\\P{ASCII}+\" \"h\u{E9}llo\" -1", output: "[\u{E9}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{ASCII}+\" \"K\u{17F}k\u{20AC}\" -1", output: "[K\u{17F}k]"),
        HelmCase("regexFindAll \"\\\\p{greek}+\" \"abc\u{3B1}\u{3B2}\u{3B3}\" -1", output: "[\u{3B1}\u{3B2}\u{3B3}]"),
        HelmCase("regexFindAll \"\\\\p{GREEK}+\" \"abc\u{3B1}\u{3B2}\u{3B3}\" -1", output: "[\u{3B1}\u{3B2}\u{3B3}]"),
        HelmCase("regexFindAll \"\\\\p{ greek }+\" \"abc\u{3B1}\u{3B2}\u{3B3}\" -1", output: "[\u{3B1}\u{3B2}\u{3B3}]"),
        HelmCase("regexFindAll \"\\\\p{Cn}+\" \"a\u{378}b\" -1", output: "[\u{378}]"),
        HelmCase("regexFindAll \"\\\\p{Unassigned}+\" \"a\u{378}b\" -1", output: "[\u{378}]"),
        HelmCase("regexFindAll \"\\\\p{C}\" \"a\u{378}b\" -1", output: "[\u{378}]"),
        HelmCase("regexFindAll \"\\\\p{LC}+\" \"aB1\u{1C5}\u{AA}d\" -1", output: "[aB \u{1C5} d]"),
        HelmCase("regexFindAll \"\\\\p{Lc}+\" \"aB1\u{1C5}\u{AA}d\" -1", output: "[aB \u{1C5} d]"),
        HelmCase("regexFindAll \"\\\\p{cased letter}+\" \"aB1\u{1C5}\u{AA}d\" -1", output: "[aB \u{1C5} d]"),
        HelmCase("regexMatch \"\\\\p{Letter}\" \"x\"", output: "true"),
        HelmCase("regexMatch \"\\\\p{Old_Italic}\" \"x\"", output: "false"),
        HelmCase("mustRegexFind \"\\\\p{Old_Italic}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{Old_Italic}`"),
        HelmCase("mustRegexFind \"\\\\p{old italic}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{old italic}`"),
        HelmCase("mustRegexFind \"\\\\p{SignWriting}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{SignWriting}`"),
        HelmCase("mustRegexFind \"\\\\p{Latn}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{Latn}`"),
        HelmCase("mustRegexFind \"\\\\p{Garay}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{Garay}`"),
        HelmCase("mustRegexFind \"\\\\p{Unknown}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{Unknown}`"),
        HelmCase("mustRegexFind \"\\\\p{White_Space}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{White_Space}`"),
        HelmCase("mustRegexFind \"\\\\p{L&}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{L&}`"),
        HelmCase("mustRegexFind \"\\\\p{gc=L}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{gc=L}`"),
        HelmCase("mustRegexFind \"\\\\p{}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{}`"),
        HelmCase("mustRegexFind \"\\\\p{^}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{^}`"),
        HelmCase("mustRegexFind \"\\\\p\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p`"),
        HelmCase("mustRegexFind \"a\\\\p{Greek\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{Greek`"),
        HelmCase("mustRegexFind \"\\\\p\u{E9}\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p\u{E9}`"),
        HelmCase("mustRegexFind \"[\\\\p{Foo}]\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{Foo}`"),
        HelmCase("mustRegexFind \"[\\\\p{^Foo}]\" \"x\"", error: "error parsing regexp: invalid character class range: `\\p{^Foo}`"),
        HelmCase("mustRegexFind \"[\\\\p{L}--\\\\p{Lu}]\" \"x\"", error: "error parsing regexp: invalid escape sequence: `\\p`"),
        HelmCase("mustRegexFind \"[a-\\\\pL]\" \"x\"", error: "error parsing regexp: invalid escape sequence: `\\p`"),
        HelmCase("regexFind \"\\\\p{Olditalic}\" \"x\"", error: "regexp: Compile(`\\p{Olditalic}`): error parsing regexp: invalid character class range: `\\p{Olditalic}`"),
        HelmCase("regexFindAll \"[\\\\P{L}]+\" \"ab12cd\" -1", output: "[12]"),
        HelmCase("regexFindAll \"[^\\\\P{L}]+\" \"ab12cd\" -1", output: "[ab cd]"),
        HelmCase("regexFindAll \"[\\\\p{^Greek}]+\" \"\u{3B1}\u{3B2}abc\" -1", output: "[abc]"),
        HelmCase("regexFindAll \"[\\\\P{^Greek}]+\" \"\u{3B1}\u{3B2}abc\" -1", output: "[\u{3B1}\u{3B2}]"),
        HelmCase("regexFindAll \"[\\\\p{Letter}0-9]+\" \"ab-12_\u{E9}\" -1", output: "[ab 12 \u{E9}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{Lu}+\" \"abCD\" -1", output: "[abCD]"),
        HelmCase("regexFindAll \"(?i)\\\\P{Lu}+\" \"abCD1\" -1", output: "[1]"),
        HelmCase("regexFindAll \"(?i)[^\\\\p{Lu}]+\" \"abCD1\" -1", output: "[1]"),
        HelmCase("regexFindAll \"(?i)\\\\p{LC}\" \"\u{345}\u{3B9}\" -1", output: "[\u{3B9}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{Cased_Letter}\" \"\u{345}\u{3B9}\" -1", output: "[\u{3B9}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{L}\" \"\u{345}\u{3B9}\" -1", output: "[\u{345} \u{3B9}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{Greek}+\" \"\u{B5}\u{345}\" -1", output: "[\u{B5}\u{345}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{Common}\" \"\u{B5}\u{345}\" -1", output: "[\u{B5}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{Inherited}\" \"\u{3B9}\u{345}\" -1", output: "[\u{3B9} \u{345}]"),
        HelmCase("regexFindAll \"(?i)\\\\p{Mn}\" \"\u{3B9}\u{345}\" -1", output: "[\u{3B9} \u{345}]"),
        HelmCase("regexFindAll \"(?i:\\\\p{Lu})\\\\p{Lu}\" \"aBab\" -1", output: "[aB]"),
        HelmCase("regexReplaceAll \"\\\\p{Mn}\" \"\u{1171E}\" \"x\"", output: "x"),
        HelmCase("regexReplaceAll \"\\\\p{Mc}\" \"\u{1171E}\" \"x\"", output: "\u{1171E}"),
        HelmCase("regexReplaceAll \"\\\\p{L}\" \"\u{1C89}x\" \"-\"", output: "\u{1C89}-"),
        HelmCase("regexReplaceAll \"\\\\p{Cn}\" \"\u{1C89}\u{2EBF0}x\" \"-\"", output: "--x"),
        HelmCase("regexFindAll \"(?i)\u{264}\" \"\u{264}\u{A7CB}\" -1", output: "[\u{264}]"),
        HelmCase("regexFindAll \"(?i)[\u{264}]\" \"\u{264}\u{A7CB}\" -1", output: "[\u{264}]"),
        HelmCase("regexFindAll \"(?i)\\\\x{1c89}\" \"\u{1C89}\u{1C8A}\" -1", output: "[\u{1C89}]"),
    ]

    func testMatchesHelm() {
        SprigHarness.check(Self.cases)
    }

    func testMatchesHelmEndToEnd() {
        SprigHarness.checkEndToEnd(Self.cases)
    }

    /// Helm's `regexReplaceAll PATTERN ALL "" | sha256sum`, where ALL holds every Unicode scalar in order
    /// (U+0000…U+10FFFF without surrogates) as UTF-8: the hash of the code points a class keeps, so every
    /// code point's membership is compared with Go's tables.
    static let tableHashes: [(pattern: String, sha256: String)] = [
        ("[^\\p{C}]+", "e07a5c5f67892bac69cfb53bf6dcdbc1e3707993fff428e21877df550af134dd"),
        ("[^\\p{Cc}]+", "7b808d83f1353316c9391947b3be5a7ce83aa4bacfbdb3130d2ed30455780c4f"),
        ("[^\\p{Cf}]+", "de3c0c046c1a389dc55eab1e80d38c822a5fdedd426c825a1eaa2f5bd11f097f"),
        ("[^\\p{Cn}]+", "72ae37d565231ef7b5e3cbcaf023dc31259d79afdd18a683b43da619619fbebe"),
        ("[^\\p{Co}]+", "e5b6800ca788daf0950a32ef3552bf8cfae528a97570cd8b03fb46b4dd7b2bfe"),
        ("[^\\p{Cs}]+", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("[^\\p{L}]+", "7c03155310339b9d795171175443de33fdfc0ec32c9def694411910dec872f85"),
        ("[^\\p{LC}]+", "4737690824bb1b1c28d23fe0ff10028e4036a58c058164747e599012be31e034"),
        ("[^\\p{Ll}]+", "a3e137fede3f4b5d1006684b96ba06eac80121109ef32293e7ac110a38222248"),
        ("[^\\p{Lm}]+", "b5a3447bf85d1d875a8d572830aa5ef4f7d1ce8b688e2be6d828e3ab1928cb91"),
        ("[^\\p{Lo}]+", "3874c66cc938e3b39a69b0934e2b187cc4358f6339f795aadbd4afcba3664f0a"),
        ("[^\\p{Lt}]+", "fabb3e205241fd09f27e5bf259c0b4275382f6eb55ce4d6a6d7de8fefe68e8e1"),
        ("[^\\p{Lu}]+", "ad049b4219dbd4f355bbe4001009ce2193c41586d6eb6fde6673cb6feb7e2568"),
        ("[^\\p{M}]+", "edfb5fd9edcac8e400ec1aded2905268453c176674b6d57c40e14df0401d4586"),
        ("[^\\p{Mc}]+", "98fd34fdc701fe599403321e14e1f04c487b96712376d44b1925c01eeaad98c5"),
        ("[^\\p{Me}]+", "8c07369e7d5e8f9fbe3a311bc83dd5f51ecf08a3ad611f845a3ec42d37723217"),
        ("[^\\p{Mn}]+", "c9134a53072ed1496973dcecbcac08dfda102bbbabb4b81ea44dfc68ee66c55e"),
        ("[^\\p{N}]+", "a5668c1fd24b699ee4eca15ff48124b26e3114dd5ca96b1e76c531289ab54a23"),
        ("[^\\p{Nd}]+", "83a5de173180d25ea5cdf30fdfe9b884f5568faa587aaf9fea7d9f29237f556a"),
        ("[^\\p{Nl}]+", "3a9dfe28f2dfe717ed952a9a3f47bc6213554b4fbfe953c3333a612435280848"),
        ("[^\\p{No}]+", "053b31786d45e7a27618e4c0dfda0791e2eb0738e43676ec6064e6b745a19d32"),
        ("[^\\p{P}]+", "723d718b3b5f86540378971f271117bea1e931be6705b92b014cdc41940c32bc"),
        ("[^\\p{Pc}]+", "bef22996d15c3f42926b82395041d426d39e3d86e73b4e8c73ff169fea1c55cd"),
        ("[^\\p{Pd}]+", "6c249a1f962e3bed270c3ecd5a312b54524dfb360c71f256afb6b4375720eeee"),
        ("[^\\p{Pe}]+", "3b0f5b5c9096ea8e8089ac65da7644de3d6af3024916a3e6e4f1b3ac3aa66811"),
        ("[^\\p{Pf}]+", "f8619f2ddfd7c63b10290c7ab4d868fd3b98da3d1e6da411691167b6fdabec57"),
        ("[^\\p{Pi}]+", "16e58a42cd6462e830d6edc15de02ec925999b897eed1504eb9bc66738b4af46"),
        ("[^\\p{Po}]+", "d7d682db96b117a5a12dc9eee326d5710e01e4318aa8b0083b4068fc15d0910b"),
        ("[^\\p{Ps}]+", "32372e141e41e054446652dacbecd93fe986ec9c06b996fd764020640bff4904"),
        ("[^\\p{S}]+", "63cc10f8561ec4bd9cabc96eee1c550b0117c6cbca28ca5dde3147b78a0edb02"),
        ("[^\\p{Sc}]+", "15242394cf1af28791250638ce0554e88e81d6b818d529a99254338e7be4ba0f"),
        ("[^\\p{Sk}]+", "b3f962103daa581dcccf4aaf5fe9b49d24b53574a2ce882e29b5b4c7a17b99f9"),
        ("[^\\p{Sm}]+", "fa4fe44c95a8339071cd6318b2b04cfcc438101d7f4c017149eec8a87f25b641"),
        ("[^\\p{So}]+", "96b6c9384213f0e6aeaaa99c1c78313a04e3f76eb6c8107bb184e1276e29308d"),
        ("[^\\p{Z}]+", "a09dba99ee44d9ebdb04837a11afb9e76acd6c0392996c542c03a359a60316e4"),
        ("[^\\p{Zl}]+", "9302ba54172cedf06896cf1fdb15db2e3021647909340ba8ad4cb16cbc0f5e1a"),
        ("[^\\p{Zp}]+", "cf587dc36bbbff83f7cf3171e669d841b0371feb837b3d42f0eeeaa9b5028865"),
        ("[^\\p{Zs}]+", "1c95d7b3778c5a2d4f9421f472eeb897db31fc3bc543db3f01ec02565865f781"),
        ("(?i)[^\\p{L}]+", "e8fb16bea477b2302460cbf292bcb0603204fd6d103ee23eb6011af853b99d3f"),
        ("(?i)[^\\p{Ll}]+", "b3cd93af8a276e058c2f319ef1823c465c1be51079315d7f7a719506b2cc595e"),
        ("(?i)[^\\p{Lt}]+", "6608258080b5745e18823c003cfd209f61c76c32e5eb2cfd8c316aba2dc3900e"),
        ("(?i)[^\\p{Lu}]+", "605981eaff76306b5ac375cbcbd9a545c828bde5d84cabb711153331ee7bb343"),
        ("(?i)[^\\p{M}]+", "14b69725cd2cd7472906a18cbf3b694d3a337384d6fe8d13d3ff307fdefdde0a"),
        ("(?i)[^\\p{Mn}]+", "81f0b0f2d59fab23099a8dcfeee926f5b80d45b146eb6174ee3a2410ddc83a6d"),
        ("(?i)[^\\p{LC}]+", "4737690824bb1b1c28d23fe0ff10028e4036a58c058164747e599012be31e034"),
        ("[^\\p{Common}]+", "7ebc0d35cf37625f27c3c1c91dbb5ee404397fb01b757878715baab334c911e2"),
        ("(?i)[^\\p{Common}]+", "9ba1d60e09a5f98b72333b8130bb1005359852eb42335d1b4111f4a595d30aab"),
        ("[^\\p{Greek}]+", "ed20e1e3bc12172ec75dbfc46838167253f351b5b4e876eb301215eadc289d66"),
        ("(?i)[^\\p{Greek}]+", "ba6d896768cd966134b33fd9bf39824f31b6053274c306d3efee6732c4eab35e"),
        ("[^\\p{Inherited}]+", "13bd1f84a08f678434b9d48279b506e68126530bb5b2ff8066330c9354d960cf"),
        ("(?i)[^\\p{Inherited}]+", "2c8eacea1627e0fde86348c0e03183ad3c078239c30d51ecf38dd2f3b6b0b8aa"),
        ("[^\\p{Latin}]+", "eae0dc691bec1742e65588b473c6d2a3a01b551713eddc47793b2a5fb28eff4e"),
        ("[^\\p{Cyrillic}]+", "73c67f4575dc543a851786d40180ba9f6781e1fe26516275a471dc3e5e0b5274"),
        ("[^\\p{Han}]+", "a4a96e150d089377ff3bfac1c11a3410efe5cd9f72efdf80de1b3c854dbb1d41"),
        ("[^\\p{Arabic}]+", "0a1e7576f3de4c588edd32c8a3ff0bc4433e69efb89828e74730e2af09cd53cd"),
        ("[^\\p{Deseret}]+", "5c1dac5a760a06bcb2d6fe03ce475cd30f406c3f86214137084a71e5f2de348a"),
        ("[^\\p{Thai}]+", "7c1b2513045dc159a200ffc3ac715df03ab4d2813c5f7a6632258f11db0db41d"),
        ("[^\\p{Any}]+", "e0a7693f7362e88827c15e772e55b3490bd983f90711df7f3ef36c2b1ef6847e"),
        ("[^\\p{Assigned}]+", "c5187ce431e939b9292a1c4f17fbd8590e50116f42925c87df04ada215e35faa"),
        ("[^\\p{ASCII}]+", "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
        ("(?i)[^\\p{ASCII}]+", "ef69edcae4f722b9a02fc8476dd2762b869482aa1ac04c2aadb5e947df298dd3"),
    ]

    func testEveryCodePointAsHelm() throws {
        var all = String.UnicodeScalarView()
        for value in UInt32(0)...0x10FFFF {
            if let scalar = Unicode.Scalar(value) { all.append(scalar) }
        }
        let templates = TemplateSet(functions: HelmFunctionLibrary.registry())
        try templates.parse(name: "t", text: "{{ regexReplaceAll .p .all \"\" | sha256sum }}")
        for (pattern, sha256) in Self.tableHashes {
            let data = Value.map(GoMap(["p": .string(pattern), "all": .string(String(all))]))
            let output = try templates.execute(name: "t", data: data, environment: TestCallContext().environment)
            XCTAssertEqual(output, sha256, pattern)
        }
    }
}
