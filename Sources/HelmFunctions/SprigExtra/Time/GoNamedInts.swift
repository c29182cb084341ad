import GoTemplate

/// `time.Month` and `time.Weekday`: integers that print as names (`February`, `Monday`).
final class GoNamedInt: GoObject {
    let value: Int
    let goTypeName: String
    private let names: [String]
    private let firstValue: Int

    private init(value: Int, typeName: String, names: [String], firstValue: Int) {
        self.value = value
        self.goTypeName = typeName
        self.names = names
        self.firstValue = firstValue
    }

    static func month(_ value: Int) -> GoNamedInt {
        GoNamedInt(value: value, typeName: "time.Month", names: GoCalendar.longMonthNames, firstValue: 1)
    }

    static func weekday(_ value: Int) -> GoNamedInt {
        GoNamedInt(value: value, typeName: "time.Weekday", names: GoCalendar.longDayNames, firstValue: 0)
    }

    var goKindName: String { "int" }
    func field(named name: String) -> Value? { nil }

    var name: String {
        let index = value - firstValue
        if names.indices.contains(index) { return names[index] }
        return "%!\(goTypeName.dropFirst(5))(\(value))"
    }

    func format(plus: Bool) -> String { name }

    func method(named name: String) -> GoFunction? {
        guard name == "String" else { return nil }
        let text = self.name
        return GoFunction([]) { _, _ in .string(text) }
    }
}
