import GoTemplate

/// Functions that would reach a cluster or the network; `helm template` never does.
enum HelmClusterFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        // Without a cluster connection Helm's lookup returns an empty map.
        registry.register("lookup", [.string, .string, .string, .string]) { _, _ in
            .map(GoMap())
        }
        // DNS lookups are disabled unless --enable-dns; Helm then answers "".
        registry.register("getHostByName", [.string]) { _, _ in
            .string("")
        }
    }
}
