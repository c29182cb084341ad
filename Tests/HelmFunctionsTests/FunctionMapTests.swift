import XCTest
@testable import HelmFunctions

/// Our function map against Helm 4.1.4's. The list below was taken from the real binary: every name in
/// Sprig's and Helm's function maps (and every name we register) was put in `{{ if false }}{{ NAME }}{{ end }}`;
/// Helm parses a template only if NAME is a defined function, so the names that rendered are Helm's map.
/// `env` and `expandenv` are absent, as Helm removes them.
final class FunctionMapTests: XCTestCase {
    static let helmFunctionNames: [String] = [
        "abbrev", "abbrevboth", "add", "add1", "add1f", "addf", "adler32sum", "ago", "all", "any", "append", "atoi",
        "b32dec", "b32enc", "b64dec", "b64enc", "base", "bcrypt", "biggest", "buildCustomCert", "camelcase", "cat",
        "ceil", "chunk", "clean", "coalesce", "compact", "concat", "contains", "date", "dateInZone", "dateModify",
        "date_in_zone", "date_modify", "decryptAES", "deepCopy", "deepEqual", "default", "derivePassword", "dict",
        "dig", "dir", "div", "divf", "duration", "durationRound", "empty", "encryptAES", "ext", "fail", "first",
        "float64", "floor", "fromJson", "fromJsonArray", "fromToml", "fromYaml", "fromYamlArray", "genCA",
        "genCAWithKey", "genPrivateKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert",
        "genSignedCertWithKey", "get", "getHostByName", "has", "hasKey", "hasPrefix", "hasSuffix", "hello",
        "htmlDate", "htmlDateInZone", "htpasswd", "include", "indent", "initial", "initials", "int", "int64",
        "isAbs", "join", "kebabcase", "keys", "kindIs", "kindOf", "last", "list", "lookup", "lower", "max", "maxf",
        "merge", "mergeOverwrite", "min", "minf", "mod", "mul", "mulf", "mustAppend", "mustChunk", "mustCompact",
        "mustDateModify", "mustDeepCopy", "mustFirst", "mustFromJson", "mustHas", "mustInitial", "mustLast",
        "mustMerge", "mustMergeOverwrite", "mustPrepend", "mustPush", "mustRegexFind", "mustRegexFindAll",
        "mustRegexMatch", "mustRegexReplaceAll", "mustRegexReplaceAllLiteral", "mustRegexSplit", "mustRest",
        "mustReverse", "mustSlice", "mustToDate", "mustToJson", "mustToPrettyJson", "mustToRawJson", "mustToYaml",
        "mustUniq", "mustWithout", "must_date_modify", "nindent", "nospace", "now", "omit", "osBase", "osClean",
        "osDir", "osExt", "osIsAbs", "pick", "pluck", "plural", "prepend", "push", "quote", "randAlpha",
        "randAlphaNum", "randAscii", "randBytes", "randInt", "randNumeric", "regexFind", "regexFindAll",
        "regexMatch", "regexQuoteMeta", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit", "repeat",
        "replace", "required", "rest", "reverse", "round", "semver", "semverCompare", "seq", "set", "sha1sum",
        "sha256sum", "sha512sum", "shuffle", "slice", "snakecase", "sortAlpha", "split", "splitList", "splitn",
        "squote", "sub", "subf", "substr", "swapcase", "ternary", "title", "toDate", "toDecimal", "toJson",
        "toPrettyJson", "toRawJson", "toString", "toStrings", "toToml", "toYaml", "toYamlPretty", "tpl", "trim",
        "trimAll", "trimPrefix", "trimSuffix", "trimall", "trunc", "tuple", "typeIs", "typeIsLike", "typeOf",
        "uniq", "unixEpoch", "unset", "until", "untilStep", "untitle", "upper", "urlJoin", "urlParse", "uuidv4",
        "values", "without", "wrap", "wrapWith",
    ]

    func testRegistryHasExactlyHelmsFunctions() {
        let ours = Set(HelmFunctionLibrary.registry().names)
        let helms = Set(Self.helmFunctionNames)
        XCTAssertEqual(helms.count, 221)
        XCTAssertEqual(ours.subtracting(helms).sorted(), [], "registered here but not in Helm")
        XCTAssertEqual(helms.subtracting(ours).sorted(), [], "in Helm but not registered here")
    }

    func testEnvironmentFunctionsAreRemoved() {
        let registry = HelmFunctionLibrary.registry()
        XCTAssertFalse(registry.contains("env"))
        XCTAssertFalse(registry.contains("expandenv"))
    }
}
