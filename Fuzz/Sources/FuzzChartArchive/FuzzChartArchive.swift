import ChartEngine
import Foundation

/// Fuzz target: the input is a packaged chart. Gzip bytes (they start with 1f 8b) are used as they
/// are; anything else is taken as the tar inside and wrapped in a stored gzip stream first, which
/// lets mutations reach the tar reader and the chart assembler. The loader only reads paths, so the
/// bytes go to a temporary file (one per process, rewritten every run).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChartArchive(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if !(bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b) { bytes = StoredGzip.wrap(bytes) }
    guard (try? Data(bytes).write(to: FuzzArchiveFile.url)) != nil else { return 0 }
    do {
        let chart = try ChartLoader.load(path: FuzzArchiveFile.url.path)
        if FuzzArchiveFile.verbose {
            for file in chart.raw { fputs("file: \(file.name) (\(file.data.count) bytes)\n", stderr) }
        }
    } catch {
        let message = String(describing: error)
        if FuzzArchiveFile.verbose { fputs("error: \(message)\n", stderr) }
    }
    return 0
}

enum FuzzArchiveFile {
    static let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("fuzz-chart-\(ProcessInfo.processInfo.processIdentifier).tgz")
    /// FUZZ_VERBOSE=1 prints the loaded files or the error (for triage with a single input).
    static let verbose = ProcessInfo.processInfo.environment["FUZZ_VERBOSE"] == "1"
}
