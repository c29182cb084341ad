import GoTemplate

/// The values flags of `helm template`: -f, --set, --set-string, --set-json, --set-file, --set-literal.
public struct ValuesOptions {
    public var valueFiles: [String]
    public var values: [String]
    public var stringValues: [String]
    public var jsonValues: [String]
    public var fileValues: [String]
    public var literalValues: [String]

    public init(valueFiles: [String] = [], values: [String] = [], stringValues: [String] = [],
                jsonValues: [String] = [], fileValues: [String] = [], literalValues: [String] = []) {
        self.valueFiles = valueFiles
        self.values = values
        self.stringValues = stringValues
        self.jsonValues = jsonValues
        self.fileValues = fileValues
        self.literalValues = literalValues
    }
}
