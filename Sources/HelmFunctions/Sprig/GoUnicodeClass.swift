/// The tables `\p{name}` can name in Go 1.25's `regexp/syntax` (Helm 4.1.4 is built with Go 1.25),
/// and how each is spelled as an ICU set.
///
/// Go looks a name up after `canonicalName`: spaces, `_` and `-` dropped, the first letter upper-cased
/// and the rest lower-cased. It then tries `Any`, `Assigned`, `Ascii`, `Lc`, the general categories, the
/// scripts and the category aliases (`Letter`, `digit`, …), in that order. Because the script table's
/// keys are not canonicalised, only one-word script names (`Greek`, `greek`) are found; `Old_Italic`
/// and `SignWriting` are errors in Go 1.25, and so they are here.
///
/// Go's tables are Unicode 15.0.0; ICU's are newer. Each ICU set is therefore cut to the code points
/// assigned by 15.0 (`\p{Age=15.0}`, which ICU reads as "assigned in 15.0 or earlier"), and what was
/// assigned later counts as unassigned (`Cn`, part of `C`). Code points whose general category changed
/// since 15.0 are moved back (`categoryChanges`).
enum GoUnicodeClass {
    case any
    case assigned
    case ascii
    case category(String)
    case script(String)

    /// The Unicode version of Go's `unicode` tables.
    static let unicodeVersion = (major: 15, minor: 0)

    /// Whether Go's tables know `c` as assigned (its age is at most `unicodeVersion`).
    static func isAssignedInGo(_ c: Unicode.Scalar) -> Bool {
        guard let age = c.properties.age else { return false }
        return age.major < unicodeVersion.major || age.major == unicodeVersion.major && age.minor <= unicodeVersion.minor
    }

    private static let assignedInGoICU = "\\p{Age=\(unicodeVersion.major).\(unicodeVersion.minor)}"
    private static let unassignedInGoICU = "\\P{Age=\(unicodeVersion.major).\(unicodeVersion.minor)}"

    /// Code points whose general category in Unicode 15.0 (Go's) differs from ICU's, with Go's category:
    /// found by comparing every code point's membership of each `\p{…}` with Helm's.
    private static let categoryChanges: [(scalar: Unicode.Scalar, category: String)] = [
        ("\u{1171E}", "Mn"),  // AHOM CONSONANT SIGN MEDIAL RA, Mc since Unicode 16.0
    ]

    /// Whether the category `name` (`Lu`, `L`, `LC`) holds a code point of category `category`.
    private static func category(_ name: String, holds category: String) -> Bool {
        name == category || name.count == 1 && category.hasPrefix(name)
            || name == "LC" && ["Lu", "Ll", "Lt"].contains(category)
    }

    /// `unicode.Categories` (LC is reached only through the `Lc` special case).
    private static let categories: Set<String> = [
        "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd",
        "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
    ]

    /// `unicode.CategoryAliases`, keyed by their canonical names as `regexp/syntax` keys them.
    private static let categoryAliases: [String: String] = {
        let aliases: [String: String] = [
            "Cased_Letter": "LC", "Close_Punctuation": "Pe", "Combining_Mark": "M", "Connector_Punctuation": "Pc",
            "Control": "Cc", "Currency_Symbol": "Sc", "Dash_Punctuation": "Pd", "Decimal_Number": "Nd",
            "Enclosing_Mark": "Me", "Final_Punctuation": "Pf", "Format": "Cf", "Initial_Punctuation": "Pi",
            "Letter": "L", "Letter_Number": "Nl", "Line_Separator": "Zl", "Lowercase_Letter": "Ll", "Mark": "M",
            "Math_Symbol": "Sm", "Modifier_Letter": "Lm", "Modifier_Symbol": "Sk", "Nonspacing_Mark": "Mn",
            "Number": "N", "Open_Punctuation": "Ps", "Other": "C", "Other_Letter": "Lo", "Other_Number": "No",
            "Other_Punctuation": "Po", "Other_Symbol": "So", "Paragraph_Separator": "Zp", "Private_Use": "Co",
            "Punctuation": "P", "Separator": "Z", "Space_Separator": "Zs", "Spacing_Mark": "Mc", "Surrogate": "Cs",
            "Symbol": "S", "Titlecase_Letter": "Lt", "Unassigned": "Cn", "Uppercase_Letter": "Lu", "cntrl": "Cc",
            "digit": "Nd", "punct": "P",
        ]
        var canonical: [String: String] = [:]
        for (alias, category) in aliases { canonical[canonicalName(alias)] = category }
        return canonical
    }()

