/// A file of a chart, as Helm's loader keeps it (`common.File`).
public struct ChartFile {
    /// Path relative to the chart root, "/"-separated: `templates/deploy.yaml`.
    public var name: String
    public var data: [UInt8]

    public init(name: String, data: [UInt8]) {
        self.name = name
        self.data = data
    }
}
