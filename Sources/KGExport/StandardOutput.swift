import Foundation

/// Writes to standard output and says when the text did not get there.
///
/// ```swift
/// try StandardOutput.write("imported 7 nodes\n")   // throws on a full disk or a closed pipe
/// ```
/// `print` and `FileHandle.write(_:)` either drop a failed write silently (so `kg query > /dev/full`
/// exited 0 with nothing written) or trap; a command's output is its result, so a failure to
/// write it is an error the user sees.
public enum StandardOutput {
    /// Writes all of `text` to file descriptor 1, retrying short writes.
    public static func write(_ text: String) throws {
        try FileDescriptorWriter.write(text, to: STDOUT_FILENO, name: "standard output")
    }
}

/// The one loop that writes bytes to a file descriptor and turns `errno` into an `ExportError`.
///
/// ```swift
/// try FileDescriptorWriter.write("a,b\n", to: STDOUT_FILENO, name: "standard output")
/// ```
public enum FileDescriptorWriter {
    /// Writes all of `text`; throws `ExportError.file` naming `name` with the system's reason.
    public static func write(_ text: String, to descriptor: Int32, name: String) throws {
        let code = writeAll(text, to: descriptor)
        if code != 0 {
            throw ExportError.file(path: name, message: "cannot write: " + String(cString: strerror(code)))
        }
    }

    /// Writes all of `text`, retrying short and interrupted writes; 0, or the `errno` of the
    /// write that failed (`EPIPE` for a closed pipe, `ENOSPC` for a full disk).
    public static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes all of `bytes`, as `writeAll(_:to:)` writes a string.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}
