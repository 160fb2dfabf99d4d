import ArgumentParser
import Foundation
import KGExport
import KGExtraction
import KGIngest
import KGQuery
import KGStore

/// `kg ingest [--db FILE] PATH...`: read articles into the graph.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read news articles into the graph.",
        discussion: """
            Folders are read recursively (.txt, .md, .html, .htm); files named directly are read \
            whatever their extension. Each document is stored in its own transaction: unchanged \
            files are skipped, changed files replace their own facts. Warnings (binary, empty, \
            non-UTF-8 files) go to standard error as 'path: warning: ...'.

            With --prune, documents stored from under the given folders whose files are gone are \
            removed first (with their facts and the entities only they mentioned), in one \
            transaction, and listed.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Also remove stored documents under the given folders whose files are gone.")
    var prune = false

    func run() throws {
        if prune {
            let store = try GraphStore(path: database.path)
            for folder in paths.map(DocumentReader.absolutePath) {
                let removal = try store.pruneDocuments(under: folder)
                try Remove.print(removal, verb: "pruned")
            }
        }
        // Paths first: a typo must fail before a database file is created.
        let files: [String]
        do {
            files = try DocumentReader.files(in: paths)
        } catch let error as IngestError where prune && error.meansNothingLeftToRead {
            // Pruning a folder whose files are all gone leaves nothing to ingest, and that is fine.
            let totals = try GraphStore(path: database.path).totals()
            try StandardOutput.write("nothing left to ingest; graph: \(totals.entities) entities, \(totals.relations) relations\n")
            return
        }
        let store = try GraphStore(path: database.path)
        let extractor = KeptUntilExit.keep(try Extractor())
        let bar = ProgressBar.onStandardErrorIfTerminal()

        let report = try store.ingest(
            paths: files, extractor: extractor,
            progress: { progress in
                var shown = progress
                shown.currentPath = Self.displayPath(progress.currentPath)
                bar?.show(shown)
            },
            warning: { warning in
                bar?.clear()
                var shown = warning
                shown.path = Self.displayPath(warning.path)
                StandardError.writeLine(shown.description)
            })
        bar?.clear()

        let totals = try store.totals()
        try StandardOutput.write(Self.summary(of: report, totals: totals) + "\n")
        // A big graph's next `kg query` starts from the snapshot (a cache: failing to write it
        // fails nothing); a small one loads fast enough without.
        let engine = QueryEngine(store: store)
        if totals.relations >= engine.snapshotThreshold { try? engine.refreshGraphSnapshot() }
        if report.documentsIngested + report.documentsUnchanged == 0 {
            throw IngestError.nothingToIngest(paths: paths)
        }
    }

    /// `path` relative to the current folder when it lies inside it, as the user would type it.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// `ingested 4 documents (0 replaced), 0 unchanged, 1 skipped; +35 entities, +40 relations; ...`
    static func summary(of report: IngestReport, totals: GraphTotals) -> String {
        var parts = ["ingested \(report.documentsIngested) document\(report.documentsIngested == 1 ? "" : "s")"]
        if report.documentsReplaced > 0 { parts[0] += " (\(report.documentsReplaced) replaced)" }
        parts[0] += ", \(report.documentsUnchanged) unchanged, \(report.documentsSkipped) skipped"
        var changes = "+\(report.entitiesAdded) entities"
        if report.entitiesRemoved > 0 { changes += " -\(report.entitiesRemoved)" }
        changes += ", +\(report.relationsAdded) relations"
        parts.append(changes)
        parts.append("graph: \(totals.entities) entities, \(totals.relations) relations")
        parts.append(String(format: "%.2f s", report.seconds))
        return parts.joined(separator: "; ")
    }
}

/// A one-line progress bar redrawn in place on standard error.
///
/// ```
/// [##########..........]  400/800  corpus/0399_a.txt
/// ```
/// Only on a terminal (and not `TERM=dumb`): redirected output gets no carriage-return noise.
private final class ProgressBar {
    private var lastDraw = Date.distantPast
    private var visible = false
    private let width: Int

    static func onStandardErrorIfTerminal() -> ProgressBar? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else {
            return nil
        }
        return ProgressBar(width: terminalColumns())
    }

    private init(width: Int) {
        self.width = width
    }

    func show(_ progress: IngestProgress) {
        let now = Date()
        // Redrawing for every small file would cost more than the ingest; ten times a second.
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.completed == progress.total else { return }
        lastDraw = now
        let barWidth = 20
        let filled = progress.total == 0 ? barWidth : barWidth * progress.completed / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        let counter = "\(progress.completed)/\(progress.total)"
        var line = "[\(bar)] \(counter)  "
        let room = max(0, width - line.count - 1)
        let name = progress.currentPath
        line += name.count > room ? "..." + name.suffix(max(0, room - 3)) : name
        StandardError.write("\r\u{1B}[K" + line)
        visible = true
    }

    func clear() {
        guard visible else { return }
        StandardError.write("\r\u{1B}[K")
        visible = false
    }

    private static func terminalColumns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}

/// Writes to standard error, unbuffered.
private enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func writeLine(_ text: String) {
        write(text + "\n")
    }
}

extension IngestError {
    /// A missing folder or one without text files: what pruning a deleted corpus finds.
    fileprivate var meansNothingLeftToRead: Bool {
        switch self {
        case .missingPath, .noTextFiles: return true
        default: return false
        }
    }
}
