/// A line diff in unified format (`--- expected` / `+++ actual`, `@@` hunks with three lines of context),
/// computed with Myers' O(ND) algorithm so large manifests with few differences stay cheap.
public enum UnifiedDiff {
    public static func diff(expected: String, actual: String, expectedLabel: String = "expected",
                            actualLabel: String = "actual", context: Int = 3) -> String {
        let a = lines(expected)
        let b = lines(actual)
        let edits = editScript(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(expectedLabel)\n+++ \(actualLabel)\n"
        var index = 0
        while index < edits.count {
            // Find the next change, then grow a hunk until `2 * context` unchanged lines separate changes.
            guard let start = edits[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let hunkStart = max(index, start - context)
            var end = start
            var cursor = start
            while cursor < edits.count {
                if edits[cursor].kind != .same { end = cursor; cursor += 1; continue }
                var run = cursor
                while run < edits.count, edits[run].kind == .same { run += 1 }
                if run == edits.count || run - cursor > 2 * context { break }
                cursor = run
            }
            let hunkEnd = min(edits.count, end + 1 + context)
            let hunk = edits[hunkStart..<hunkEnd]
            let oldStart = hunk.first.map { $0.oldLine } ?? 0
            let newStart = hunk.first.map { $0.newLine } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: out += " " + a[edit.oldLine] + "\n"
                case .delete: out += "-" + a[edit.oldLine] + "\n"
                case .insert: out += "+" + b[edit.newLine] + "\n"
                }
            }
            index = hunkEnd
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : (count == 1 ? "\(start + 1)" : "\(start + 1),\(count)")
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { result.removeLast() } else if !text.isEmpty { result[result.count - 1] += "\\ (no newline at end)" }
        return result
    }

    enum Kind { case same, delete, insert }
    struct Edit { var kind: Kind; var oldLine: Int; var newLine: Int }

    /// Myers' greedy algorithm with a trace of the frontier per edit distance, then a backtrack.
    static func editScript(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        let maxD = n + m
        let offset = maxD + 1
        var frontier = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        for d in 0...maxD {
            trace.append(frontier)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = frontier[offset + k + 1]
                } else {
                    x = frontier[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                frontier[offset + k] = x
                if x >= n, y >= m { found = true; break }
                k += 2
            }
            if found { break }
        }
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK: Int
            if d == 0 {
                previousK = 0
            } else if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                edits.append(Edit(kind: .same, oldLine: x, newLine: y))
            }
            if d > 0 {
                if x == previousX { y -= 1; edits.append(Edit(kind: .insert, oldLine: x, newLine: y)) }
                else { x -= 1; edits.append(Edit(kind: .delete, oldLine: x, newLine: y)) }
            }
        }
        return edits.reversed()
    }
}
