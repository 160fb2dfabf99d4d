/// Where a writer puts its text, piece by piece: a `String` in memory, or a
/// `BufferedDescriptorOutput` that sends it on to a file as it fills.
///
/// ```swift
/// var text = ""
/// try GraphMLWriter().write(snapshot, to: &text)   // the same writer streams to a file
/// ```
public protocol ExportOutput {
    /// Appends `text`; a file output throws when the write fails.
    mutating func write(_ text: String) throws
}

/// A string collects the whole output (its `TextOutputStream.write(_:)` is the requirement).
extension String: ExportOutput {}
