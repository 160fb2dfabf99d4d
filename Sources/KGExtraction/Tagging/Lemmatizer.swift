import Foundation

/// Dictionary forms of verbs, auxiliaries and nouns: "condemned" -> "condemn", "went" -> "go".
///
/// In order: the closed set of auxiliaries; WordNet's irregular forms ("went", "children");
/// then suffix rules (-ies, -ied, -ing, -ed, -es, -s) whose candidates are checked against
/// WordNet's base forms, so "hoped" gives "hope" but "stopped" gives "stop" and "recognised"
/// gives "recognise" (spellings are left as written: British stays British). Unknown words fall
/// back to spelling heuristics. Other parts of speech come back as written.
///
/// ```swift
/// let lemmatizer = try Lemmatizer.bundled()
/// lemmatizer.lemma("accusing", upos: .VERB) // "accuse"
/// lemmatizer.lemma("countries", upos: .NOUN) // "country"
/// ```
public struct Lemmatizer: Sendable {
    // word tables, not a `Dictionary` and a `Set`: the same answers, without SipHash's cost for
    // the several look-ups of every verb and noun the rules lemmatize
    private let verbExceptions: WordTable<String>
    private let nounExceptions: WordTable<String>
    private let verbBases: WordSet
    private let nounBases: WordSet
    /// The lemmas given so far, shared by this lemmatizer's copies (`rememberedLemma`).
    let memo = LemmaMemo()

    /// Builds a lemmatizer from the two lexicon files' contents (see `lemma-exceptions.tsv`
    /// and `lemma-bases.tsv`): tab-separated `verb|noun, form, lemma` and `verb|noun, base`.
    public init(exceptions: String, bases: String, exceptionsFile: String = "<exceptions>", basesFile: String = "<bases>") throws {
        var verbExceptions: [String: String] = [:], nounExceptions: [String: String] = [:]
        try Self.forEachRecord(in: exceptions, file: exceptionsFile, fieldCount: 3) { fields in
            if fields[0] == "verb" { verbExceptions[fields[1]] = fields[2] } else { nounExceptions[fields[1]] = fields[2] }
        }
        var verbBases: [String: Void] = [:], nounBases: [String: Void] = [:]
        try Self.forEachRecord(in: bases, file: basesFile, fieldCount: 2) { fields in
            if fields[0] == "verb" { verbBases[fields[1]] = () } else { nounBases[fields[1]] = () }
        }
        self.verbExceptions = WordTable(verbExceptions)
        self.nounExceptions = WordTable(nounExceptions)
        self.verbBases = WordSet(keysOf: verbBases)
        self.nounBases = WordSet(keysOf: nounBases)
    }

    /// The lexicon shipped in the KGExtraction bundle, loaded on first use and shared.
    public static func bundled() throws -> Lemmatizer {
        try bundledLemmatizer.get()
    }

