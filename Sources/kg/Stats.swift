import ArgumentParser

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        throw ValidationError("'kg stats' is not available yet")
    }
}
