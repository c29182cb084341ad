import GoTemplate
import HelmYAML

/// Helm's own YAML/JSON/TOML functions (pkg/engine/funcs.go), thin wrappers over HelmYAML with Helm's
/// Go signatures. They replace Sprig's functions of the same name.
enum HelmSerializationFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("toYaml", [.interface]) { _, arguments in
            .string(YAMLEncoding.helmToYaml(argument(arguments)))
        }
        registry.register("toYamlPretty", [.interface]) { _, arguments in
            .string(YAMLEncoding.helmToYamlPretty(argument(arguments)))
        }
        registry.register("mustToYaml", [.interface]) { _, arguments in
            .string(try YAMLEncoding.helmMustToYaml(argument(arguments)))
        }
        registry.register("fromYaml", [.string]) { _, arguments in
            YAMLDecoding.fromYaml(bytes: arguments.first?.goStringBytes ?? [])
        }
        registry.register("fromYamlArray", [.string]) { _, arguments in
            YAMLDecoding.fromYamlArray(bytes: arguments.first?.goStringBytes ?? [])
        }
        registry.register("fromJson", [.string]) { _, arguments in
            YAMLDecoding.fromJson(arguments.first?.stringValue ?? "")
        }
        registry.register("fromJsonArray", [.string]) { _, arguments in
            YAMLDecoding.fromJsonArray(arguments.first?.stringValue ?? "")
        }
        registry.register("toJson", [.interface]) { _, arguments in
            .string(JSONEncoding.helmToJson(argument(arguments)))
        }
        registry.register("mustToJson", [.interface]) { _, arguments in
            .string(try JSONEncoding.helmMustToJson(argument(arguments)))
        }
        // Sprig's JSON family beside Helm's (sprig/defaults.go): pretty and raw (no HTML escaping) forms.
        registry.register("toPrettyJson", [.interface]) { _, arguments in
            .string(JSONEncoding.toPrettyJson(argument(arguments)))
        }
        registry.register("mustToPrettyJson", [.interface]) { _, arguments in
            .string(try JSONEncoding.mustToPrettyJson(argument(arguments)))
        }
        registry.register("toRawJson", [.interface]) { _, arguments in
            .string(try JSONEncoding.toRawJson(argument(arguments)))
        }
        registry.register("mustToRawJson", [.interface]) { _, arguments in
            .string(try JSONEncoding.mustToRawJson(argument(arguments)))
        }
        registry.register("mustFromJson", [.string]) { _, arguments in
            try JSONDecoding.decode(arguments.first?.stringValue ?? "")
        }
        registry.register("toToml", [.interface]) { _, arguments in
            TOMLEncoding.toTomlValue(argument(arguments))
        }
        registry.register("fromToml", [.string]) { _, arguments in
            TOMLDecoding.fromToml(arguments.first?.stringValue ?? "")
        }
    }

    private static func argument(_ arguments: [Value]) -> Value {
        arguments.first ?? .invalid
    }
}
