/// A half-open range of character offsets into a document's text.
///
/// Offsets count Unicode scalars from the start of the document, so a span means the same thing
/// to Swift, SQLite (`substr` on the stored text) and Python (`text[start:end]`) alike.
///
/// ```swift
/// let span = TextSpan(start: 4, end: 9)
/// span.length  // 5
/// ```
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }
}
