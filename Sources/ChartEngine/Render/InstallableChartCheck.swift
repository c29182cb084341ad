/// Helm's `checkIfInstallable`: only application charts (or charts without a type) install.
enum InstallableChartCheck {
    static func check(_ chart: Chart) throws {
        let type = chart.metadata.type
        guard type.isEmpty || type == "application" else {
            throw RenderError("\(type) charts are not installable")
        }
    }
}
