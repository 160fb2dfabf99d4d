import Foundation

/// Writes a whole file or nothing.
///
/// ```swift
/// try OutputFile.replace("graph.dot", with: dot)
/// ```
/// A symbolic link is followed (the file it points to is replaced, the link stays); a FIFO or a
/// device (`/dev/stdout`, `/dev/full`) is written to in place, never replaced by a regular file.
public enum OutputFile {
    /// Writes `text` to a temporary file beside `path`, then renames it over `path`, so a failed
    /// or interrupted write never leaves half a file (and an old file stays until the new one is
    /// complete).
    public static func replace(_ path: String, with text: String) throws {
        try replace(path) { output in try output.write(text) }
    }

    /// Streams what `body` writes into a temporary file beside `path`, then renames it over
    /// `path`: an export of any size goes out in blocks, and is still all or nothing.
    ///
    /// ```swift
    /// try OutputFile.replace("graph.json") { output in try NodeLinkJSONWriter().write(graph, to: &output) }
    /// ```
    public static func replace(_ path: String, writing body: (inout BufferedDescriptorOutput) throws -> Void) throws {
        let destination = try resolveLinks(path)
        var status = stat()
        if lstat(destination, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw ExportError.file(path: path, message: "is a folder")
            default:
                try writeInPlace(destination, reportedAs: path, writing: body)
                return
            }
        }
        let target = URL(fileURLWithPath: destination)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ExportError.file(path: path, message: "no such folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError.file(
                path: path,
                message: "cannot create a file in \(folder.path): "
                    + String(cString: strerror(errno)))
        }
        do {
            defer { close(descriptor) }
            var output = BufferedDescriptorOutput(descriptor: descriptor, name: path)
            try body(&output)
            try output.flush()
            if fsync(descriptor) != 0 {
                throw ExportError.file(path: path, message: "cannot write: " + String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ExportError.file(path: path, message: reason)
        }
    }

    /// `path` with every symbolic link along its last component followed, so replacing it
    /// replaces the file the link points to. A dangling link gives the path it points to.
    static func resolveLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else {
                throw ExportError.file(path: path, message: String(cString: strerror(errno)))
            }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                target.hasPrefix("/")
                ? target
                : (URL(fileURLWithPath: current).deletingLastPathComponent().path as NSString)
                    .appendingPathComponent(target)
        }
        throw ExportError.file(path: path, message: "too many levels of symbolic links")
    }

    /// Writes to a FIFO or device without creating, truncating or replacing it.
    private static func writeInPlace(
        _ destination: String, reportedAs path: String, writing body: (inout BufferedDescriptorOutput) throws -> Void
    ) throws {
        let descriptor = open(destination, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ExportError.file(path: path, message: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var output = BufferedDescriptorOutput(descriptor: descriptor, name: path)
        try body(&output)
        try output.flush()
    }
}
