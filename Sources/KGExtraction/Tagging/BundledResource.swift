import Foundation

/// Finds the tagger's files in the KGExtraction resource bundle.
enum BundledResource {
    /// `Resources/Models/<name>` inside the bundle.
    static func url(named name: String) throws -> URL {
        let file = name as NSString
        guard
            let url = Self.file(name, in: "Resources/Models")
                ?? Bundle.module.url(
                    forResource: file.deletingPathExtension, withExtension: file.pathExtension,
                    subdirectory: "Resources/Models"
                )
        else {
            throw TaggingError.missingResource(name: "Models/\(name)")
        }
        return url
    }

    /// The bundle's regular file `name` in `subdirectory`, found by its path; nil when there is
    /// none there (then `Bundle.url(forResource:...)`, which also searches localizations, is
    /// asked). Foundation's search lists the bundle's resources at the first look-up in each
    /// thread (some 33 million instructions, five times over as the loaders start together),
    /// where one `stat` answers.
    static func file(_ name: String, in subdirectory: String) -> URL? {
        // SwiftPM's resource bundle is a plain directory: the subdirectory lies in it (its
        // `resourceURL` is the bundle's own `Resources`, which the subdirectory's path repeats)
        for base in [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap({ $0 }) {
            let url = base.appendingPathComponent(subdirectory, isDirectory: true).appendingPathComponent(name, isDirectory: false)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return url }
        }
        return nil
    }
}
