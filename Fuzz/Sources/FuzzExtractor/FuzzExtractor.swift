import KGExtraction

/// libFuzzer entry point for the extractor on arbitrary text (bytes decoded as UTF-8 with
/// repairs, as ingest would hand it decoded text). A trap is a finding.
nonisolated(unsafe) private var extractor: Extractor?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if size > 1 << 16 { return -1 }
    if extractor == nil { extractor = try? Extractor() }
    guard let extractor else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = extractor.extract(text)
    return 0
}
