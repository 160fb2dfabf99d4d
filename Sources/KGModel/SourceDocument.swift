import Foundation

/// One input file as the store keeps it: where it came from, its text, and the hash that tells
/// whether it changed since the last ingest.
///
/// ```swift
/// let doc = SourceDocument(path: "/news/a.txt", text: "NATO condemned Russia.")
/// doc.name         // "a.txt"
/// doc.contentHash  // SHA-256 of the text's UTF-8 bytes
/// ```
/// `DocumentReader` builds these from files (hashing the bytes on disk); tests build them by hand.
public struct SourceDocument: Hashable, Sendable {
    /// Absolute path; the document's identity in the store.
    public var path: String
    /// File name, which exports and the scorer key on.
    public var name: String
    /// A title the file itself gives (an HTML `<title>`), used when the extractor finds none.
    public var title: String?
    /// The text the extractor reads and every offset refers to.
    public var text: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var contentHash: String
    /// Size of the file in bytes.
    public var size: Int
    /// When the document was published, if it says (`DocumentReader` looks at HTML metadata,
    /// datelines, date lines and the file name); never the time it was read.
    public var published: PublicationDate?

    public init(
        path: String, text: String, title: String? = nil, contentHash: String? = nil,
        size: Int? = nil, published: PublicationDate? = nil
    ) {
        self.path = path
        self.published = published
        self.name = (path as NSString).lastPathComponent
        self.title = title
        self.text = text
        let bytes = Array(text.utf8)
        self.contentHash = contentHash ?? ContentHash.sha256Hex(bytes)
        self.size = size ?? bytes.count
    }
}
