import GoTemplate

/// Sprig's `getHostByName`. Helm replaces it with a function returning "" unless `--enable-dns` is
/// given (HelmClusterFunctions registers that override after the Sprig families); this is the
/// function `--enable-dns` restores.
enum NetworkFunctions {
    static func register(_ registry: inout FunctionRegistry) {
        registry.register("getHostByName", [.string]) { ctx, args in
            let addresses = HostLookup.addresses(of: try ExtraArgs.string(args, 0))
            // Sprig ignores the lookup error and indexes with rand.Intn(len(addrs)), which panics on 0.
            guard !addresses.isEmpty else { throw FunctionError("invalid argument to Intn") }
            return .string(addresses[Int(ctx.environment.random() % UInt64(addresses.count))])
        }
    }
}
