/// Helm's `sortTemplates`: parse order of the templates of a chart tree. Deeper paths (subcharts) come
/// first so a parent's `define` of the same name, parsed later, wins; within one depth, names sort in
/// reverse byte order.
enum TemplateOrder {
    static func sorted(_ names: [String]) -> [String] {
        names.sorted { a, b in
            let depthA = a.utf8.filter { $0 == UInt8(ascii: "/") }.count
            let depthB = b.utf8.filter { $0 == UInt8(ascii: "/") }.count
            if depthA != depthB { return depthA > depthB }
            return goBytesLess(b, a)
        }
    }
}
