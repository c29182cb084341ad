// Generated from real Helm v4.1.4 output (`helm template`): every expected string below was observed
// from Helm, not produced by this engine. Each comment shows the template call that produced it.
import XCTest
@testable import GoTemplate

final class FormatPrintfTests: XCTestCase {
    static let cases: [FormatCase] = [
        // printf "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b" 42 42 42 42 42 42 255 255 8 8 5 255 8 5
        FormatCase(.printf, [.string("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b"), .int(42), .int(42), .int(42), .int(42), .int(42), .int(42), .int(255), .int(255), .int(8), .int(8), .int(5), .int(255), .int(8), .int(5)], "42|   42|42   |00042|+42| 42|ff|FF|10|0o10|101|0xff|010|0b101"),
        // printf "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b" -42 -42 -42 -42 -42 -42 -255 -255 -8 -8 -5
        FormatCase(.printf, [.string("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b"), .int(-42), .int(-42), .int(-42), .int(-42), .int(-42), .int(-42), .int(-255), .int(-255), .int(-8), .int(-8), .int(-5)], "-42|  -42|-42  |-0042|-42|-42|-ff|-FF|-10|-0o10|-101"),
        // printf "%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d|%.0d" 7 7 7 7 0 0 1
        FormatCase(.printf, [.string("%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d|%.0d"), .int(7), .int(7), .int(7), .int(7), .int(0), .int(0), .int(1)], "007|     007|007     |     007||     |1"),
        // printf "%+05d|% 05d|%+.3d|%#08x|%#-8x|%08b" 3 3 3 255 255 5
        FormatCase(.printf, [.string("%+05d|% 05d|%+.3d|%#08x|%#-8x|%08b"), .int(3), .int(3), .int(3), .int(255), .int(255), .int(5)], "+0003| 0003|+003|0x000000ff|0xff    |00000101"),
        // printf "%d %d %d" 9223372036854775807 -9223372036854775808 (int64 -9223372036854775808)
        FormatCase(.printf, [.string("%d %d %d"), .int(9223372036854775807), .int(-9223372036854775808), .int64(-9223372036854775808)], "9223372036854775807 -9223372036854775808 -9223372036854775808"),
        // printf "%x %X %o %b" -9223372036854775808 9223372036854775807 -1 -1
        FormatCase(.printf, [.string("%x %X %o %b"), .int(-9223372036854775808), .int(9223372036854775807), .int(-1), .int(-1)], "-8000000000000000 7FFFFFFFFFFFFFFF -1 -1"),
        // printf "%c|%c|%c|%c|%5c|%-3c|" 65 233 0x1F600 0x110000 'x' 'y'
        FormatCase(.printf, [.string("%c|%c|%c|%c|%5c|%-3c|"), .int(65), .int(233), .int(128512), .int(1114112), .int(120), .int(121)], "A|\u{E9}|\u{1F600}|\u{FFFD}|    x|y  |"),
        // printf "%c|%c|%c" -1 0xD800 0
        FormatCase(.printf, [.string("%c|%c|%c"), .int(-1), .int(55296), .int(0)], "\u{FFFD}|\u{FFFD}|\u{0}"),
        // printf "%q|%q|%q|%q|%+q|%q|%q" 'a' '\'' '\n' 0x2028 233 0x110000 0
        FormatCase(.printf, [.string("%q|%q|%q|%q|%+q|%q|%q"), .int(97), .int(39), .int(10), .int(8232), .int(233), .int(1114112), .int(0)], "'a'|'\\''|'\\n'|'\\u2028'|'\\u00e9'|'\u{FFFD}'|'\\x00'"),
        // printf "%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%010U" 65 65 0x1F600 10 65 65 65 65
        FormatCase(.printf, [.string("%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%010U"), .int(65), .int(65), .int(128512), .int(10), .int(65), .int(65), .int(65), .int(65)], "U+0041|U+0041 'A'|U+1F600 '\u{1F600}'|U+000A|U+000041|    U+0041|U+0041    |    U+0041"),
        // printf "%U|%#U" -1 0x110000
        FormatCase(.printf, [.string("%U|%#U"), .int(-1), .int(1114112)], "U+FFFFFFFFFFFFFFFF|U+110000"),
        // printf "%v|%d|%x|%c|%q|%U|%#v|%08b" (byte 104) (byte 104) (byte 104) (byte 104) (byte 104) (byte 104) (byte 104) (byte 104)
        FormatCase(.printf, [.string("%v|%d|%x|%c|%q|%U|%#v|%08b"), .uint8(104), .uint8(104), .uint8(104), .uint8(104), .uint8(104), .uint8(104), .uint8(104), .uint8(104)], "104|104|68|h|'h'|U+0068|0x68|01101000"),
        // printf "%v|%d|%x|%#v|%T" (int64 -7) (int64 -7) (int64 -7) (int64 -7) (int64 -7)
        FormatCase(.printf, [.string("%v|%d|%x|%#v|%T"), .int64(-7), .int64(-7), .int64(-7), .int64(-7), .int64(-7)], "-7|-7|-7|-7|int64"),
        // printf "%#v|%T|%T|%T|%T" 42 42 1.5 "s" true
        FormatCase(.printf, [.string("%#v|%T|%T|%T|%T"), .int(42), .int(42), .float64(1.5), .string("s"), .bool(true)], "42|int|float64|string|bool"),
        // printf "%s|%10s|%-10s|%.2s|%5.1s|%-5.3s|%05s|%.0s|" "hello" "hello" "hello" "hello" "hello" "hello" "ab" "ab"
        FormatCase(.printf, [.string("%s|%10s|%-10s|%.2s|%5.1s|%-5.3s|%05s|%.0s|"), .string("hello"), .string("hello"), .string("hello"), .string("hello"), .string("hello"), .string("hello"), .string("ab"), .string("ab")], "hello|     hello|hello     |he|    h|hel  |000ab||"),
        // printf "%s|%5s|%.2s|%-4s|" "héllo" "é" "日本語" "日"
        FormatCase(.printf, [.string("%s|%5s|%.2s|%-4s|"), .string("h\u{E9}llo"), .string("\u{E9}"), .string("\u{65E5}\u{672C}\u{8A9E}"), .string("\u{65E5}")], "h\u{E9}llo|    \u{E9}|\u{65E5}\u{672C}|\u{65E5}   |"),
        // printf "%q|%#q|%+q|%#q|%#+q|%q" "a\"b\\c\n" "tab\there" "é日\u2028" "back`q" "é" ""
        FormatCase(.printf, [.string("%q|%#q|%+q|%#q|%#+q|%q"), .string("a\"b\\c\u{A}"), .string("tab\u{9}here"), .string("\u{E9}\u{65E5}\u{2028}"), .string("back`q"), .string("\u{E9}"), .string("")], "\"a\\\"b\\\\c\\n\"|`tab\u{9}here`|\"\\u00e9\\u65e5\\u2028\"|\"back`q\"|`\u{E9}`|\"\""),
        // printf "%q|%q|%q|%q|%.3q|%10q|%-10q|" "\x00\x07\x7f" "\u00ad\u00a0" "\U0001F600\U000E0001" "\ufeff" "hello" "hi" "hi"
        FormatCase(.printf, [.string("%q|%q|%q|%q|%.3q|%10q|%-10q|"), .string("\u{0}\u{7}\u{7F}"), .string("\u{AD}\u{A0}"), .string("\u{1F600}\u{E0001}"), .string("\u{FEFF}"), .string("hello"), .string("hi"), .string("hi")], "\"\\x00\\a\\x7f\"|\"\\u00ad\\u00a0\"|\"\u{1F600}\\U000e0001\"|\"\\ufeff\"|\"hel\"|      \"hi\"|\"hi\"      |"),
        // printf "%x|%X|% x|%#x|%# x|%# X|%.2x|%8x|%-8x|%08x|" "hi" "hi" "hi!" "hi" "hi!" "hi" "hello" "hi" "hi" "hi"
        FormatCase(.printf, [.string("%x|%X|% x|%#x|%# x|%# X|%.2x|%8x|%-8x|%08x|"), .string("hi"), .string("hi"), .string("hi!"), .string("hi"), .string("hi!"), .string("hi"), .string("hello"), .string("hi"), .string("hi"), .string("hi")], "6869|6869|68 69 21|0x6869|0x68 0x69 0x21|0X68 0X69|6865|    6869|6869    |00006869|"),
        // printf "%x|%5x|%x" "" "" "日"
        FormatCase(.printf, [.string("%x|%5x|%x"), .string(""), .string(""), .string("\u{65E5}")], "|     |e697a5"),
        // printf "%v|%#v|%T|%d|%t" "str" "str" "str" "str" "str"
        FormatCase(.printf, [.string("%v|%#v|%T|%d|%t"), .string("str"), .string("str"), .string("str"), .string("str"), .string("str")], "str|\"str\"|string|%!d(string=str)|%!t(string=str)"),
        // printf "%v|%#v|%#v" "a\tb" "a\tb" "`x`"
        FormatCase(.printf, [.string("%v|%#v|%#v"), .string("a\u{9}b"), .string("a\u{9}b"), .string("`x`")], "a\u{9}b|\"a\\tb\"|\"`x`\""),
        // printf "%t|%v|%5t|%-6t|%#v|%d|%s|%q" true false true false true true false true
        FormatCase(.printf, [.string("%t|%v|%5t|%-6t|%#v|%d|%s|%q"), .bool(true), .bool(false), .bool(true), .bool(false), .bool(true), .bool(true), .bool(false), .bool(true)], "true|false| true|false |true|%!d(bool=true)|%!s(bool=false)|%!q(bool=true)"),
        // printf "%d %s" "x" 3
        FormatCase(.printf, [.string("%d %s"), .string("x"), .int(3)], "%!d(string=x) %!s(int=3)"),
        // printf "%s|%d|%v|%T|%q|%x" nil nil nil nil nil nil
        FormatCase(.printf, [.string("%s|%d|%v|%T|%q|%x"), .null, .null, .null, .null, .null, .null], "%!s(<nil>)|%!d(<nil>)|<nil>|<nil>|%!q(<nil>)|%!x(<nil>)"),
        // printf "%5v|%-6v|%5T" nil nil nil
        FormatCase(.printf, [.string("%5v|%-6v|%5T"), .null, .null, .null], "<nil>|<nil> |<nil>"),
        // printf "%d" 1 "x" 2.5 nil true
        FormatCase(.printf, [.string("%d"), .int(1), .string("x"), .float64(2.5), .null, .bool(true)], "1%!(EXTRA string=x, float64=2.5, <nil>, bool=true)"),
        // printf "%d %d %s" 1
        FormatCase(.printf, [.string("%d %d %s"), .int(1)], "1 %!d(MISSING) %!s(MISSING)"),
        // printf "%!|%z|%-5z|%05s" 3 3 3
        FormatCase(.printf, [.string("%!|%z|%-5z|%05s"), .int(3), .int(3), .int(3)], "%!!(int=3)|%!z(int=3)|%!z(int=3    )|%!s(MISSING)"),
        // printf "abc%" 1
        FormatCase(.printf, [.string("abc%"), .int(1)], "abc%!(NOVERB)%!(EXTRA int=1)"),
        // printf "%"
        FormatCase(.printf, [.string("%")], "%!(NOVERB)"),
        // printf "%5"
        FormatCase(.printf, [.string("%5")], "%!(NOVERB)"),
        // printf "%.2"
        FormatCase(.printf, [.string("%.2")], "%!(NOVERB)"),
        // printf "%-"
        FormatCase(.printf, [.string("%-")], "%!(NOVERB)"),
        // printf "100%%|%5%|%-5%|%d" 3
        FormatCase(.printf, [.string("100%%|%5%|%-5%|%d"), .int(3)], "100%|%|%|3"),
        // printf "%[2]d %[1]d" 1 2
        FormatCase(.printf, [.string("%[2]d %[1]d"), .int(1), .int(2)], "2 1"),
        // printf "%[3]d|%[0]d|%[x]d|%[1]" 1 2
        FormatCase(.printf, [.string("%[3]d|%[0]d|%[x]d|%[1]"), .int(1), .int(2)], "%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!(NOVERB)"),
        // printf "%[2]*[1]d|%[1]*d|%*d|%-*d|%*d" 12 5 7 6 3 -4 9
        FormatCase(.printf, [.string("%[2]*[1]d|%[1]*d|%*d|%-*d|%*d"), .int(12), .int(5), .int(7), .int(6), .int(3), .int(-4), .int(9)], "   12|           5|      6|-4 |%!d(MISSING)"),
        // printf "%.*f|%*.*f|%.*d" 2 3.14159 8 3 2.5 3 7
        FormatCase(.printf, [.string("%.*f|%*.*f|%.*d"), .int(2), .float64(3.14159), .int(8), .int(3), .float64(2.5), .int(3), .int(7)], "3.14|   2.500|007"),
        // printf "%*d|%.*d" "x" 5 1.5 3
        FormatCase(.printf, [.string("%*d|%.*d"), .string("x"), .int(5), .float64(1.5), .int(3)], "%!(BADWIDTH)5|%!(BADPREC)3"),
        // printf "%*d|%.*d|%*d" 10000000 1 -1 2 (int64 4) 7
        FormatCase(.printf, [.string("%*d|%.*d|%*d"), .int(10000000), .int(1), .int(-1), .int(2), .int64(4), .int(7)], "%!(BADWIDTH)1|%!(BADPREC)2|   7"),
        // printf "%[2]d %d %d" 1 2 3
        FormatCase(.printf, [.string("%[2]d %d %d"), .int(1), .int(2), .int(3)], "2 3 %!d(MISSING)"),
        // printf "%[1]d %[1]x %[1]o" 64
        FormatCase(.printf, [.string("%[1]d %[1]x %[1]o"), .int(64)], "64 40 100"),
        // printf "%[1]2d|%[1].2d|%[1]*d" 5 6
        FormatCase(.printf, [.string("%[1]2d|%[1].2d|%[1]*d"), .int(5), .int(6)], "%!d(BADINDEX)|%!d(BADINDEX)|    6"),
        // printf "%d %d" 1 2 3 "four"
        FormatCase(.printf, [.string("%d %d"), .int(1), .int(2), .int(3), .string("four")], "1 2%!(EXTRA int=3, string=four)"),
        // printf "%w|%w" 3 nil
        FormatCase(.printf, [.string("%w|%w"), .int(3), .null], "%!w(int=3)|%!w(<nil>)"),
        // printf "%é|%5€" 1 2
        FormatCase(.printf, [.string("%\u{E9}|%5\u{20AC}"), .int(1), .int(2)], "%!\u{E9}(int=1)|%!\u{20AC}(int=    2)"),
        // printf "%p|%p" 3 "s"
        FormatCase(.printf, [.string("%p|%p"), .int(3), .string("s")], "%!p(int=3)|%!p(string=s)"),
        // printf "no verbs" (list 1 2) (dict "a" 1) (int64 3) (byte 7) 1.5 .Values.nul
        FormatCase(.printf, [.string("no verbs"), .list([.int(1), .int(2)]), .map(["a": .int(1)]), .int64(3), .uint8(7), .float64(1.5), .null], "no verbs%!(EXTRA []interface {}=[1 2], map[string]interface {}=map[a:1], int64=3, uint8=7, float64=1.5, <nil>)"),
        // printf "%v|%d|%s|%x|%q|%5d" (list 1 2 3) (list 1 2 3) (list "a" "b") (list "hi" 255) (list "a" 1) (list 1 22)
        FormatCase(.printf, [.string("%v|%d|%s|%x|%q|%5d"), .list([.int(1), .int(2), .int(3)]), .list([.int(1), .int(2), .int(3)]), .list([.string("a"), .string("b")]), .list([.string("hi"), .int(255)]), .list([.string("a"), .int(1)]), .list([.int(1), .int(22)])], "[1 2 3]|[1 2 3]|[a b]|[6869 ff]|[\"a\" '\\x01']|[    1    22]"),
        // printf "%v|%#v|%+v|%T|%s|%d" (list 1 "x" nil 1.5) (list 1 "x" nil 1.5) (list 1 "x" nil) (list 1) (list nil) (list nil true)
        FormatCase(.printf, [.string("%v|%#v|%+v|%T|%s|%d"), .list([.int(1), .string("x"), .null, .float64(1.5)]), .list([.int(1), .string("x"), .null, .float64(1.5)]), .list([.int(1), .string("x"), .null]), .list([.int(1)]), .list([.null]), .list([.null, .bool(true)])], "[1 x <nil> 1.5]|[]interface {}{1, \"x\", interface {}(nil), 1.5}|[1 x <nil>]|[]interface {}|[<nil>]|[<nil> %!d(bool=true)]"),
        // printf "%v|%#v|%T|%d|%s" (dict "b" 2 "a" "x" "c" nil) (dict "b" 2 "a" "x" "c" nil) (dict) (dict "a" 1) (dict "k" "v")
        FormatCase(.printf, [.string("%v|%#v|%T|%d|%s"), .map(["b": .int(2), "a": .string("x"), "c": .null]), .map(["b": .int(2), "a": .string("x"), "c": .null]), .map([:]), .map(["a": .int(1)]), .map(["k": .string("v")])], "map[a:x b:2 c:<nil>]|map[string]interface {}{\"a\":\"x\", \"b\":2, \"c\":interface {}(nil)}|map[string]interface {}|map[%!d(string=a):1]|map[k:v]"),
        // printf "%v|%#v|%v|%#v" (list) (list) (dict) (dict)
        FormatCase(.printf, [.string("%v|%#v|%v|%#v"), .list([]), .list([]), .map([:]), .map([:])], "[]|[]interface {}{}|map[]|map[string]interface {}{}"),
        // printf "%v|%#v|%T|%q|%x|%s" (strs "a,b") (strs "a,b") (strs "a,b") (strs "a,b") (strs "a,b") (strs "a,b")
        FormatCase(.printf, [.string("%v|%#v|%T|%q|%x|%s"), .list(GoList([.string("a"), .string("b")], elementType: .string)), .list(GoList([.string("a"), .string("b")], elementType: .string)), .list(GoList([.string("a"), .string("b")], elementType: .string)), .list(GoList([.string("a"), .string("b")], elementType: .string)), .list(GoList([.string("a"), .string("b")], elementType: .string)), .list(GoList([.string("a"), .string("b")], elementType: .string))], "[a b]|[]string{\"a\", \"b\"}|[]string|[\"a\" \"b\"]|[61 62]|[a b]"),
        // printf "%v|%#v" (list (list 1 2) (dict "z" (list "q")) "s") (list (list 1 2) (dict "z" (list "q")))
        FormatCase(.printf, [.string("%v|%#v"), .list([.list([.int(1), .int(2)]), .map(["z": .list([.string("q")])]), .string("s")]), .list([.list([.int(1), .int(2)]), .map(["z": .list([.string("q")])])])], "[[1 2] map[z:[q]] s]|[]interface {}{[]interface {}{1, 2}, map[string]interface {}{\"z\":[]interface {}{\"q\"}}}"),
        // printf "%v|%#v|%T" .Values.m .Values.m .Values.m
        FormatCase(.printf, [.string("%v|%#v|%T"), .map(["b": .float64(2), "a": .float64(1), "c": .map(["x": .string("y")])]), .map(["b": .float64(2), "a": .float64(1), "c": .map(["x": .string("y")])]), .map(["b": .float64(2), "a": .float64(1), "c": .map(["x": .string("y")])])], "map[a:1 b:2 c:map[x:y]]|map[string]interface {}{\"a\":1, \"b\":2, \"c\":map[string]interface {}{\"x\":\"y\"}}|map[string]interface {}"),
        // printf "%v|%#v|%T|%d" .Values.l .Values.l .Values.l .Values.l
        FormatCase(.printf, [.string("%v|%#v|%T|%d"), .list([.float64(1), .string("x"), .null, .float64(2.5)]), .list([.float64(1), .string("x"), .null, .float64(2.5)]), .list([.float64(1), .string("x"), .null, .float64(2.5)]), .list([.float64(1), .string("x"), .null, .float64(2.5)])], "[1 x <nil> 2.5]|[]interface {}{1, \"x\", interface {}(nil), 2.5}|[]interface {}|[%!d(float64=1) %!d(string=x) <nil> %!d(float64=2.5)]"),
        // printf "%10v|%-10v|%06v|" (list 1 2) (list "a") (list 3 "b")
        FormatCase(.printf, [.string("%10v|%-10v|%06v|"), .list([.int(1), .int(2)]), .list([.string("a")]), .list([.int(3), .string("b")])], "[         1          2]|[a         ]|[000003 00000b]|"),
        // printf "%v|%s|%x|%X|% x|%#x|%q|%d|%#v|%T|%c" (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi") (bytes "hi")
        FormatCase(.printf, [.string("%v|%s|%x|%X|% x|%#x|%q|%d|%#v|%T|%c"), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8)), .bytes(Array("hi".utf8))], "[104 105]|hi|6869|6869|68 69|0x6869|\"hi\"|[104 105]|[]byte{0x68, 0x69}|[]uint8|[h i]"),
        // printf "%v|%#v|%s|%x" (list (bytes "ab")) (list (bytes "ab")) (list (bytes "ab")) (list (bytes "ab"))
        FormatCase(.printf, [.string("%v|%#v|%s|%x"), .list([.bytes(Array("ab".utf8))]), .list([.bytes(Array("ab".utf8))]), .list([.bytes(Array("ab".utf8))]), .list([.bytes(Array("ab".utf8))])], "[[97 98]]|[]interface {}{[]uint8{0x61, 0x62}}|[ab]|[6162]"),
        // printf "%v|%s|%x|%#v|%5s|%.1s" (bytes "") (bytes "") (bytes "") (bytes "") (bytes "") (bytes "héllo")
        FormatCase(.printf, [.string("%v|%s|%x|%#v|%5s|%.1s"), .bytes(Array("".utf8)), .bytes(Array("".utf8)), .bytes(Array("".utf8)), .bytes(Array("".utf8)), .bytes(Array("".utf8)), .bytes(Array("h\u{E9}llo".utf8))], "[]|||[]byte{}|     |h"),
        // printf "%v %v" (list (byte 1) (byte 2)) (list (int64 1) 2.0)
        FormatCase(.printf, [.string("%v %v"), .list([.uint8(1), .uint8(2)]), .list([.int64(1), .float64(2.0)])], "[1 2] [1 2]"),
        // printf "%w|%w" (list 1) (dict "a" 1)
        FormatCase(.printf, [.string("%w|%w"), .list([.int(1)]), .map(["a": .int(1)])], "%!w([]interface {}=[1])|%!w(map[string]interface {}=map[a:1])"),
        // printf "%t|%t" (list true 1) (dict "a" false)
        FormatCase(.printf, [.string("%t|%t"), .list([.bool(true), .int(1)]), .map(["a": .bool(false)])], "[true %!t(int=1)]|map[%!t(string=a):false]"),
    ]

    func testAgainstHelm() {
        for c in Self.cases {
            XCTAssertEqual(c.run(), c.expected, "\(c.kind) \(c.args)", line: c.line)
        }
    }
}
