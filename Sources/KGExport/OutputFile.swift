import Foundation

/// Writes a whole file or nothing.
///
/// ```swift
/// try OutputFile.replace("graph.dot", with: dot)
/// ```
public enum OutputFile {
    /// Writes `text` to a temporary file beside `path`, then renames it over `path`, so a failed
    /// or interrupted write never leaves half a file (and an old file stays until the new one is
    /// complete).
    public static func replace(_ path: String, with text: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ExportError.file(path: path, message: "no such folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                throw ExportError.file(path: path, message: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? ExportError { throw error }
            throw ExportError.file(path: path, message: "cannot write the file")
        }
    }
}
