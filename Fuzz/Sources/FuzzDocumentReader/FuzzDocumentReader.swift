import KGIngest

/// libFuzzer entry point for reading a file's bytes as a document: encoding detection and
/// decoding, then (when the first byte is even) HTML to text with entities. A trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if size > 1 << 20 { return -1 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let path = bytes.first.map { $0 & 1 == 0 } == true ? "fuzz.html" : "fuzz.txt"
    _ = DocumentReader.read(bytes: bytes, path: path)
    return 0
}
