import Foundation

/// Paths to the shared treebanks, which live beside the repository, not in it.
enum TaggingFixtures {
    /// `<repo>/../shared/data/<relative>`, or nil when the shared data folder is absent.
    static func sharedData(_ relative: String) -> URL? {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Tagging
            .deletingLastPathComponent()  // KGTrainingTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        let url = repository.deletingLastPathComponent()
            .appendingPathComponent("shared/data", isDirectory: true)
            .appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
