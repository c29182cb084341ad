import GoTemplate

/// Sprig's `urlParse` and `urlJoin`, on Go's net/url.
enum URLFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("urlParse", [.string]) { _, args in
            let url: GoURL
            do {
                url = try GoURL.parse(try ExtraArgs.string(args, 0))
            } catch let error as GoURL.ParseError {
                throw FunctionError("unable to parse url: " + error.message)
            }
            let text = { (bytes: [UInt8]) in Value.string(String(decoding: bytes, as: UTF8.self)) }
            return .map([
                "scheme": text(url.scheme),
                "host": text(url.host),
                "hostname": text(url.hostname),
                "path": text(url.path),
                "query": text(url.rawQuery),
                "opaque": text(url.opaque),
                "fragment": text(url.fragment),
                "userinfo": text(url.user?.encoded ?? []),
            ])
        }
        registry.register("urlJoin", [.interfaceMap]) { _, args in
            let dict = args.first?.mapValue ?? GoMap()
            // Sprig reads the keys in this order; the first bad one is the one reported.
            var url = GoURL()
            url.scheme = Array(try component(dict, "scheme").utf8)
            url.host = Array(try component(dict, "host").utf8)
            url.path = Array(try component(dict, "path").utf8)
            url.rawQuery = Array(try component(dict, "query").utf8)
            url.opaque = Array(try component(dict, "opaque").utf8)
            url.fragment = Array(try component(dict, "fragment").utf8)
            let userinfo = try component(dict, "userinfo")
            if !userinfo.isEmpty {
                // Sprig parses the userinfo by building a throwaway URL around it.
                do {
                    url.user = try GoURL.parse("proto://\(userinfo)@host").user
                } catch let error as GoURL.ParseError {
                    throw FunctionError("unable to parse userinfo in dict: " + error.message)
                }
            }
            return .string(url.string)
        }
    }

    /// Sprig's `dictGetOrEmpty`: "" when absent, the string when it is one, else a panic naming the kind.
    private static func component(_ dict: GoMap, _ key: String) throws -> String {
        guard let value = dict[key] else { return "" }
        switch value {
        case .string(let s): return s
        case .null, .invalid:
            // reflect.TypeOf(nil).Kind() dereferences a nil Type.
            throw FunctionError("runtime error: invalid memory address or nil pointer dereference")
        default:
            throw FunctionError("unable to parse \(key) key, must be of type string, but \(value.goKindName) found")
        }
    }
}
