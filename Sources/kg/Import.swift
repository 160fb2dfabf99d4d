import ArgumentParser

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        throw ValidationError("'kg import' is not available yet")
    }
}
