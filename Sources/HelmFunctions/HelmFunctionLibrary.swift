import GoTemplate

/// Every function Helm registers for templates (Sprig less `env`/`expandenv`, plus Helm's own),
/// assembled from one file per family.
public enum HelmFunctionLibrary {
    public static func registry() -> FunctionRegistry {
        var registry = FunctionRegistry()
        for family in families { family(&registry) }
        return registry
    }

    /// Each family file adds itself here.
    static let families: [(inout FunctionRegistry) -> Void] = [
        StringFunctions.register,
        RegexFunctions.register,
        NumericFunctions.register,
        ConversionFunctions.register,
        ListFunctions.register,
        DictFunctions.register,
        DefaultFunctions.register,
        ReflectionFunctions.register,
        SprigExtraFunctions.register,
        HelmOwnFunctions.register, // keep last: Helm's versions replace Sprig's
    ]
}
