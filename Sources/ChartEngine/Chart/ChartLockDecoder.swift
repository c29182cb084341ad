import GoTemplate
import HelmYAML

/// Chart.lock (v1: requirements.lock) as Helm's loader reads it: through sigs.k8s.io/yaml into
/// `chart.Lock`, so a malformed lock fails the load with Go's JSON error. `helm template` does not
/// compare the lock with Chart.yaml or check its digest; only its form matters.
enum ChartLockDecoder {
    static func validate(_ data: [UInt8], fileName: String) throws {
        let context = "cannot load \(fileName)"
        let document: Value
        do {
            document = try YAMLDecoding.decodeYAML(String(decoding: data, as: UTF8.self))
        } catch {
            throw ChartError("\(context): \(error)")
        }
        do {
            try check(document)
        } catch let error as ChartMetadataDecoder.FieldError {
            throw ChartError("\(context): error unmarshaling JSON: while decoding JSON: \(error.message)")
        }
    }

    private static func check(_ document: Value) throws {
        switch document {
        case .null, .invalid: return
        case .map(let fields):
            for key in fields.sortedKeys {
                guard let value = fields[key] else { continue }
                switch key.lowercased() {
                case "generated": try checkTime(value)
                case "digest":
                    if case .some(.none) = ChartMetadataDecoder.scalarString(value) { continue }
                    if ChartMetadataDecoder.scalarString(value) == nil {
                        throw ChartMetadataDecoder.mismatch(value, field: "Lock.digest", type: "string")
                    }
                case "dependencies": try ChartMetadataDecoder.dependencies(value, owner: "Lock") { _ in }
                default: continue
                }
            }
        default:
            throw ChartMetadataDecoder.FieldError(
                message: "json: cannot unmarshal \(ChartMetadataDecoder.jsonKind(document)) into Go value of type v2.Lock")
        }
    }

    /// `time.Time`'s `UnmarshalJSON`: a JSON string in RFC 3339 form.
    private static func checkTime(_ value: Value) throws {
        switch value {
        case .null, .invalid: return
        case .string(let text):
            if let problem = GoRFC3339.problem(text) {
                throw ChartMetadataDecoder.FieldError(message: problem)
            }
        default:
            throw ChartMetadataDecoder.FieldError(message: "Time.UnmarshalJSON: input is not a JSON string")
        }
    }
}

/// Go's `time.Parse(time.RFC3339, s)` error texts.
enum GoRFC3339 {
    static let layout = "2006-01-02T15:04:05Z07:00"

    static func problem(_ text: String) -> String? {
        let chars = Array(text.utf8)
        var index = 0
        func fail(_ element: String) -> String {
            let rest = String(decoding: chars[min(index, chars.count)...], as: UTF8.self)
            return "parsing time \(GoFormat.quote(text)) as \(GoFormat.quote(layout)): cannot parse \(GoFormat.quote(rest)) as \(GoFormat.quote(element))"
        }
        func digits(_ count: Int) -> Int? {
            guard index + count <= chars.count else { return nil }
            var number = 0
            for offset in 0..<count {
                let c = chars[index + offset]
                guard c >= 48 && c <= 57 else { return nil }
                number = number * 10 + Int(c - 48)
            }
            index += count
            return number
        }
        func literal(_ c: Character) -> Bool {
            guard index < chars.count, chars[index] == c.asciiValue else { return false }
            index += 1
            return true
        }
        guard digits(4) != nil else { return fail("2006") }
        guard literal("-") else { return fail("-") }
        guard let month = digits(2) else { return fail("01") }
        guard literal("-") else { return fail("-") }
        guard let day = digits(2) else { return fail("02") }
        guard literal("T") else { return fail("T") }
        guard let hour = digits(2) else { return fail("15") }
        guard literal(":") else { return fail(":") }
        guard let minute = digits(2) else { return fail("04") }
        guard literal(":") else { return fail(":") }
        guard let second = digits(2) else { return fail("05") }
        if index < chars.count && (chars[index] == UInt8(ascii: ".") || chars[index] == UInt8(ascii: ",")),
           index + 1 < chars.count, chars[index + 1] >= 48 && chars[index + 1] <= 57 {
            index += 1
            while index < chars.count && chars[index] >= 48 && chars[index] <= 57 { index += 1 }
        }
        if literal("Z") {
        } else {
            guard index < chars.count, chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-") else { return fail("Z07:00") }
            let start = index
            index += 1
            guard digits(2) != nil, literal(":"), digits(2) != nil else {
                index = start
                return fail("Z07:00")
            }
        }
        if index < chars.count {
            return "parsing time \(GoFormat.quote(text)): extra text: \(GoFormat.quote(String(decoding: chars[index...], as: UTF8.self)))"
        }
        if month < 1 || month > 12 { return "parsing time \(GoFormat.quote(text)): month out of range" }
        if day < 1 || day > 31 { return "parsing time \(GoFormat.quote(text)): day out of range" }
        if hour > 23 { return "parsing time \(GoFormat.quote(text)): hour out of range" }
        if minute > 59 { return "parsing time \(GoFormat.quote(text)): minute out of range" }
        if second > 59 { return "parsing time \(GoFormat.quote(text)): second out of range" }
        return nil
    }
}
