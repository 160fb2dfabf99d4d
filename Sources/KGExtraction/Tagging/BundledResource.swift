import Foundation

/// Finds the tagger's files in the KGExtraction resource bundle.
enum BundledResource {
    /// `Resources/Models/<name>` inside the bundle.
    static func url(named name: String) throws -> URL {
        let file = name as NSString
        guard
            let url = Bundle.module.url(
                forResource: file.deletingPathExtension, withExtension: file.pathExtension,
                subdirectory: "Resources/Models"
            )
        else {
            throw TaggingError.missingResource(name: "Models/\(name)")
        }
        return url
    }
}
