import Foundation

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
        case handle(FileHandle, ownsHandle: Bool)
        case buffer
    }

    private let target: Target
    /// The file's path for `.output FILE`; nil for the standard streams and captures.
    public let path: String?
    /// Everything written, for a capture sink; empty otherwise.
    public private(set) var captured = ""

    private init(target: Target, path: String?) {
        self.target = target
        self.path = path
    }

    public static func standardOutput() -> TextSink {
        TextSink(target: .handle(.standardOutput, ownsHandle: false), path: nil)
    }

    public static func standardError() -> TextSink {
        TextSink(target: .handle(.standardError, ownsHandle: false), path: nil)
    }

    /// A sink that keeps what is written in `captured`.
    public static func capture() -> TextSink {
        TextSink(target: .buffer, path: nil)
    }

    /// Creates or truncates the file at `path` and writes to it.
    public static func file(_ path: String) throws -> TextSink {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ShellError.cannotWrite(path: path, reason: Self.reasonForFailure(at: path))
        }
        return TextSink(target: .handle(handle, ownsHandle: true), path: path)
    }

    /// True when this sink is a terminal (checked with isatty on its descriptor).
    public var isTerminal: Bool {
        if case let .handle(handle, _) = target { return isatty(handle.fileDescriptor) == 1 }
        return false
    }

    public func write(_ text: String) {
        guard !text.isEmpty else { return }
        switch target {
        case let .handle(handle, _):
            // A closed pipe (`kg shell | head`) is not worth a crash or a second message.
            try? handle.write(contentsOf: Data(text.utf8))
        case .buffer:
            captured += text
        }
    }

    /// Writes `line` and a newline.
    public func writeLine(_ line: String) {
        write(line + "\n")
    }

    /// Closes a file sink; the standard streams stay open.
    public func close() {
        if case let .handle(handle, ownsHandle) = target, ownsHandle {
            try? handle.close()
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
