import GoTemplate

/// Helm's own template functions, registered after Sprig so they replace Sprig's versions
/// (`fail`, `toJson`, `getHostByName`) as Helm's funcMap does. Keep this family last in the library.
public enum HelmOwnFunctions {
    public static func register(_ registry: inout FunctionRegistry) {
        HelmSerializationFunctions.register(&registry)
        HelmTemplateFunctions.register(&registry)
        HelmValidationFunctions.register(&registry)
        HelmClusterFunctions.register(&registry)
    }
}
