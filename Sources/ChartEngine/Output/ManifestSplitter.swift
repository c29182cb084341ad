import Foundation

/// Helm's `releaseutil.SplitManifests`: cuts a rendered file into YAML documents at `---` lines.
///
/// Helm uses the regexp `(?:^|\s*\n)---\s*` on the space-trimmed text, so `---` only separates when it
/// starts the text or follows a newline, and it swallows the whitespace around it. Empty pieces are
/// dropped and every kept piece is space-trimmed.
public enum ManifestSplitter {
    public static func split(_ text: String) -> [String] {
        let trimmed = GoStrings.trimSpace(text)
        var documents: [String] = []
        for piece in separatorSplit(trimmed) where !piece.isEmpty {
            documents.append(GoStrings.trimSpace(piece))
        }
        return documents
    }

    /// Go regexp's `Split(s, -1)` with the separator pattern above, on UTF-8 bytes.
    private static func separatorSplit(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var pieceStart = 0
        var index = 0
        while index < bytes.count {
            guard let match = separatorMatch(in: bytes, at: index) else {
                // No separator starts later in this whitespace run either (its newlines are a subset
                // of those just tried): skip the run whole rather than rescan it from every byte.
                index = max(index + 1, skipSpaces(bytes, from: index))
                continue
            }
            if match.end != 0 {
                pieces.append(String(decoding: bytes[pieceStart..<match.start], as: UTF8.self))
            }
            pieceStart = match.end
            index = max(match.end, index + 1)
        }
        pieces.append(String(decoding: bytes[min(pieceStart, bytes.count)...], as: UTF8.self))
        return pieces
    }

    /// The leftmost match starting at `start`: either `---` at offset 0, or `\s*\n---` beginning here.
    private static func separatorMatch(in bytes: [UInt8], at start: Int) -> (start: Int, end: Int)? {
        var position = start
        if start == 0, hasDashes(bytes, at: 0) {
            return (0, skipSpaces(bytes, from: 3))
        }
        // `\s*\n`: greedy spaces, then backtrack to the last newline inside the run.
        var lastNewlineEnd: Int?
        while position < bytes.count, isGoSpace(bytes[position]) {
            if bytes[position] == 0x0A, hasDashes(bytes, at: position + 1) {
                lastNewlineEnd = position + 1
            }
            position += 1
        }
        guard let dashesStart = lastNewlineEnd else { return nil }
        return (start, skipSpaces(bytes, from: dashesStart + 3))
    }

    private static func hasDashes(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x2D
    }

    private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var position = index
        while position < bytes.count, isGoSpace(bytes[position]) { position += 1 }
        return position
    }

    /// RE2's `\s`: `[\t\n\f\r ]`.
    private static func isGoSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
