import Foundation
import KGExport
import KGQuery
import KGShell
import KGStore

/// libFuzzer entry point for query text: each input is a script of statements and dot-command
/// lines run through the shell's own paths (`runDotCommand`, `StatementSplitter`,
/// `runStatement`) against the small example graph. Errors are expected; a trap is a finding.
/// Dot-commands that touch files or end the session (.output, .read, .ingest, .export, .quit,
/// .exit) are skipped so the fuzzer cannot write to the disk.
nonisolated(unsafe) private var shell: ShellState?
nonisolated(unsafe) private var runs = 0

private func makeShell() -> ShellState {
    let path = NSTemporaryDirectory() + "kg-fuzz-query-\(getpid()).sqlite"
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    do {
        let store = try GraphStore(path: path)
        _ = try GraphImporter(store: store).importCSV(nodes: exampleNodes, edges: exampleEdges)
        let state = ShellState(store: store, console: try TextSink.file("/dev/null"),
                               errors: try TextSink.file("/dev/null"))
        return state
    } catch {
        fatalError("fuzz setup failed: \(error)")  // the harness itself, not the input
    }
}

private let skipped: Set<DotCommand.Kind> = [.output, .read, .ingest, .export, .quit, .exit]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if size > 1 << 16 { return -1 }
    let state = shell ?? makeShell()
    shell = state
    runs += 1
    state.engine.stepLimit = 200_000
    state.engine.expansionLimit = 200_000
    state.engine.rowLimit = 50_000
    state.engine.timeout = .seconds(2)
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var statements = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(".") {
            let word = String(trimmed.prefix { !$0.isWhitespace })
            if let command = try? DotCommand.resolve(word), skipped.contains(command.kind) { continue }
            state.runDotCommand(trimmed, location: InputLocation(sourceName: "fuzz", line: 1, isInteractive: false))
        } else {
            statements += line + "\n"
        }
    }
    for statement in StatementSplitter.statements(in: statements) {
        state.runStatement(statement.text, sourceName: "fuzz", firstLine: statement.line,
                           firstColumn: statement.column)
    }
    state.parameters = [:]
    return 0
}

private let exampleNodes = """
    id,name,type,aliases
    biden,Joe Biden,person,Biden
    putin,Vladimir Putin,person,Putin
    zelensky,Volodymyr Zelensky,person,Zelensky;Zelenskyy
    us,United States,country,U.S.;America
    russia,Russia,country,
    ukraine,Ukraine,country,
    donetsk,Donetsk,location,
    star,*,organization,
    """
private let exampleEdges = """
    subject,object,action,cameo,kind,document,sentence
    biden,us,president,role,role,wire-0221.txt,"President Joe Biden of the United States spoke."
    putin,russia,president,role,role,wire-0221.txt,"Russian President Vladimir Putin addressed the nation."
    putin,donetsk,recognize,05,action,wire-0221.txt,"Putin recognized the independence of Donetsk."
    biden,russia,condemn,11,action,wire-0222.txt,"Biden condemned Russia's decision."
    zelensky,biden,meet,04,action,wire-0222.txt,"Zelensky met Biden."
    us,russia,sanction,16,action,wire-0223.txt,"The United States sanctioned Russia."
    russia,ukraine,invade,19,action,wire-0224.txt,"Russia invaded Ukraine."
    russia,russia,praise,05,action,wire-0224.txt,"Russia praised itself."
    """
