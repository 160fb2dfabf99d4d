import ArgumentParser

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    func run() throws {
        throw ValidationError("'kg extract' is not available yet")
    }
}
