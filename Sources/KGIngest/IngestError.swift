import Foundation

/// What stops an ingest before it writes anything, with what the user needs to fix it.
///
/// ```swift
/// IngestError.missingPath("news/").localizedDescription  // "news/: no such file or folder"
/// ```
/// A file that cannot be read does not stop an ingest: it is skipped with an `IngestWarning`.
/// Errors of the database itself are `StoreError`s.
public enum IngestError: Error, LocalizedError, Equatable {
    /// An input path given to `ingest` does not exist.
    case missingPath(String)
    /// An input folder holds no file ingest reads (`.txt`, `.md`, `.html`, `.htm`).
    case noTextFiles(folder: String)
    /// Every input file was skipped (binary, empty, unreadable): nothing was ingested.
    case nothingToIngest(paths: [String])
    /// An input folder could not be listed.
    case unreadableFolder(path: String, message: String)

    public var errorDescription: String? {
        switch self {
        case let .missingPath(path):
            return "\(path): no such file or folder"
        case let .noTextFiles(folder):
            return "\(folder): folder holds no .txt, .md or .html files"
        case let .nothingToIngest(paths):
            return "\(paths.joined(separator: ", ")): nothing to ingest: every file was skipped (see the warnings above)"
        case let .unreadableFolder(path, message):
            return "\(path): cannot list folder: \(message)"
        }
    }
}
