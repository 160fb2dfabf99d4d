import ArgumentParser

struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        throw ValidationError("'kg shell' is not available yet")
    }
}
