import ArgumentParser

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        throw ValidationError("'kg ingest' is not available yet")
    }
}
