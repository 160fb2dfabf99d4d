import Foundation

/// Text written to a file descriptor in blocks, so an export of a million edges goes out as it
/// is made instead of being built whole in memory first.
///
/// ```swift
/// var output = BufferedDescriptorOutput(descriptor: STDOUT_FILENO, name: "standard output")
/// try output.write("digraph kg {\n")
/// try output.flush()
/// ```
/// A failed write throws `ExportError.file` naming `name`, as `FileDescriptorWriter` does.
public struct BufferedDescriptorOutput: ExportOutput {
    public let descriptor: Int32
    public let name: String
    /// Bytes gathered before they are written: large enough that a write costs little per byte,
    /// small enough to be the only memory the output holds.
    public static let blockSize = 64 * 1024
    private var buffer: [UInt8] = []
    /// Bytes handed to the descriptor so far.
    public private(set) var bytesWritten = 0

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(Self.blockSize * 2)
    }

    public mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Writes out whatever is buffered.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        let code = buffer.withUnsafeBytes { FileDescriptorWriter.writeAll($0, to: descriptor) }
        if code != 0 {
            throw ExportError.file(path: name, message: "cannot write: " + String(cString: strerror(code)))
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
