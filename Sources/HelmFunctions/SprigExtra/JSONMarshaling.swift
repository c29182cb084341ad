import GoTemplate
import HelmYAML

// What encoding/json sees for this family's objects (`toJson`, `toYaml`): time.Time and semver
// versions marshal as strings; Duration, Month and Weekday are plain integers.

extension GoTime: GoMarshalable {
    func marshalValue() throws -> Value { .string(rfc3339Nano) }
}

extension SemverVersion: GoMarshalable {
    func marshalValue() throws -> Value { .string(string) }
}

extension GoDurationObject: GoMarshalable {
    func marshalValue() throws -> Value { .int64(nanoseconds) }
}

extension GoNamedInt: GoMarshalable {
    func marshalValue() throws -> Value { .int(value) }
}