    private static let bundledLemmatizer: Result<Lemmatizer, TaggingError> = {
        do {
            let exceptionsURL = try BundledResource.url(named: "lemma-exceptions.tsv")
            let basesURL = try BundledResource.url(named: "lemma-bases.tsv")
            return .success(
                try Lemmatizer(
                    exceptions: String(contentsOf: exceptionsURL, encoding: .utf8),
                    bases: String(contentsOf: basesURL, encoding: .utf8),
                    exceptionsFile: exceptionsURL.lastPathComponent, basesFile: basesURL.lastPathComponent
                ))
        } catch let error as TaggingError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(file: "Models/lemma-*.tsv", reason: error.localizedDescription))
        }
    }()

    /// The dictionary form of `word` used as `upos`; lowercased for verbs and auxiliaries, and
    /// for nouns unless written with capitals inside ("CEOs" -> "CEO").
    public func lemma(_ word: String, upos: UPOS) -> String {
        switch upos {
        case .AUX:
            let lower = word.lowercased()
            return Self.auxiliaries[lower] ?? Self.apostropheLessClitics[lower] ?? verbLemma(lower)
        case .VERB:
            // Treebanks tag a main-verb "is"/"has"/"'s" VERB; the auxiliary table still applies.
            let lower = word.lowercased()
            return Self.auxiliaries[lower].flatMap { ["will", "would", "can"].contains($0) ? nil : $0 } ?? verbLemma(lower)
        case .NOUN:
            let word = Self.withoutPossessive(word)
            let letters = word.filter(\.isLetter)
            if !letters.isEmpty && letters.count <= 5 && letters.allSatisfy(\.isUppercase) {
                return word  // "UN", "GDP", "X": acronyms and letters stay as written
            }
            let keepsCase = word.dropFirst().contains(where: \.isUppercase) && word.contains(where: \.isLowercase)
            return keepsCase ? nounLemma(word, lowercase: false) : nounLemma(word.lowercased(), lowercase: true)
        default:
            return word
        }
    }

    /// The dictionary form of `word` tagged `pos`; the Penn tag settles "'d": "had" when `VBD`,
    /// else "would".
    ///
    /// ```swift
    /// lemmatizer.lemma("'d", pos: PartOfSpeech(upos: .AUX, xpos: .VBD)) // "have"
    /// ```
    public func lemma(_ word: String, pos: PartOfSpeech) -> String {
        // the three forms take at most four bytes, as does any word lowercasing to one of them
        if pos.upos.isVerbal, word.utf8.count <= 4, ["'d", "\u{2019}d", "d"].contains(word.lowercased()) {
            return pos.xpos == .VBD ? "have" : "would"
        }
        return lemma(word, upos: pos.upos)
    }

    /// Whether `word` (lower case) is an irregular form of a verb WordNet lists: "froze", "told",
    /// "overran" (and "won", "shot", which nouns share: see `isNounForm`).
    public func isIrregularVerbForm(_ word: String) -> Bool {
        verbExceptions.containsKey(word)
    }

    /// Whether `word` (lower case) is a noun's base form or an irregular plural: "won", "ground", "children".
    public func isNounForm(_ word: String) -> Bool {
        nounBases.contains(word) || nounExceptions.containsKey(word)
    }

    /// Forms of the closed class of auxiliaries, including the clitics "'s", "'re", "'ll", "'d",
    /// "wo" (of "won't") and "ca" (of "can't") that UD tokenization splits off.
    private static let auxiliaries: [String: String] = {
        var table: [String: String] = [:]
        for form in ["am", "are", "is", "was", "were", "be", "been", "being", "'m", "'re", "'s", "’m", "’re", "’s"] {
            table[form] = "be"
        }
        for form in ["has", "have", "had", "having", "'ve", "’ve"] { table[form] = "have" }
        for form in ["do", "does", "did", "doing"] { table[form] = "do" }
        for form in ["'ll", "’ll", "wo", "will"] { table[form] = "will" }
        for form in ["'d", "’d", "would"] { table[form] = "would" }
        table["ca"] = "can"
        for modal in ["can", "could", "may", "might", "must", "shall", "should", "ought"] {
            table[modal] = modal
        }
        return table
    }()

    /// Clitics written without their apostrophe in informal text ("it s", "I m", "they r").
    private static let apostropheLessClitics: [String: String] = [
        "s": "be", "m": "be", "r": "be", "re": "be", "ve": "have", "ll": "will", "d": "would",
    ]

    /// "astronaut's" -> "astronaut", for a possessive the tokenizer left attached.
    private static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    // MARK: Verbs

    // The stems are the word's Characters less the suffix's: `String(word.dropLast(n))` copies
    // those bytes, where a String made from an array of Characters appended them one by one.
    private func verbLemma(_ word: String) -> String {
        if let lemma = verbExceptions[word] { return lemma }
        if verbBases.contains(word) { return word }
        let count = word.count
        if word.hasSuffix("ies"), count > 4 {
            let stem = String(word.dropLast(3))
            return firstBase(among: [stem + "ie", stem + "y"], in: verbBases) ?? stem + "y"
        }
        if word.hasSuffix("ied"), count > 4 {
            let stem = String(word.dropLast(3))
            return firstBase(among: [stem + "y", stem + "ie"], in: verbBases) ?? stem + "y"
        }
        for suffix in ["ing", "ed"] where word.hasSuffix(suffix) && count > suffix.count + 1 {
            let stem = Array(word.dropLast(suffix.count))
            if let base = firstBase(among: Self.stemCandidates(stem), in: verbBases) { return base }
            return Self.guessStem(stem)
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), count > 2 {
            let minusS = String(word.dropLast())
            let minusES = String(word.dropLast(2))
            if let base = firstBase(among: [minusS, minusES], in: verbBases) { return base }
            return word.hasSuffix("es") && Self.takesES(Array(minusES)) ? minusES : minusS
        }
        return word
    }

    /// Bases a stem left by -ed/-ing may come from, most likely first.
    private static func stemCandidates(_ stem: [Character]) -> [String] {
        let plain = String(stem), withE = plain + "e"
        var candidates = endsConsonantVowelConsonant(stem) ? [withE, plain] : [plain, withE]
        if let undoubled = undoubled(stem) { candidates.append(undoubled) }
        return candidates
    }

    /// For a stem no lexicon knows: undo consonant doubling, restore a silent e where English
    /// spelling needs one ("-ised", "-ated", "-aced", "-ving", "-bled"), else keep the stem.
    private static func guessStem(_ stem: [Character]) -> String {
        guard let last = stem.last else { return "" }
        if let undoubled = undoubled(stem), !["l", "s", "z", "f"].contains(last) { return undoubled }
        let text = String(stem)
        let beforeLast = stem.count >= 2 ? stem[stem.count - 2] : " "
        let needsE =
            last == "v" || last == "c" || last == "u"
            || (["s", "z"].contains(last) && ["i", "y", "u"].contains(beforeLast))
            || (["t", "d", "r", "s", "k", "n", "g", "p", "m"].contains(last) && isVowel(beforeLast)
                && stem.count >= 3 && !isVowel(stem[stem.count - 3]) && beforeLast != "e" && beforeLast != "i" && beforeLast != "o"
                && !(last == "r" && beforeLast == "a"))
            || (last == "l" && ["b", "p", "t", "d", "g", "k", "z", "f", "c"].contains(beforeLast))
            || (last == "g" && ["n", "r", "d"].contains(beforeLast))
        return needsE ? text + "e" : text
    }

    // MARK: Nouns

    private func nounLemma(_ word: String, lowercase: Bool) -> String {
        if let lemma = nounExceptions[word] { return lemma }
        let count = word.count
        if !lowercase {
            // "CEOs", "NGOs": an acronym's plural is only its -s.
            return word.hasSuffix("s") && count > 2 ? String(word.dropLast()) : word
        }
        if word.hasSuffix("men"), nounBases.contains(String(word.dropLast(3)) + "man") {
            return String(word.dropLast(3)) + "man"  // "women", "chairmen"
        }
        guard word.hasSuffix("s"), count > 3 else { return word }
        if nounBases.contains(word) || word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") {
            return word
        }
        if word.hasSuffix("ies") {
            let stem = String(word.dropLast(3))
            return nounBases.contains(stem + "ie") ? stem + "ie" : stem + "y"
        }
        if word.hasSuffix("sses") {
            return String(word.dropLast(2))  // "classes", "masses"
        }
        if word.hasSuffix("es") {
            let minusS = String(word.dropLast())
            if nounBases.contains(minusS) { return minusS }
            let minusES = word.dropLast(2)
            return Self.takesES(Array(minusES)) ? String(minusES) : minusS
        }
        return String(word.dropLast())
    }

    // MARK: Spelling

    /// Stems whose plural or third person adds -es: "boxes", "churches", "buses", "heroes".
    private static func takesES(_ stem: [Character]) -> Bool {
        guard let last = stem.last else { return false }
        if ["s", "x", "z", "o"].contains(last) { return true }
        return last == "h" && stem.count >= 2 && ["c", "s"].contains(stem[stem.count - 2])
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }

    /// Consonant, single vowel, consonant at the end ("hop", "stor"): -ed may have eaten an e.
    private static func endsConsonantVowelConsonant(_ stem: [Character]) -> Bool {
        guard stem.count >= 3 else { return false }
        let (a, b, c) = (stem[stem.count - 3], stem[stem.count - 2], stem[stem.count - 1])
        return !isVowel(a) && isVowel(b) && !isVowel(c) && !"wxy".contains(c)
    }

    /// "stopp" -> "stop", when the stem ends in a doubled consonant.
    private static func undoubled(_ stem: [Character]) -> String? {
        guard stem.count >= 3, let last = stem.last, last == stem[stem.count - 2], !isVowel(last) else { return nil }
        return String(stem.dropLast())
    }

    private func firstBase(among candidates: [String], in bases: WordSet) -> String? {
        candidates.first(where: bases.contains)
    }

    private static func forEachRecord(in text: String, file: String, fieldCount: Int, _ body: ([String]) -> Void) throws {
        // The bundled files are ASCII without carriage returns: their lines and fields split on bytes,
        // a tenth of the time of splitting Characters, with the same fields. Other text (a "\r\n"
        // is one Character, never split) takes the Character path.
        var text = text
        if text.utf8.allSatisfy({ $0 < 128 && $0 != 13 }) {
            try text.withUTF8 { bytes in
                try forEachASCIIRecord(in: bytes, file: file, fieldCount: fieldCount, body)
            }
            return
        }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == fieldCount, fields[0] == "verb" || fields[0] == "noun", !fields.dropFirst().contains(where: \.isEmpty) else {
                throw TaggingError.malformedLexicon(file: file, line: offset + 1, reason: "expected \(fieldCount) tab-separated fields starting with 'verb' or 'noun'")
            }
            body(fields)
        }
    }

    /// `forEachRecord` over ASCII bytes without carriage returns: lines split on `\n`, fields on `\t`.
    private static func forEachASCIIRecord(
        in bytes: UnsafeBufferPointer<UInt8>, file: String, fieldCount: Int, _ body: ([String]) -> Void
    ) throws {
        var fields: [String] = []
        fields.reserveCapacity(fieldCount)
        var offset = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            defer {
                lineStart = lineEnd + 1
                offset += 1
            }
            if lineEnd == lineStart || bytes[lineStart] == 35 { continue }  // empty, or a '#' comment
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 9 {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                fieldStart = i + 1
            }
            guard fields.count == fieldCount, fields[0] == "verb" || fields[0] == "noun", !fields.dropFirst().contains(where: \.isEmpty) else {
                throw TaggingError.malformedLexicon(file: file, line: offset + 1, reason: "expected \(fieldCount) tab-separated fields starting with 'verb' or 'noun'")
            }
            body(fields)
        }
    }
}
