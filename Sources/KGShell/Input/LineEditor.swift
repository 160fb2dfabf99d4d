import CEditLine
import Foundation
import Synchronization

/// The terminal with line editing, history and tab completion, through libedit's
/// readline-compatible API.
///
/// ```swift
/// let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath(), completer: completer)
/// if case let .line(text) = editor.nextLine(prompt: "kg> ") { ... }
/// ```
/// Use only when standard input is a terminal (`TerminalInfo.lineEditingAvailable`). readline's
/// state is global, so there is at most one editor at a time.
public final class LineEditor: LineSource {
    public var isInteractive: Bool { true }
    /// Where history is loaded from and written to after each entry; nil for no history file.
    public let historyPath: String?
    private var lastEntry: String?

    /// Entries kept in memory and in the file.
    public static let historyLimit: Int32 = 2_000

    /// The completer readline's callbacks reach: a C function pointer cannot carry context.
    static let activeCompleter = Mutex<Completer?>(nil)

    public init(historyPath: String?, completer: Completer) {
        self.historyPath = historyPath
        _ = kg_prefer_utf8_locale()
        kg_rl_set_readline_name("kg")
        Self.activeCompleter.withLock { $0 = completer }
        kg_rl_set_attempted_completion_function(lineEditorComplete)
        kg_rl_set_basic_word_break_characters(kg_rl_word_breaks())
        _ = rl_initialize()
        using_history()
        stifle_history(Self.historyLimit)
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            _ = read_history(historyPath)
        }
    }

    /// Replaces what tab completion offers (after `.ingest` adds names).
    public func updateCompleter(_ completer: Completer) {
        Self.activeCompleter.withLock { $0 = completer }
    }

    /// `$KG_HISTORY` when set, else `~/.kg_history`.
    public static func defaultHistoryPath(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let path = environment["KG_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".kg_history")
    }

    public func nextLine(prompt: String) -> LineInput {
        SignalInterrupt.reset()
        guard let pointer = readline(prompt) else {
            if SignalInterrupt.isPending {
                SignalInterrupt.reset()
                // The cursor is still on the abandoned line.
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupt
            }
            // Ctrl-D: leave the cursor on a fresh line.
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .endOfInput
        }
        defer { free(pointer) }
        // Ctrl-C that landed while libedit was busy rather than blocked in read() does not end
        // readline(); the line it then returns was still cancelled.
        if SignalInterrupt.isPending {
            SignalInterrupt.reset()
            return .interrupt
        }
        return .line(String(cString: pointer))
    }

    public func remember(_ entry: String) {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed != lastEntry else { return }
        lastEntry = trimmed
        _ = add_history(trimmed)
        if let historyPath {
            // Written after every entry so a crash or a closed terminal loses nothing.
            _ = write_history(historyPath)
        }
    }
}

/// readline's completion callback: asks the active completer about the line up to the cursor
/// and hands back a malloc'd, NULL-terminated list in readline's form (see `Completion`).
private func lineEditorComplete(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
{
    // Our candidates or nothing: no fallback to file names except where asked for below.
    kg_rl_set_attempted_completion_over(1)
    let editorWord = text.map { String(cString: $0) } ?? ""
    var beforeCursor = editorWord
    if let buffer = kg_rl_line_buffer() {
        // rl_point counts bytes of the multibyte line.
        let line = Array(String(cString: buffer).utf8)
        let point = min(max(0, Int(kg_rl_point())), line.count)
        beforeCursor = String(decoding: line[..<point], as: UTF8.self)
    }
    let completion = LineEditor.activeCompleter.withLock { completer in
        completer?.complete(lineBeforeCursor: beforeCursor)
    }
    guard let completion else { return nil }
    if completion.wantsFileNames {
        kg_rl_set_attempted_completion_over(0)
        return nil
    }
    let entries = completion.readlineMatches(editorWord: editorWord)
    guard !entries.isEmpty else { return nil }
    kg_rl_set_completion_append_character(completion.appendsSpace ? 32 : 0)
    // readline frees the list and its strings with free(), so both come from malloc.
    let stride = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride
    guard let raw = malloc(stride * (entries.count + 1)) else { return nil }
    let list = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
    for (index, entry) in entries.enumerated() { list[index] = strdup(entry) }
    list[entries.count] = nil
    return list
}
