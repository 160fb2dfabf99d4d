import Foundation

/// What one read from a line source gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C while typing: drop what was typed so far.
    case interrupt
    case endOfInput
}

/// Where the input loop gets its lines: the terminal (with or without editing), a script, a pipe.
///
/// ```swift
/// let source = ScriptLineSource(text: "MATCH (a)\nRETURN a;\n")
/// source.nextLine(prompt: "kg> ")  // .line("MATCH (a)")
/// ```
public protocol LineSource: AnyObject {
    /// True for a person at a terminal: prompts, history, errors do not end the session.
    var isInteractive: Bool { get }
    /// The next line without its newline; `prompt` is shown only by interactive sources.
    func nextLine(prompt: String) -> LineInput
    /// Records one complete entry (a statement, perhaps typed over several lines, or a
    /// dot-command) in the history, where there is one.
    func remember(_ entry: String)
}

extension LineSource {
    public func remember(_ entry: String) {}
}

/// The lines of a text in memory: `.read FILE` and tests.
public final class ScriptLineSource: LineSource {
    private var lines: [Substring]
    private var index = 0
    public let isInteractive: Bool

    public init(text: String, isInteractive: Bool = false) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // "a\nb\n" is two lines, not three.
        if text.hasSuffix("\n") { lines.removeLast() }
        self.lines = lines
        self.isInteractive = isInteractive
    }

    /// The file's lines; a missing or unreadable file is a `ShellError.cannotRead`.
    public convenience init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "permission denied"
            throw ShellError.cannotRead(path: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ShellError.cannotRead(path: path, reason: "not UTF-8 text")
        }
        self.init(text: text)
    }

    public func nextLine(prompt: String) -> LineInput {
        guard index < lines.count else { return .endOfInput }
        defer { index += 1 }
        var line = lines[index]
        if line.hasSuffix("\r") { line.removeLast() }
        return .line(String(line))
    }
}

/// Standard input read line by line: a pipe or file (`kg shell < script.kgq`) with no prompt, or
/// a terminal without line editing (`TERM=dumb`) with a plain prompt.
///
/// Reads with read(2) rather than `readLine()`: a read that Ctrl-C interrupts must come back
/// (EINTR) so the half-typed statement can be dropped, and the standard library's reader
/// retries instead.
public final class StandardInputLineSource: LineSource {
    public let isInteractive: Bool
    private let prompts: TextSink?
    private let descriptor: Int32
    /// Bytes read but not yet returned as lines.
    private var buffered: [UInt8] = []
    private var reachedEnd = false

    /// `prompts`: where to show the prompt; nil for none (batch input).
    public init(isInteractive: Bool, prompts: TextSink?, descriptor: Int32 = STDIN_FILENO) {
        self.isInteractive = isInteractive
        self.prompts = prompts
        self.descriptor = descriptor
    }

    public func nextLine(prompt: String) -> LineInput {
        if isInteractive { SignalInterrupt.reset() }
        prompts?.write(prompt)
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffered[..<newline])
                buffered.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if reachedEnd {
                guard !buffered.isEmpty else { return .endOfInput }
                defer { buffered.removeAll() }
                return .line(String(decoding: buffered, as: UTF8.self))
            }
            if isInteractive && !waitForInput() {
                return interrupted()
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffered += chunk[..<count]
            } else if count == 0 {
                reachedEnd = true
            } else if errno == EINTR {
                if SignalInterrupt.isPending { return interrupted() }
            } else {
                reachedEnd = true
            }
        }
    }

    /// Waits until input is ready; false when Ctrl-C came first. Polls in short steps, since a
    /// signal that lands just before a blocking read would not interrupt it.
    private func waitForInput() -> Bool {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !SignalInterrupt.isPending {
            let result = poll(&ready, 1, 100)
            // EINTR: go round and look at the flag; any other error is for read(2) to report.
            if result > 0 || (result < 0 && errno != EINTR) { return true }
        }
        return false
    }

    private func interrupted() -> LineInput {
        // The terminal already threw away the half-typed line; so do we.
        SignalInterrupt.reset()
        buffered.removeAll()
        prompts?.write("\n")
        return .interrupt
    }
}
