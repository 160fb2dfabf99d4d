import ArgumentParser

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        throw ValidationError("'kg query' is not available yet")
    }
}
