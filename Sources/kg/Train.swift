import ArgumentParser

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")

    func run() throws {
        throw ValidationError("'kg train' is not available yet")
    }
}
