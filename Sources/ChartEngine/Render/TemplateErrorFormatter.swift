import Foundation

/// Helm 4's rewriting of text/template errors (engine.go: cleanupParseError, reformatExecErrorMsg).
///
/// Execution errors become a trace, one block per template level of nested `include`s:
/// ```
/// c/templates/t.yaml:1:3
///   executing "c/templates/t.yaml" at <include "z" .>:
///     error calling include:
/// ```
/// When the chain ends in an error that is not a template error (a function's own error, a `tpl`
/// failure), Helm gives up and prints Go's original one-line text. `required`/`fail` messages are
/// cut out of their markers: `execution error at (<location>): <message>`.
enum TemplateErrorFormatter {
    static func parseError(file: String, goText: String) -> String {
        let tokens = goText.components(separatedBy: ": ")
        guard tokens.count > 1, let message = tokens.last else {
            return "parse error in (\(file)): \(goText)"
        }
        return "parse error at (\(tokens[1])): \(message)"
    }

    static func executionError(file: String, goText: String) -> String {
        let tokens = splitN(goText, separator: ": ", limit: 3)
        guard tokens.count == 3 else {
            return "execution error in (\(file)): \(goText)"
        }
        if let message = markedMessage(tokens[2]) {
            return "execution error at (\(tokens[1])): \(message)"
        }
        guard let levels = traceLevels(goText) else { return goText }
        var rendered = ""
        for level in levels {
            var message = level.message
            if !level.executedFunction.isEmpty, message.contains(level.executedFunction) {
                message = message.replacingOccurrences(of: level.executedFunction, with: "")
            }
            if !level.location.isEmpty { rendered += level.location + "\n  " }
            if !level.executedFunction.isEmpty { rendered += level.executedFunction + "\n    " }
            if !message.isEmpty { rendered += message + "\n" }
        }
        return GoStrings.trimSpace(rendered)
    }

    struct TraceLevel: Equatable {
        var location: String
        var message: String
        var executedFunction: String
    }

    /// Walks Go's error chain as Helm does (each level is `template: <loc>: executing "<name>" at
    /// <node>: <message>`, nested through `error calling include:`). Nil when a link is not a template
    /// error, which makes Helm keep the original text.
    static func traceLevels(_ goText: String) -> [TraceLevel]? {
        var levels: [TraceLevel] = []
        var current: String? = goText
        while let text = current {
            if let parsed = parseExecuting(text) {
                levels.append(TraceLevel(location: parsed.location, message: parsed.message,
                                         executedFunction: "executing \(parsed.function) at \(parsed.node):"))
                current = cause(message: parsed.message, nested: parsed.nested)
            } else if let parsed = parseWithoutNode(text) {
                levels.append(TraceLevel(location: parsed.location, message: parsed.message, executedFunction: ""))
                current = cause(message: parsed.message, nested: parsed.nested)
            } else if text.hasPrefix("template: no template "), text.contains(" associated with template "),
                      !text.contains("\n") {
                levels.append(TraceLevel(location: "", message: text, executedFunction: ""))
                current = nil
            } else {
                return nil
            }
        }
        return levels
    }

    /// The wrapped error below a level: only `error calling <fn>: %w` wraps one, and it is whatever the
    /// function returned: the inner template error for `include`, the function's own error otherwise.
    private static func cause(message: String, nested: String?) -> String? {
        guard message.hasPrefix("error calling ") else { return nil }
        let full = message + (nested.map { " " + $0 } ?? "")
        guard let colon = full.range(of: ": ") else { return nil }
        return String(full[colon.upperBound...])
    }

    /// `^template: (.+?): executing (.+?) at (.+?): (.+?)( template:.*)?$` without newlines.
    private static func parseExecuting(_ text: String)
        -> (location: String, function: String, node: String, message: String, nested: String?)? {
        guard !text.contains("\n"), text.hasPrefix("template: ") else { return nil }
        let body = text.dropFirst("template: ".count)
        guard let executing = body.range(of: ": executing "), executing.lowerBound > body.startIndex else { return nil }
        let location = String(body[..<executing.lowerBound])
        let afterExecuting = body[executing.upperBound...]
        guard let at = afterExecuting.range(of: " at "), at.lowerBound > afterExecuting.startIndex else { return nil }
        let function = String(afterExecuting[..<at.lowerBound])
        let afterAt = afterExecuting[at.upperBound...]
        guard let colon = afterAt.range(of: ": "), colon.lowerBound > afterAt.startIndex else { return nil }
        let node = String(afterAt[..<colon.lowerBound])
        let rest = String(afterAt[colon.upperBound...])
        guard let split = splitMessage(rest) else { return nil }
        return (location, function, node, split.message, split.nested)
    }

    /// `^template: (.+?): (.*)( template:.*)?$`
    private static func parseWithoutNode(_ text: String) -> (location: String, message: String, nested: String?)? {
        guard !text.contains("\n"), text.hasPrefix("template: ") else { return nil }
        let body = text.dropFirst("template: ".count)
        guard let colon = body.range(of: ": "), colon.lowerBound > body.startIndex else { return nil }
        // `(.*)` is greedy here, so the message takes the whole rest.
        return (String(body[..<colon.lowerBound]), String(body[colon.upperBound...]), nil)
    }

    /// The lazy message: up to the first " template:" (at least one character), then the nested text.
    private static func splitMessage(_ rest: String) -> (message: String, nested: String?)? {
        guard !rest.isEmpty else { return nil }
        let searchStart = rest.index(after: rest.startIndex)
        guard let marker = rest.range(of: " template:", range: searchStart..<rest.endIndex) else {
            return (rest, nil)
        }
        return (String(rest[..<marker.lowerBound]), String(rest[rest.index(after: marker.lowerBound)...]))
    }

    /// The message between Helm's `required`/`fail` markers (first start to last end, across lines).
    static func markedMessage(_ text: String) -> String? {
        guard let start = text.range(of: "HELM_ERR_START"),
              let end = text.range(of: "HELM_ERR_END", options: .backwards),
              start.upperBound <= end.lowerBound else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// Go's `strings.SplitN`.
    static func splitN(_ text: String, separator: String, limit: Int) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while pieces.count < limit - 1, let range = rest.range(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}
