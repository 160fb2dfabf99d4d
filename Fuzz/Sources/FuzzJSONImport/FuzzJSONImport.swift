import Foundation
import KGExport
import KGStore

/// libFuzzer entry point for node-link JSON import into an in-memory graph. Bad input must be an
/// `ExportError` with a position; a trap is a finding.
nonisolated(unsafe) private var store: GraphStore?
nonisolated(unsafe) private var runs = 0

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if size > 1 << 16 { return -1 }
    runs += 1
    if store == nil || runs % 500 == 0 { store = try? GraphStore(path: ":memory:") }
    guard let store else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    _ = try? GraphImporter(store: store).importNodeLinkJSON(data: bytes, sourceName: "fuzz.json")
    return 0
}
