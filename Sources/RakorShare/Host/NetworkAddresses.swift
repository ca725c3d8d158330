#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An address of this machine that joiners on the same network can reach.
public struct NetworkAddress: Equatable, Sendable {
    public var interface: String
    public var address: String
    public var isIPv6: Bool
}

public enum NetworkAddresses {
    /// The up, non-loopback interfaces' addresses: IPv4 first, link-local IPv6 left out.
    public static func current() -> [NetworkAddress] {
        var head: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&head) == 0 else { return [] }
        defer { freeifaddrs(head) }
        var out: [NetworkAddress] = []
        var p = head
        while let ifa = p {
            defer { p = ifa.pointee.ifa_next }
            let flags = Int32(ifa.pointee.ifa_flags)
            guard flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0, let sa = ifa.pointee.ifa_addr else { continue }
            let family = Int32(sa.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let len = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            guard getnameinfo(sa, len, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if family == AF_INET6 && text.lowercased().hasPrefix("fe80") { continue }
            out.append(NetworkAddress(interface: String(cString: ifa.pointee.ifa_name), address: text, isIPv6: family == AF_INET6))
        }
        return out.filter { !$0.isIPv6 } + out.filter { $0.isIPv6 }
    }
}
