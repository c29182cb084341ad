import GoTemplate

/// Sprig's encoding, hashing, date, semver, path, URL, network and crypto families.
enum SprigExtraFunctions {
    static let families: [(inout FunctionRegistry) -> Void] = [
        EncodingFunctions.register,
        HashFunctions.register,
        DateFunctions.register,
        SemverFunctions.register,
        PathFunctions.register,
        CryptoFunctions.register,
        SprigMoreFunctions.register,
    ]

    static func register(_ registry: inout FunctionRegistry) {
        for family in families { family(&registry) }
    }
}
