import Foundation
import KGModel

/// Finds the input files under the paths a user gives and reads each into a `SourceDocument`.
///
/// ```swift
/// let files = try DocumentReader.files(in: ["corpus", "extra/article.html"])
/// for file in files {
///     switch DocumentReader.read(file) {
///     case let .document(doc, warnings): ...   // warnings: e.g. decoded as Windows-1252
///     case let .skipped(warning): ...          // binary, empty or unreadable
///     }
/// }
/// ```
/// Folders are searched recursively for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files
/// (hidden files and folders are passed over); a file named directly is read whatever its
/// extension. HTML is reduced to its text; Markdown is kept as written.
public enum DocumentReader {
    /// Extensions, lower case, that a folder search picks up.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
    static let htmlExtensions: Set<String> = ["html", "htm"]

    /// The outcome of reading one file.
    public enum ReadResult: Sendable {
        /// A document to ingest, with anything worth telling about how it was read.
        case document(SourceDocument, warnings: [IngestWarning])
        /// A file that is not ingested, and why.
        case skipped(IngestWarning)
    }

    /// Every file to ingest under `paths`, as absolute paths: each argument in the order given,
    /// a folder's files sorted, duplicates dropped.
    ///
    /// Throws `IngestError.missingPath` or `.noTextFiles` naming the first path that yields nothing,
    /// before anything is read, so a typo never leaves a half-done ingest.
    public static func files(in paths: [String]) throws -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        for argument in paths {
            let absolute = absolutePath(argument)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                throw IngestError.missingPath(argument)
            }
            let found: [String]
            if isDirectory.boolValue {
                var visited: Set<String> = []
                found = try textFiles(under: absolute, visited: &visited).sorted()
                if found.isEmpty { throw IngestError.noTextFiles(folder: argument) }
            } else {
                found = [absolute]
            }
            for file in found where seen.insert(file).inserted {
                result.append(file)
            }
        }
        return result
    }

    /// Reads the file at `path`: decodes it, strips HTML, hashes the bytes.
    public static func read(_ path: String) -> ReadResult {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return .skipped(IngestWarning(path: path, message: "cannot read file (\(reason)); skipped"))
        }
        return read(bytes: bytes, path: path)
    }

    /// Reads `bytes` as the content of the file at `path` (whose extension chooses HTML or not).
    public static func read(bytes: [UInt8], path: String) -> ReadResult {
        if bytes.isEmpty {
            return .skipped(IngestWarning(path: path, message: "empty file; skipped"))
        }
        var warnings: [IngestWarning] = []
        let decoded: String
        switch TextDecoder.decode(bytes) {
        case .binary:
            return .skipped(IngestWarning(path: path, message: "binary file (contains NUL bytes); skipped"))
        case let .text(text, encoding):
            decoded = text
            if encoding == .windows1252 {
                warnings.append(
                    IngestWarning(
                        path: path, message: "not valid UTF-8; decoded as Windows-1252"))
            } else if encoding == .mixed {
                warnings.append(
                    IngestWarning(
                        path: path, message: "mixed encodings; bytes that are not UTF-8 decoded as Windows-1252"))
            }
        }
        var text = decoded
        var title: String?
        var published: PublicationDate?
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if htmlExtensions.contains(fileExtension) {
            let page = HTMLText(decoded)
            text = page.text
            title = page.title
            let metadata = HTMLDateMetadata.find(in: decoded)
            for value in metadata.unreadable {
                warnings.append(IngestWarning(path: path, message: "unreadable date in \(value); ignored"))
            }
            published = metadata.date.map { PublicationDate(date: $0, source: .metadata) }
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .skipped(IngestWarning(path: path, message: "no text; skipped"))
        }
        let document = SourceDocument(
            path: path, text: text, title: title,
            contentHash: ContentHash.sha256Hex(bytes), size: bytes.count,
            published: published)
        return .document(document, warnings: warnings)
    }

    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func textFiles(under folder: String, visited: inout Set<String>) throws -> [String] {
        // A symbolic link back up the tree must not loop forever.
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw IngestError.unreadableFolder(path: folder, message: reason)
        }
        var files: [String] = []
        for name in names where !name.hasPrefix(".") {
            let child = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files += try textFiles(under: child, visited: &visited)
            } else if textExtensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(child)
            }
        }
        return files
    }
}
