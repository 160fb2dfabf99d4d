/// Where a document's publication date was found.
public enum PublicationDateSource: String, CaseIterable, Sendable {
    /// HTML metadata: `article:published_time`, `<time datetime>`, JSON-LD `datePublished`.
    case metadata
    /// A wire dateline opening the first paragraph: "MOSCOW, Feb 21, 2022 (Reuters) -".
    case dateline
    /// A short line near the top that is (mostly) a date: "Published February 21, 2022".
    case dateLine = "date line"
    /// A date in the file's name or folder: `2022-02-21-putin.html`, `2022/02/21/story.txt`.
    case fileName = "file name"
}

/// A document's publication date and where it came from.
///
/// ```swift
/// PublicationDate.find(inText: "MOSCOW, Feb 21, 2022 (Reuters) - Russia ...")
/// // PublicationDate(date: 2022-02-21, source: .dateline)
/// PublicationDate.find(inPath: "/news/2022/02/21/story.txt")
/// // PublicationDate(date: 2022-02-21, source: .fileName)
/// ```
/// Never the time of ingest: a document with no evidence of its date has none.
public struct PublicationDate: Hashable, Sendable {
    public var date: CalendarDate
    public var source: PublicationDateSource

    public init(date: CalendarDate, source: PublicationDateSource) {
        self.date = date
        self.source = source
    }
}
