import Foundation

/// A Go `*time.Location`: zones and transitions read from the system's TZif files (as Go reads
/// /usr/share/zoneinfo), plus the POSIX TZ rule Go applies after the last transition.
final class GoLocation {
    struct Zone { var name: String; var offset: Int; var isDST: Bool }
    struct Transition { var when: Int64; var zoneIndex: Int }

    let name: String
    let zones: [Zone]
    let transitions: [Transition]
    let extend: String

    init(name: String, zones: [Zone], transitions: [Transition], extend: String) {
        self.name = name
        self.zones = zones
        self.transitions = transitions
        self.extend = extend
    }

    static let utc = GoLocation(name: "UTC", zones: [], transitions: [], extend: "")

    static func fixed(name: String, offset: Int) -> GoLocation {
        GoLocation(name: name, zones: [Zone(name: name, offset: offset, isDST: false)],
                   transitions: [Transition(when: Int64.min, zoneIndex: 0)], extend: "")
    }

    /// Go's `time.Local`: from `TZ` (empty means UTC), else /etc/localtime; UTC when neither loads.
    static let local: GoLocation = {
        let environment = ProcessInfo.processInfo.environment
        if let tz = environment["TZ"] {
            var zoneName = tz
            if zoneName.hasPrefix(":") { zoneName.removeFirst() }
            if zoneName.isEmpty || zoneName == "UTC" { return GoLocation(name: "Local", zones: [], transitions: [], extend: "") }
            if let data = readZoneFile(zoneName.hasPrefix("/") ? zoneName : "/usr/share/zoneinfo/" + zoneName),
               let location = TZif.parse(data, name: "Local") {
                return location
            }
            return GoLocation(name: "Local", zones: [], transitions: [], extend: "")
        }
        if let data = readZoneFile("/etc/localtime"), let location = TZif.parse(data, name: "Local") {
            return location
        }
        return GoLocation(name: "Local", zones: [], transitions: [], extend: "")
    }()

    /// Go's `time.LoadLocation`; nil when the name is invalid or unknown.
    static func load(_ name: String) -> GoLocation? {
        if name == "" || name == "UTC" { return utc }
        if name == "Local" { return local }
        // Go rejects names that could escape the zoneinfo directory.
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("..") || name.contains("\\") { return nil }
        var directories: [String] = []
        if let custom = ProcessInfo.processInfo.environment["ZONEINFO"], !custom.isEmpty { directories.append(custom) }
        directories += ["/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ", "/etc/zoneinfo"]
        for directory in directories {
            if let data = readZoneFile(directory + "/" + name) {
                return TZif.parse(data, name: name)
            }
        }
        return nil
    }

    private static func readZoneFile(_ path: String) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    struct Lookup { var name: String; var offset: Int; var isDST: Bool }

    /// Go's `Location.lookup`: the zone in effect at Unix second `sec`.
    func lookup(_ sec: Int64) -> Lookup {
        if zones.isEmpty { return Lookup(name: "UTC", offset: 0, isDST: false) }
        if transitions.isEmpty || sec < transitions[0].when {
            let zone = zones[firstZoneIndex()]
            return Lookup(name: zone.name, offset: zone.offset, isDST: zone.isDST)
        }
        var lo = 0, hi = transitions.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if sec < transitions[mid].when { hi = mid } else { lo = mid }
        }
        let index = transitions[lo].zoneIndex
        let zone = zones.indices.contains(index) ? zones[index] : zones[0]
        if lo == transitions.count - 1, !extend.isEmpty, let rule = POSIXTimeZoneRule(extend),
           let result = rule.lookup(sec) {
            return result
        }
        return Lookup(name: zone.name, offset: zone.offset, isDST: zone.isDST)
    }

    /// Go's `lookupName`: the offset of a zone abbreviation used by this location, preferring the one in
    /// effect at `unix`.
    func offset(ofZoneNamed zoneName: String, near unix: Int64) -> Int? {
        for zone in zones where zone.name == zoneName {
            let found = lookup(unix - Int64(zone.offset))
            if found.name == zone.name { return found.offset }
        }
        for zone in zones where zone.name == zoneName { return zone.offset }
        return nil
    }

    private func firstZoneIndex() -> Int {
        let firstUsed = transitions.contains { $0.zoneIndex == 0 }
        if !firstUsed { return 0 }
        if let first = transitions.first, zones.indices.contains(first.zoneIndex), zones[first.zoneIndex].isDST {
            var index = first.zoneIndex - 1
            while index >= 0 {
                if !zones[index].isDST { return index }
                index -= 1
            }
        }
        if let index = zones.firstIndex(where: { !$0.isDST }) { return index }
        return 0
    }
}
