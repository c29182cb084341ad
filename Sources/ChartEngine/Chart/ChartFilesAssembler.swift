import GoTemplate
import HelmYAML

/// Helm's `loader.LoadFiles`: sorts the files of one chart into metadata, values, schema, templates,
/// other files and subcharts, then loads the subcharts recursively.
enum ChartFilesAssembler {
    static let maxNesting = 64

    static func load(_ files: [ChartFile], depth: Int = 0) throws -> Chart {
        guard depth < maxNesting else { throw ChartError("chart dependencies are nested too deeply") }
        var metadata: ChartMetadata?
        for file in files where file.name == "Chart.yaml" {
            var m = metadata ?? ChartMetadata()
            try decode(file, into: &m, context: "cannot load Chart.yaml")
            if m.apiVersion.isEmpty { m.apiVersion = "v1" }
            metadata = m
        }

        var values = GoMap()
        var schema: [UInt8]?
        var templates: [ChartFile] = []
        var others: [ChartFile] = []
        var subchartFiles: [String: [ChartFile]] = [:]
        var subchartOrder: [String] = []

        for file in files {
            switch file.name {
            case "Chart.yaml":
                continue
            case "Chart.lock":
                try ChartLockDecoder.validate(file.data, fileName: "Chart.lock")
            case "values.yaml":
                do {
                    values = try ValuesReader.readValues(bytes: file.data, file: "values.yaml")
                } catch {
                    throw ChartError("cannot load values.yaml: \(error)")
                }
            case "values.schema.json":
                schema = file.data
            case "requirements.yaml":
                var m = metadata ?? ChartMetadata()
                try decode(file, into: &m, context: "cannot load requirements.yaml")
                metadata = m
                if m.apiVersion == "v1" { others.append(file) }
            case "requirements.lock":
                try ChartLockDecoder.validate(file.data, fileName: "requirements.lock")
                if metadata == nil { metadata = ChartMetadata() }
                if metadata?.apiVersion == "v1" { others.append(file) }
            default:
                if file.name.hasPrefix("templates/") {
                    templates.append(file)
                } else if file.name.hasPrefix("charts/") {
                    if file.name.hasSuffix(".prov") {
                        others.append(file)
                        continue
                    }
                    let rest = String(file.name.dropFirst("charts/".count))
                    let chartName = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? rest
                    if subchartFiles[chartName] == nil { subchartOrder.append(chartName) }
                    subchartFiles[chartName, default: []].append(ChartFile(name: rest, data: file.data))
                } else {
                    others.append(file)
                }
            }
        }

        guard var metadata else { throw ChartError("Chart.yaml file is missing") }
        try metadata.validate()

        let chart = Chart(metadata: metadata, values: values, schema: schema, templates: templates, files: others,
                          crdFiles: others.filter { $0.name.hasPrefix("crds/") && hasManifestExtension($0.name) },
                          raw: files)
        for name in subchartOrder {
            guard let group = subchartFiles[name] else { continue }
            if name.hasPrefix("_") || name.hasPrefix(".") { continue }
            let sub: Chart
            do {
                if name.hasSuffix(".tgz") {
                    guard let archive = group.first else { continue }
                    if archive.name != name {
                        throw ChartError("error unpacking subchart tar in \(chart.name): expected \(name), got \(archive.name)")
                    }
                    sub = try load(try ChartArchiveReader.files(archive.data), depth: depth + 1)
                } else {
                    var inner: [ChartFile] = []
                    for file in group {
                        let parts = file.name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                        guard parts.count == 2 else { continue }
                        inner.append(ChartFile(name: String(parts[1]), data: file.data))
                    }
                    sub = try load(inner, depth: depth + 1)
                }
            } catch let error as ChartError where error.message.hasPrefix("error unpacking subchart tar") {
                throw error
            } catch {
                throw ChartError("error unpacking subchart \(name) in \(chart.name): \(error)")
            }
            chart.addDependency(sub)
        }
        return chart
    }

    private static func decode(_ file: ChartFile, into metadata: inout ChartMetadata, context: String) throws {
        let document: Value
        do {
            document = try YAMLDecoding.decodeYAML(bytes: file.data)
        } catch {
            let message = "\(error)"
            throw ChartError("\(context): \(message)")
        }
        do {
            try ChartMetadataDecoder.apply(document, to: &metadata)
        } catch let error as ChartMetadataDecoder.FieldError {
            throw ChartError("\(context): error unmarshaling JSON: while decoding JSON: \(error.message)")
        }
    }

    static func hasManifestExtension(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return false }
        let ext = lower[dot...]
        return ext == ".yaml" || ext == ".yml" || ext == ".json"
    }
}
