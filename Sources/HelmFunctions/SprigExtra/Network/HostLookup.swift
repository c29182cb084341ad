#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Go's `net.LookupHost` as far as templates can observe it: an IP literal comes back as written;
/// a name is resolved by the system resolver (getaddrinfo, which reads /etc/hosts and DNS as Go's own
/// resolver does) into its distinct addresses, IPv4 and IPv6 in the resolver's order.
enum HostLookup {
    static func addresses(of host: String) -> [String] {
        if host.isEmpty { return [] } // Go: "no such host"
        if case .success = GoNetIPAddr.parse(Array(host.utf8)) { return [host] }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue) // one entry per address, not one per socket type
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var result: [String] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let entry = node {
            if let text = numericHost(entry.pointee), !result.contains(text) { result.append(text) }
            node = entry.pointee.ai_next
        }
        return result
    }

    private static func numericHost(_ entry: addrinfo) -> String? {
        guard let address = entry.ai_addr else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let status = getnameinfo(address, entry.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST)
        guard status == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
