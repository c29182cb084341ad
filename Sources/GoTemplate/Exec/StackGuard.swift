#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
// glibc declares it only under _GNU_SOURCE, which the Glibc module does not set.
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Keeps deep template recursion from overflowing the thread's stack: recursive parse and
/// execution steps call `check()`, which throws well before the guard page.
enum StackGuard {
    /// Bytes kept free below the deepest allowed frame.
    static let reserve: UInt = 256 * 1024

    struct Exhausted: Error {}

    private final class Limit {
        let lowest: UInt
        init(_ lowest: UInt) { self.lowest = lowest }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
            #else
            if let pointer = pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
            #endif
        }
        return key
    }()

    /// Address of a local: the current stack position (stacks grow down on supported platforms).
    @inline(never)
    static func currentPosition() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Lowest usable address of this thread's stack (cached per thread).
    static func lowestUsableAddress() -> UInt {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<Limit>.fromOpaque(raw).takeUnretainedValue().lowest
        }
        let lowest = stackBottom() &+ reserve
        pthread_setspecific(key, Unmanaged.passRetained(Limit(lowest)).toOpaque())
        return lowest
    }

    /// Remaining bytes between here and the reserve.
    static func remaining() -> UInt {
        let here = currentPosition()
        let lowest = lowestUsableAddress()
        return here > lowest ? here &- lowest : 0
    }

    static func check() throws {
        if currentPosition() <= lowestUsableAddress() { throw Exhausted() }
    }

    private static func stackBottom() -> UInt {
        #if canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        return top &- UInt(pthread_get_stacksize_np(pthread_self()))
        #elseif os(Linux)
        var attr = pthread_attr_t()
        guard threadAttributes(pthread_self(), &attr) == 0 else {
            // Unknown bounds: assume a 512 KiB stack below the current position.
            return currentPosition() &- 512 * 1024
        }
        defer { pthread_attr_destroy(&attr) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        pthread_attr_getstack(&attr, &address, &size)
        return UInt(bitPattern: address)
        #else
        return currentPosition() &- 512 * 1024
        #endif
    }
}
