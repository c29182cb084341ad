/// Go's encoding/asn1 time encoding for certificate validity: UTCTime (`YYMMDDHHMMSSZ`) for years
/// 1950–2049, GeneralizedTime (`YYYYMMDDHHMMSSZ`) otherwise; whole seconds, UTC.
enum ASN1Time {
    static func encode(unixSeconds: Int64) -> [UInt8] {
        let days = floorDivide(unixSeconds, 86_400)
        let secondsOfDay = unixSeconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let clock = two(Int(secondsOfDay / 3600)) + two(Int(secondsOfDay % 3600 / 60)) + two(Int(secondsOfDay % 60))
        if year >= 1950 && year < 2050 {
            return DER.element(0x17, Array((two(Int(year % 100)) + two(month) + two(day) + clock + "Z").utf8))
        }
        let yearText = String(year)
        let padded = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return DER.element(0x18, Array((padded + two(month) + two(day) + clock + "Z").utf8))
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Proleptic Gregorian date from days since 1970-01-01 (Howard Hinnant's algorithm).
    private static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int, Int) {
        let z = daysSinceEpoch + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
