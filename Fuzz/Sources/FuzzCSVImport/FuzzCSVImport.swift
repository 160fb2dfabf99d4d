import Foundation
import KGExport
import KGStore

/// libFuzzer entry point for CSV import: the input is a node table, then (after a line holding
/// only `%%`) an edge table, imported into an in-memory graph. Bad input must be an
/// `ExportError` with a position; a trap is a finding.
nonisolated(unsafe) private var store: GraphStore?
nonisolated(unsafe) private var runs = 0

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if size > 1 << 16 { return -1 }
    runs += 1
    // A fresh graph now and then keeps memory flat.
    if store == nil || runs % 500 == 0 { store = try? GraphStore(path: ":memory:") }
    guard let store else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let parts = text.components(separatedBy: "\n%%\n")
    _ = try? GraphImporter(store: store).importCSV(nodes: parts[0], edges: parts.count > 1 ? parts[1] : nil)
    return 0
}
