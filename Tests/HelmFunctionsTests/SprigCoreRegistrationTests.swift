import XCTest
import GoTemplate
@testable import HelmFunctions

/// The Sprig core families register every name Sprig v3.3.0 gives them in Helm's function map.
final class SprigCoreRegistrationTests: XCTestCase {
    static let names = """
        hello abbrev abbrevboth trunc trim upper lower title untitle substr repeat trimall trimAll trimSuffix
        trimPrefix nospace initials randAlphaNum randAlpha randAscii randNumeric swapcase shuffle snakecase
        camelcase kebabcase wrap wrapWith contains hasPrefix hasSuffix quote squote cat indent nindent replace
        plural toString atoi int64 int float64 seq toDecimal split splitList splitn toStrings until untilStep
        add1 add sub div mod mul add1f addf subf divf mulf biggest max min maxf minf ceil floor round join
        sortAlpha default empty coalesce all any compact mustCompact ternary deepCopy mustDeepCopy typeOf
        typeIs typeIsLike kindOf kindIs deepEqual tuple list dict get set unset hasKey pluck keys pick omit
        merge mergeOverwrite mustMerge mustMergeOverwrite values append push mustAppend mustPush prepend
        mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial reverse mustReverse uniq
        mustUniq without mustWithout has mustHas slice mustSlice concat dig chunk mustChunk fail regexMatch
        mustRegexMatch regexFindAll mustRegexFindAll regexFind mustRegexFind regexReplaceAll
        mustRegexReplaceAll regexReplaceAllLiteral mustRegexReplaceAllLiteral regexSplit mustRegexSplit
        regexQuoteMeta
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    func testEveryCoreNameIsRegistered() {
        let registry = SprigHarness.registry
        let missing = Self.names.filter { !registry.contains($0) }
        XCTAssertEqual(missing, [])
    }
}
