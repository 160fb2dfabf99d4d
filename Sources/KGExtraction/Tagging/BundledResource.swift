import Foundation

/// Finds the tagger's files in the KGExtraction resource bundle.
enum BundledResource {
    /// `Resources/Models/<name>` inside the bundle.
    static func url(named name: String) throws -> URL {
        let url = Bundle.module.resourceURL?
            .appendingPathComponent("Resources", isDirectory: true)
            .appendingPathComponent("Models", isDirectory: true)
            .appendingPathComponent(name)
        guard let url, FileManager.default.fileExists(atPath: url.path) else {
            throw TaggingError.missingResource(name: "Models/\(name)")
        }
        return url
    }
}
