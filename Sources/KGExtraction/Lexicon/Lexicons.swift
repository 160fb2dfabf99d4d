import Foundation

/// A gazetteer entry: the canonical entity a surface form names, and how it names it.
struct GazetteerEntry: Sendable {
    enum Kind: String, Sendable { case name, demonym, capital, metonym, acronym, variant }
    var canonical: String
    var type: EntityType
    var kind: Kind
    /// The lexicon writes a later word in lower case (`Normandy format`), so the text may too.
    var lowerTail = false
}

/// An action verb known to the extractor: its lemma and CAMEO root code.
struct VerbEntry: Sendable {
    var lemma: String
    var cameo: String
}

/// The bundled lexicons, loaded once from `Resources/Lexicons` (see the generator in `scripts/`).
///
/// ```swift
/// let lexicons = try Lexicons.load()
/// lexicons.gazetteer["kremlin"]?.first?.canonical  // "Russia"
/// ```
struct Lexicons: Sendable {
    /// Lower-cased token sequence joined by spaces -> entries (one per type).
    var gazetteer: [String: [GazetteerEntry]] = [:]
    var gazetteerFirstWords: Set<String> = []
    var gazetteerMaxTokens = 1
    /// Role nouns keyed by their lower-cased token sequence.
    var roles: Set<String> = []
    var roleFirstWords: Set<String> = []
    var roleMaxTokens = 1
    var honorifics: Set<String> = []
    var firstNames: Set<String> = []
    var commonWords: Set<String> = []
    /// Inflected form or lemma -> verb.
    var verbs: [String: VerbEntry] = [:]
    /// Action noun (`recognition`) -> verb (`recognize`).
    var actionNouns: [String: VerbEntry] = [:]

    static func load() throws -> Lexicons {
        var lex = Lexicons()
        for line in try lines("gazetteer.tsv") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 4, let type = EntityType(rawValue: String(cols[2])) else { continue }
            let key = tokenKey(String(cols[0]))
            guard !key.isEmpty else { continue }
            let entry = GazetteerEntry(canonical: String(cols[1]), type: type,
                                       kind: GazetteerEntry.Kind(rawValue: String(cols[3])) ?? .name,
                                       lowerTail: cols[0].split(separator: " ").dropFirst().contains { $0.first?.isLowercase ?? false })
            lex.gazetteer[key, default: []].append(entry)
            let words = key.split(separator: " ")
            lex.gazetteerFirstWords.insert(String(words[0]))
            lex.gazetteerMaxTokens = max(lex.gazetteerMaxTokens, words.count)
        }
        for line in try lines("roles.txt") {
            let key = tokenKey(line)
            lex.roles.insert(key)
            let words = key.split(separator: " ")
            if let first = words.first { lex.roleFirstWords.insert(String(first)) }
            lex.roleMaxTokens = max(lex.roleMaxTokens, words.count)
        }
        lex.honorifics = Set(try lines("honorifics.txt").map { $0.lowercased() })
        lex.firstNames = Set(try lines("first_names.txt"))
        lex.commonWords = Set(try lines("common_words.txt"))
        for line in try lines("verbs.tsv") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            let entry = VerbEntry(lemma: String(cols[0]), cameo: String(cols[1]))
            lex.verbs[entry.lemma] = entry
            if cols.count > 2 {
                for form in cols[2].split(separator: " ") where lex.verbs[String(form)] == nil {
                    lex.verbs[String(form)] = entry
                }
            }
            if cols.count > 3 {
                for noun in cols[3].split(separator: " ") { lex.actionNouns[String(noun)] = entry }
            }
        }
        return lex
    }

    /// The lines of a bundled lexicon file, without its `#` header and blank lines.
    static func lines(_ file: String) throws -> [String] {
        guard let url = Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Resources/Lexicons")
            ?? Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Lexicons") else {
            throw ExtractionError.missingLexicon(file)
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ExtractionError.unreadableLexicon(file, error.localizedDescription)
        }
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") || line.isEmpty ? nil : String(line)
        }
    }

    /// The key a surface form is stored under: its tokens' lower-case forms joined by spaces.
    static func tokenKey(_ surface: String) -> String {
        Tokenizer.tokenize(Array(surface.unicodeScalars)).map(\.lower).joined(separator: " ")
    }
}

/// What can go wrong while building an `Extractor`.
public enum ExtractionError: Error, LocalizedError, Equatable {
    case missingLexicon(String)
    case unreadableLexicon(String, String)

    public var errorDescription: String? {
        switch self {
        case .missingLexicon(let file): "lexicon \(file) is missing from the KGExtraction bundle"
        case .unreadableLexicon(let file, let reason): "cannot read lexicon \(file): \(reason)"
        }
    }
}
