import ArgumentParser
import KGShell
import KGStore

struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Query the graph interactively, or run statements from standard input.",
        discussion: """
            On a terminal: line editing, history in $KG_HISTORY (else ~/.kg_history), tab \
            completion; .help lists the dot-commands. Ctrl-C cancels the input or the running \
            statement, Ctrl-D leaves.

            From a pipe or file (kg shell < script.kgq): no prompt; the first error stops the \
            script with exit status 1 (.bail off runs on and exits 1 at the end).
            """
    )

    @OptionGroup var database: DatabaseOption

    func run() throws {
        let store = try GraphStore(path: database.path, access: .existing)
        let status = ShellSession.run(store: store, version: KG.configuration.version)
        if status != 0 { throw ExitCode(status) }
    }
}
