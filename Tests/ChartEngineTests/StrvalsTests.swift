import XCTest
import GoTemplate
import HelmYAML
@testable import ChartEngine

/// `--set` family parsing; every expectation is `helm template` output (`# {{ toJson .Values }}`) or
/// the `Error:` text of Helm 4.1.4 for the same flags.
final class StrvalsTests: XCTestCase {
    private enum Flag {
        case set(String), string(String), json(String), literal(String)
    }

    private func merge(_ flags: [Flag]) -> String {
        var options = ValuesOptions()
        for flag in flags {
            switch flag {
            case .set(let s): options.values.append(s)
            case .string(let s): options.stringValues.append(s)
            case .json(let s): options.jsonValues.append(s)
            case .literal(let s): options.literalValues.append(s)
            }
        }
        do {
            return JSONEncoding.helmToJson(.map(try options.mergeValues(baseDirectory: "")))
        } catch {
            return "Error: \(error)"
        }
    }

    func testSetFlags() {
        let deep31 = Array(repeating: "k", count: 31).joined(separator: ".") + "=1"
        let deep32 = Array(repeating: "k", count: 32).joined(separator: ".") + "=1"
        let cases: [(flags: [Flag], expected: String)] = [
            ([.set("a[0]")], #"{"a":[]}"#),
            ([.set("a[0]=1,a[2]=x")], #"{"a":[1,null,"x"]}"#),
            ([.set("a=b,a.c=1")], "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is string, not map[string]interface {}"),
            ([.set("a=b,a[0]=1")], "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is string, not []interface {}"),
            ([.set("a=null,a[0]=1")], "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is nil, not []interface {}"),
            ([.set("a[0]=1,a[0][1]=2")], "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not []interface {}"),
            ([.set("a[x]=1")], #"Error: failed parsing --set data: error parsing index: strconv.Atoi: parsing "x": invalid syntax"#),
            ([.set("a[-1]=1")], "Error: failed parsing --set data: negative -1 index not allowed"),
            ([.set("a[65537]=1")], "Error: failed parsing --set data: index of 65537 is greater than maximum supported index of 65536"),
            ([.set("a[99999999999999999999]=1")], #"Error: failed parsing --set data: error parsing index: strconv.Atoi: parsing "99999999999999999999": value out of range"#),
            ([.set("a[0]x=1")], "Error: failed parsing --set data: unexpected data at end of array index: ['x']"),
            ([.set("a[0]xy=1")], "Error: failed parsing --set data: unexpected data at end of array index: ['x' 'y']"),
            ([.set("a")], #"Error: failed parsing --set data: key "a" has no value"#),
            ([.set("a,")], #"Error: failed parsing --set data: key "a" has no value (cannot end with ,)"#),
            ([.set("a.")], "{}"),
            ([.set("a=1,")], #"{"a":1}"#),
            ([.set("a={1,b,true,null,0,010,-5,+3,1.5}")], #"{"a":[1,"b",true,null,0,"010",-5,3,"1.5"]}"#),
            ([.set("a={x")], "Error: failed parsing --set data: list must terminate with '}'"),
            ([.set(#"a=x\,y,b\.c=2,d=\\"#)], #"{"a":"x,y","b.c":2,"d":"\\"}"#),
            ([.set("a=TRUE,b=False,c=NULL,d=9223372036854775808,e=-0,f=1e3")], #"{"a":true,"b":false,"c":null,"d":"9223372036854775808","e":0,"f":"1e3"}"#),
            ([.set("a.b=1,a.c=2,a.b=3")], #"{"a":{"b":3,"c":2}}"#),
            ([.set("a[1].b=1")], #"{"a":[null,{"b":1}]}"#),
            ([.set("a[0].b=1,a[0].c=2")], #"{"a":[{"b":1,"c":2}]}"#),
            ([.set("a="), .set("b={}")], #"{"a":"","b":[""]}"#),
            ([.set("=1")], "{}"),
            ([.set("a.=1")], #"Error: failed parsing --set data: key map "a" has no value"#),
            ([.set(".a=1")], "{}"),
            ([.set("a[0]=1"), .set("a[1]={x,y}")], #"{"a":[1,["x","y"]]}"#),
            ([.set("a.b.c=1"), .set("a.b=2")], #"{"a":{"b":2}}"#),
            ([.set("a.b=2"), .set("a.b.c=1")], "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}"),
            ([.set(deep32)], "Error: failed parsing --set data: value name nested level is greater than maximum supported nested level of 30"),
            ([.literal(deep32)], "Error: failed parsing --set-literal data: value name nested level is greater than maximum supported nested level of 30"),
            ([.set(deep31)], String(repeating: #"{"k":"#, count: 31) + "1" + String(repeating: "}", count: 31)),
        ]
        for (flags, expected) in cases {
            XCTAssertEqual(merge(flags), expected, "\(flags)")
        }
    }

    func testOtherFlagKinds() {
        let cases: [(flags: [Flag], expected: String)] = [
            ([.string("a=1,b=true,c=null,d={1,2}")], #"{"a":"1","b":"true","c":"null","d":["1","2"]}"#),
            ([.literal("a=1,b=2"), .literal(#"c.d[0]=x\,y"#)], #"{"a":"1,b=2","c":{"d":["x\\,y"]}}"#),
            ([.literal("a")], #"Error: failed parsing --set-literal data: key "a" has no value"#),
            ([.json(#"a[0]={"x":1},a[1]="#), .json(#"b.c=[1,"2",null,true]"#)], #"{"a":[{"x":1},null],"b":{"c":[1,"2",null,true]}}"#),
            ([.json("a=x")], "Error: failed parsing --set-json data a=x"),
            ([.json(#"a={"b":1}"#), .json(#"{"c":[1,2]}"#), .json("x="), .json(#" {"d":null}"#)], #"{"a":{"b":1},"c":[1,2],"d":null,"x":null}"#),
            ([.json(#"a={"b":1"#)], #"Error: failed parsing --set-json data a={"b":1"#),
            ([.json(#"{"b":1"#)], #"Error: failed parsing --set-json data JSON: {"b":1"#),
            ([.json(#"a=1,b="x",c=[1,2.5]"#)], #"{"a":1,"b":"x","c":[1,2.5]}"#),
            // Order of kinds: --set-json, --set, --set-string, --set-file, --set-literal.
            ([.set("a=1"), .string("a=2"), .json("a=3"), .literal("a=5")], #"{"a":"5"}"#),
            ([.json("a=3"), .string("a=2"), .set("a=1")], #"{"a":"2"}"#),
            ([.json("a=3"), .set("a=1")], #"{"a":1}"#),
        ]
        for (flags, expected) in cases {
            XCTAssertEqual(merge(flags), expected, "\(flags)")
        }
    }

    func testSetNumbersAreInt64() throws {
        let values = try Strvals.parse("a=1,b=-5,c=x")
        XCTAssertEqual(values["a"]?.goTypeName, "int64")
        XCTAssertEqual(values["b"]?.goTypeName, "int64")
        XCTAssertEqual(values["c"]?.goTypeName, "string")
    }
}
