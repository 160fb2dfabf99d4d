import Foundation
import KGExport

/// Where the shell writes: standard output or error, a file (`.output FILE`), or a string that
/// tests read back.
///
/// ```swift
/// let sink = TextSink.capture()
/// sink.write("hello\n")
/// sink.captured  // "hello\n"
/// ```
public final class TextSink {
    private enum Target {
        case descriptor(Int32, owned: Bool)
        case buffer
    }

    private let target: Target
    /// The file's path for `.output FILE`; nil for the standard streams and captures.
    public let path: String?
    /// Everything written, for a capture sink; empty otherwise.
    public private(set) var captured = ""
    /// Why the first failed write since the last `takeFailure()` failed (a full disk), so the
    /// shell reports lost output instead of carrying on as if it had been written.
    private var failure: String?

    private init(target: Target, path: String?) {
        self.target = target
        self.path = path
    }

    public static func standardOutput() -> TextSink {
        TextSink(target: .descriptor(STDOUT_FILENO, owned: false), path: nil)
    }

    public static func standardError() -> TextSink {
        TextSink(target: .descriptor(STDERR_FILENO, owned: false), path: nil)
    }

    /// A sink that keeps what is written in `captured`.
    public static func capture() -> TextSink {
        TextSink(target: .buffer, path: nil)
    }

    /// Creates or truncates the file at `path` and writes to it. A symbolic link is followed and
    /// a FIFO or device is written to in place, never replaced by a regular file.
    public static func file(_ path: String) throws -> TextSink {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ShellError.cannotWrite(path: path, reason: Self.reasonForFailure(at: path))
        }
        return TextSink(target: .descriptor(descriptor, owned: true), path: path)
    }

    /// True when this sink is a terminal (checked with isatty on its descriptor).
    public var isTerminal: Bool {
        if case let .descriptor(descriptor, _) = target { return isatty(descriptor) == 1 }
        return false
    }

    public func write(_ text: String) {
        guard !text.isEmpty else { return }
        switch target {
        case let .descriptor(descriptor, _):
            let code = FileDescriptorWriter.writeAll(text, to: descriptor)
            // A closed pipe (`kg shell | head`) is not worth a crash or a second message.
            if code != 0 && code != EPIPE && failure == nil {
                failure = String(cString: strerror(code))
            }
        case .buffer:
            captured += text
        }
    }

    /// Writes `line` and a newline.
    public func writeLine(_ line: String) {
        write(line + "\n")
    }

    /// The first write failure since the last call as a `cannotWrite` error naming the file;
    /// nil when everything written got there.
    public func takeFailure() -> ShellError? {
        defer { failure = nil }
        return failure.map { ShellError.cannotWrite(path: path ?? "standard output", reason: $0) }
    }

    /// Closes a file sink; the standard streams stay open.
    public func close() {
        if case let .descriptor(descriptor, owned) = target, owned {
            Foundation.close(descriptor)
        }
    }

    private static func reasonForFailure(at path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            return "no such directory"
        }
        return String(cString: strerror(errno))
    }
}
