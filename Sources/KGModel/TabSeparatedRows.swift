import Foundation

/// Reads the tab-separated tables kg bundles (lexicons, variant tables): one row per line, `#`
/// header lines and blank lines skipped.
///
/// ```swift
/// TabSeparatedRows.forEach(in: Data("# surface\tcanonical\nkiev\tkyiv\n".utf8)) { fields in
///     print(fields)  // ["kiev", "kyiv"]
/// }
/// ```
/// Reads bytes directly, without splitting the whole file into strings first, because start-up
/// time matters: the extractor reads about three megabytes of tables this way.
public enum TabSeparatedRows {
    /// Calls `body` with the tab-separated fields of each line of `data` that is neither blank nor
    /// starts with `#`.
    public static func forEach(in data: Data, _ body: ([String]) -> Void) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            // one array for every line, its fields written over the line before's: emptying it for
            // each line went through the generic `replaceSubrange` (28 M instructions per process)
            var fields: [String] = []
            fields.reserveCapacity(6)
            // the fields of the current line written so far
            var used = 0
            var lineStart = 0
            var fieldStart = 0
            var i = 0
            let n = bytes.count
            while i <= n {
                // most bytes are text, above both separators (tab 9, newline 10): one comparison each
                while i < n && bytes[i] > 10 { i += 1 }
                let byte: UInt8 = i < n ? bytes[i] : 10
                if byte == 9 || byte == 10 {
                    let field = String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self)
                    if used < fields.count { fields[used] = field } else { fields.append(field) }
                    used += 1
                    fieldStart = i + 1
                    if byte == 10 {
                        // a line of fewer fields than the one before (rare in a table)
                        if used < fields.count { fields.removeLast(fields.count - used) }
                        if i > lineStart && bytes[lineStart] != 35 { body(fields) }  // '#'
                        used = 0
                        lineStart = i + 1
                    }
                }
                i += 1
            }
        }
    }
}

/// The two tables `KGModel` bundles (`Resources/Lexicons`): place-name spelling variants and
/// first-name variants, which alias keys fold.
enum ModelTables {
    /// Calls `body` with each row of the bundled table `file`; a missing table yields no rows
    /// (alias keys then fold nothing, which tests of the keys would catch).
    static func forEachRow(_ file: String, _ body: ([String]) -> Void) {
        guard
            let url = bundledFile(file, in: "Resources/Lexicons")
                ?? Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Resources/Lexicons")
                ?? Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Lexicons"),
            let data = try? Data(contentsOf: url)
        else { return }
        TabSeparatedRows.forEach(in: data, body)
    }

    /// The bundle's regular file `name` in `subdirectory`, found by its path (SwiftPM's resource
    /// bundle is a plain directory); nil when there is none there. Foundation's
    /// `url(forResource:...)` lists the bundle's resources first (tens of millions of
    /// instructions at start-up), where one `stat` answers.
    static func bundledFile(_ name: String, in subdirectory: String) -> URL? {
        for base in [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap({ $0 }) {
            let url = base.appendingPathComponent(subdirectory, isDirectory: true).appendingPathComponent(name, isDirectory: false)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return url }
        }
        return nil
    }
}