    /// `unicode.Scripts` of Go 1.25 (Unicode 15.0.0), exactly as keyed there.
    private static let scripts: Set<String> = [
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah",
        "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
        "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform",
        "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan",
        "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha",
        "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran",
        "Hebrew", "Hiragana", "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian",
        "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer",
        "Khojki", "Khudawadi", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian",
        "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin",
        "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian",
        "Mro", "Multani", "Myanmar", "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu",
        "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic", "Old_North_Arabian",
        "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage",
        "Osmanya", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang",
        "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
        "Sora_Sompeng", "Soyombo", "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham",
        "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta",
        "Toto", "Ugaritic", "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
    ]

    /// The tables Go's `unicode.FoldCategory` and `unicode.FoldScript` have; `(?i)` widens only these
    /// (and `Ascii`, whose fold table adds ſ and K).
    private static let foldedCategories: Set<String> = ["L", "Ll", "Lt", "Lu", "M", "Mn"]
    private static let foldedScripts: Set<String> = ["Common", "Greek", "Inherited"]

    /// `regexp/syntax.canonicalName`.
    static func canonicalName(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var first = true
        for c in name.unicodeScalars {
            switch c {
            case "_", "-", " ":
                continue
            case "a"..."z" where first:
                out.append(Unicode.Scalar(c.value - 0x20) ?? c)
            case "A"..."Z" where !first:
                out.append(Unicode.Scalar(c.value + 0x20) ?? c)
            default:
                out.append(c)
            }
            first = false
        }
        return String(out)
    }

    /// `regexp/syntax.unicodeTable`: nil when Go knows no such name.
    init?(name: String) {
        let name = GoUnicodeClass.canonicalName(name)
        switch name {
        case "Any": self = .any
        case "Assigned": self = .assigned
        case "Ascii": self = .ascii
        case "Lc": self = .category("LC")
        default:
            if GoUnicodeClass.categories.contains(name) {
                self = .category(name)
            } else if GoUnicodeClass.scripts.contains(name) {
                self = .script(name)
            } else if let category = GoUnicodeClass.categoryAliases[name] {
                self = .category(category)
            } else {
                return nil
            }
        }
    }

    /// The ICU set of the table, its complement when `negated`, widened by Go's fold table under `(?i)`.
    func icuSet(negated: Bool, foldCase: Bool) -> String {
        let body: String
        var hasFoldTable = false
        switch self {
        case .any:
            body = "\\x{0}-\\x{10FFFF}"
        case .assigned:
            body = "[^\\p{Cn}" + GoUnicodeClass.unassignedInGoICU + "]"
        case .ascii:
            body = "\\x{0}-\\x{7F}"
            hasFoldTable = true
        case .category(let name) where name == "Cn" || name == "C":
            body = "\\p{" + name + "}" + GoUnicodeClass.unassignedInGoICU
        case .category(let name):
            var set = "[\\p{" + name + "}&&" + GoUnicodeClass.assignedInGoICU + "]"
            for change in GoUnicodeClass.categoryChanges {
                let member = "[" + GoRegexpSyntax.icuLiteral(change.scalar) + "]"
                set = GoUnicodeClass.category(name, holds: change.category)
                    ? "[" + set + member + "]" : "[" + set + "--" + member + "]"
            }
            body = set
            hasFoldTable = GoUnicodeClass.foldedCategories.contains(name)
        case .script(let name):
            body = "[\\p{sc=" + name + "}&&" + GoUnicodeClass.assignedInGoICU + "]"
            hasFoldTable = GoUnicodeClass.foldedScripts.contains(name)
        }
        var widened = body
        if foldCase && hasFoldTable {
            widened += GoCaseFolding.foldedAdditions(icuSet: "[" + body + "]").map(GoRegexpSyntax.icuLiteral).joined()
        }
        return (negated ? "[^" : "[") + widened + "]"
    }
}
