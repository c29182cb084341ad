import GoTemplate

/// The last Sprig families: URLs, DNS, bcrypt and random bytes, keys and certificates.
enum SprigMoreFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        URLFunctions.register(&registry)
        NetworkFunctions.register(&registry)
        PasswordHashFunctions.register(&registry)
        CertificateFunctions.register(&registry)
    }
}
