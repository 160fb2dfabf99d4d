import Foundation
import KGModel

/// A gazetteer entry: the canonical entity a surface form names, and how it names it.
struct GazetteerEntry: Sendable {
    enum Kind: String, Sendable { case name, demonym, capital, metonym, acronym, variant }
    var canonical: String
    var type: EntityType
    var kind: Kind
    /// The lexicon writes a later word in lower case (`Normandy format`), so the text may too.
    var lowerTail = false
    /// The lexicon writes the name as two or three capitals spelled letter by letter (`UK`, `DRC`),
    /// so the text must too: "Uk" in "Kim Uk Il" is a given name.
    var spelledInCapitals = false
    /// A past state's adjective ("Soviet", "West German"): the state only before a title or a noun of
    /// those acting for it ("Soviet President X", "Soviet troops"), not in "the former Soviet republic".
    var actorOnly = false
}

/// An action verb known to the extractor: its lemma and CAMEO root code.
struct VerbEntry: Sendable {
    var lemma: String
    var cameo: CAMEORootCode
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
    var gazetteerFirstWords: WordSet = []
    /// Every key of `gazetteer` cut short at each of its spaces ("united", "united arab"): a name
    /// read word by word that is none of these cannot grow into a key.
    var gazetteerPrefixes: WordSet = []
    var gazetteerMaxTokens = 1
    /// Role nouns keyed by their lower-cased token sequence.
    var roles: WordSet = []
    var roleFirstWords: WordSet = []
    /// Every key of `roles` cut short at each of its spaces ("foreign", "foreign affairs"), as
    /// `gazetteerPrefixes` for the gazetteer: a title read word by word that is none of these
    /// cannot grow into a key.
    var rolePrefixes: WordSet = []
    var roleMaxTokens = 1
    var honorifics: WordSet = []
    /// Country -> its demonym as an adjective (`Russia` -> `Russian`).
    var demonymOf: [String: String] = [:]
    var firstNames: WordSet = []
    /// The gender of first names that usually have one.
    var genderOfFirstName: [String: Gender] = [:]
    var commonWords: WordSet = []
    /// Inflected form or lemma -> verb (looked up for most words of most sentences).
    var verbs = WordTable<VerbEntry>([:])
    /// Action noun (`recognition`) -> verb (`recognize`).
    var actionNouns = WordTable<VerbEntry>([:])
    /// Types unknown names no rule decides.
    var nameTyper = NameTyper()

    static func load() throws -> Lexicons {
        // the gazetteer, half of the lexicons' load, is read on a thread of its own meanwhile
        let gazetteerTables = Extractor.BackgroundLoad { try GazetteerTables.load() }
        // its error first, as when the files were read one after the other
        let others = Result { try loadAllButTheGazetteer() }
        let tables = try gazetteerTables.value()
        var lex = try others.get()
        lex.gazetteer = tables.entries
        lex.demonymOf = tables.demonymOf
        lex.gazetteerPrefixes = tables.prefixes
        lex.gazetteerFirstWords = tables.firstWords
        lex.gazetteerMaxTokens = tables.maxTokens
        return lex
    }

    /// The lexicons but the gazetteer's tables, which `GazetteerTables.load` reads.
    private static func loadAllButTheGazetteer() throws -> Lexicons {
        var lex = Lexicons()
        // read into standard sets, kept as word sets (`WordSet`): the rules look words up in them
        var roles = Set<String>(), roleFirstWords = Set<String>(), rolePrefixes = Set<String>(), firstNames = Set<String>()
        for line in try lines("roles.txt") {
            let key = tokenKey(line)
            roles.insert(key)
            let words = key.split(separator: " ")
            if let first = words.first { roleFirstWords.insert(String(first)) }
            for index in key.indices where key[index] == " " { rolePrefixes.insert(String(key[..<index])) }
            lex.roleMaxTokens = max(lex.roleMaxTokens, words.count)
        }
        let honorifics = Set(try lines("honorifics.txt").map { $0.lowercased() })
        try forEachRow("first_names.txt") { cols in
            firstNames.insert(cols[0])
            if cols.count > 1, let gender = Gender(lexiconCode: cols[1]) { lex.genderOfFirstName[cols[0]] = gender }
        }
        let commonWords = Set(try lines("common_words.txt"))
        try forEachRow("name_typer.tsv") { lex.nameTyper.add($0) }
        var verbs: [String: VerbEntry] = [:]
        var actionNouns: [String: VerbEntry] = [:]
        for line in try lines("verbs.tsv") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            guard let cameo = CAMEORootCode(rawValue: String(cols[1])) else {
                throw ExtractionError.unreadableLexicon("verbs.tsv", "'\(cols[0])' has no CAMEO root code ('\(cols[1])')")
            }
            let entry = VerbEntry(lemma: String(cols[0]), cameo: cameo)
            verbs[entry.lemma] = entry
            if cols.count > 2 {
                for form in cols[2].split(separator: " ") where verbs[String(form)] == nil {
                    verbs[String(form)] = entry
                }
            }
            if cols.count > 3 {
                for noun in cols[3].split(separator: " ") { actionNouns[String(noun)] = entry }
            }
        }
        lex.verbs = WordTable(verbs)
        lex.actionNouns = WordTable(actionNouns)
        lex.roles = WordSet(roles)
        lex.roleFirstWords = WordSet(roleFirstWords)
        lex.rolePrefixes = WordSet(rolePrefixes)
        lex.honorifics = WordSet(honorifics)
        lex.firstNames = WordSet(firstNames)
        lex.commonWords = WordSet(commonWords)
        return lex
    }

    /// Calls `body` with the tab-separated fields of each line of a bundled lexicon file, skipping
    /// its `#` header and blank lines; reads bytes directly because start-up time matters.
    static func forEachRow(_ file: String, _ body: ([String]) -> Void) throws {
        TabSeparatedRows.forEach(in: try contents(file), body)
    }

    static func contents(_ file: String) throws -> Data {
        guard
            let url = BundledResource.file(file, in: "Resources/Lexicons")
                ?? Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Resources/Lexicons")
                ?? Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Lexicons")
        else {
            throw ExtractionError.missingLexicon(file)
        }
        do { return try Data(contentsOf: url) } catch {
            throw ExtractionError.unreadableLexicon(file, error.localizedDescription)
        }
    }

    /// The lines of a bundled lexicon file, without its `#` header and blank lines.
    static func lines(_ file: String) throws -> [String] {
        var out: [String] = []
        try forEachRow(file) { out.append($0.joined(separator: "\t")) }
        return out
    }

    /// The key a surface form is stored under: its tokens' lower-case forms joined by spaces.
    static func tokenKey(_ surface: String) -> String {
        if surface.utf8.count == 0 { return "" }
        // fast path: plain words and single spaces tokenize to themselves
        var plain = true
        var previousSpace = true
        for byte in surface.utf8 {
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            if byte == 32 {
                if previousSpace { plain = false; break }
                previousSpace = true
            } else if isLetter {
                previousSpace = false
            } else {
                plain = false
                break
            }
        }
        if plain && !previousSpace { return surface.lowercased() }
        return Tokenizer.tokenize(Array(surface.unicodeScalars)).map(\.lower).joined(separator: " ")
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
