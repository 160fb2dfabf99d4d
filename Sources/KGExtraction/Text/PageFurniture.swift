/// Finds the parts of a web page that are not the article: navigation, share and subscribe lines,
/// comment sections, teaser blocks, tag clouds, placeholder and non-English boilerplate.
///
/// Works line by line with general cues: known furniture phrases (as a class), section markers
/// after which everything is furniture, truncated teasers, bullets without a verb, lines with no
/// English function words, run-together tag clouds, repeated lines and inline "Also Read" cues.
///
/// ```swift
/// let keep = PageFurniture.contentMask(tokens)  // false for tokens on furniture lines
/// ```
public enum PageFurniture {
    /// Phrases that open a section of furniture: everything after them is not the article.
    static let sectionMarkers: [String] = WordLists.list("PageFurniture.sectionMarkers")
    /// Each section marker with its number of words, counted once: splitting every marker into
    /// words for every short line was a fifth of the page furniture's instructions.
    static let sectionMarkerWordCounts: [(marker: String, wordCount: Int)] = sectionMarkers.map { ($0, $0.split(separator: " ").count) }
    /// Phrases that mark one line as furniture.
    static let linePhrases: [String] = WordLists.list("PageFurniture.linePhrases")
    /// Words that mark a very short line (a timestamp, a label) as furniture.
    static let shortLinePhrases: [String] = WordLists.list("PageFurniture.shortLinePhrases")
    /// Phrases that mark a line as furniture whatever its length: calls to install, subscribe or share.
    static let strongPhrases: [String] = WordLists.list("PageFurniture.strongPhrases")
    /// Services a share bar lists.
    static let shareWords = WordLists.wordSet("PageFurniture.shareWords")
    /// Inline cues after which the rest of the line is a link to another story.
    static let inlineCues: [[String]] = WordLists.phrases("PageFurniture.inlineCues")
    static let functionWords = WordLists.wordSet("PageFurniture.functionWords")
    /// Labels that open a line of links or labels, not prose, before a colon: `Tags: Cyprus, Turkey`.
    static let labelLines = WordLists.wordSet("PageFurniture.labelLines")
    /// Labels of a news ticker or live feed before a colon: `Breaking: Polls closed in ...`.
    static let tickerLabels = WordLists.wordSet("PageFurniture.tickerLabels")
    /// Nouns of a publication's name that are verbs too: a masthead may hold them (`PACIFIC REPORT`).
    static let mastheadNouns = WordLists.wordSet("PageFurniture.mastheadNouns")
    /// Phrases that open a short heading of a teaser block: `More from Eastern Europe Today`.
    static let sectionOpeners: [[String]] = WordLists.phrases("PageFurniture.sectionOpeners")

    /// The words of a line that is prose rather than a headline, label or link: the article's body.
    static let proseLineWordCount = 12

    /// For each token, whether it belongs to the article's content.
    public static func contentMask(_ tokens: [Token], verbForms: Set<String> = [], commonWords: Set<String> = []) -> [Bool] {
        contentMask(tokens, verbForms: WordSet(verbForms), commonWords: WordSet(commonWords))
    }

    /// `contentMask(_:verbForms:commonWords:)` with the word lists as the extractor keeps them.
    static func contentMask(_ tokens: [Token], verbForms: WordSet, commonWords: WordSet) -> [Bool] {
        var mask = [Bool](repeating: true, count: tokens.count)
        var lines: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i > start && tokens[i].startsLine {
            lines.append(start..<i)
            start = i
        }
        if start < tokens.count { lines.append(start..<tokens.count) }

        var inFurnitureSection = false
        // whether a line of prose has been kept: the article's body has begun
        var bodyHasBegun = false
        // the lines read so far, by their words (a paragraph's words joined and hashed were a
        // fifth of this mask)
        var seen = SeenLines()
        for line in lines {
            // the lower-case forms only, without copying each token into a filtered array first
            let words = tokens[line].compactMap { $0.isWord || $0.kind == .number ? $0.lower : nil }
            // and their hashes as the tokens keep them, for the word tables
            let hashes = tokens[line].compactMap { $0.isWord || $0.kind == .number ? $0.lowerHash : nil }
            var furniture = inFurnitureSection
            if !furniture {
                if words.count <= 7,
                    case let normalized = joinedWithSpaces(words),
                    sectionMarkerWordCounts.contains(where: {
                        isMarkerLine(normalized, $0.marker, markerWordCount: $0.wordCount, wordCount: words.count)
                    })
                        || opensTeaserSection(tokens[line], words: words, verbForms: verbForms)
                {
                    furniture = true
                    // "Comments (58)" above the headline or the byline counts the comments below
                    // the article: a label, not the start of the comment section
                    let isCounterAboveBody = !bodyHasBegun && tokens[line].contains { $0.kind == .number }
                    if !isCounterAboveBody { inFurnitureSection = true }
                } else if isFurnitureLine(tokens[line], words: words, hashes: hashes, verbForms: verbForms, commonWords: commonWords) {
                    furniture = true
                } else if !(words.isEmpty || words.count == 1 && words[0].isEmpty) && seen.contains(words, hashes: hashes) {
                    furniture = true  // a repeated headline or caption (its words joined are no empty string)
                }
            }
            seen.insert(words, hashes: hashes)
            if !furniture && words.count >= proseLineWordCount { bodyHasBegun = true }
            if furniture {
                for i in line { mask[i] = false }
                // a byline's author is a person the page names: "By Anna Lund, Moscow correspondent"
                if !inFurnitureSection, let author = bylineAuthor(tokens[line]),
                    !tokens[author].filter(\.isWord).allSatisfy({ commonWords.contains($0.lower) })  // "By Staff Reporter"
                {
                    for i in author { mask[i] = true }
                }
                continue
            }
            // inline "Also Read - ..." links: cut the rest of the line
            var i = line.lowerBound
            while i + 1 < line.upperBound {
                // capitals first: a lower-case word opens no cue, and costs no string comparison
                if tokens[i].isCapitalized,
                    inlineCues.contains(where: { cue in
                        tokens[i].lower == cue[0] && tokens[i + 1].lower == cue[1]
                    })
                {
                    for j in i..<line.upperBound { mask[j] = false }
                    break
                }
                i += 1
            }
            // Twitter handles are not names
            for j in line where tokens[j].kind == .punctuation && tokens[j].text == "@" && j + 1 < line.upperBound {
                mask[j] = false
                mask[j + 1] = false
            }
        }
        return mask
    }

    /// "More from Eastern Europe Today": a short heading, without a verb, that opens a block of
    /// links to other stories.
    static func opensTeaserSection(_ line: ArraySlice<Token>, words: [String], verbForms: WordSet) -> Bool {
        guard words.count <= 7, line.first?.isCapitalized ?? false else { return false }
        return sectionOpeners.contains { opener in
            words.count > opener.count && Array(words.prefix(opener.count)) == opener
                && !words.dropFirst(opener.count).contains(where: { verbForms.contains($0) })
        }
    }

    /// Marks that separate the parts of a byline or date line: "By Anna Lund · May 2, 2021".
    static let bylineSeparators: Set<String> = ["|", "\u{00B7}", "\u{2022}", "\u{2014}", "\u{2013}"]

    /// The name in a byline line ("By Anna Lund, Moscow correspondent", "May 2, 2021 · by Anna
    /// Lund"): the capitalized words after "By" opening the line or "by" after a separator, up to a
    /// comma, a separator or the line's end; nil when the line is not a byline.
    static func bylineAuthor(_ line: ArraySlice<Token>) -> Range<Int>? {
        guard
            let by = line.indices.first(where: { k in
                line[k].lower == "by"
                    && (k == line.startIndex ? line[k].isCapitalized : bylineSeparators.contains(line[k - 1].text) || opensWithBylineVerb(line, by: k))
            })
        else { return nil }
        let start = by + 1
        var end = start
        while end < line.endIndex {
            if line[end].isWord, line[end].isCapitalized {
                end += 1
            } else if line[end].text == "-", line[end].attached, end + 1 < line.endIndex, line[end + 1].attached, line[end + 1].isWord,
                line[end + 1].isCapitalized
            {
                end += 2  // "Paolo Reyes-Santiago"
            } else {
                break
            }
        }
        let words = line[start..<end].filter(\.isWord)
        guard (2...4).contains(words.count), words.allSatisfy({ !$0.isAllCaps || $0.text.count == 1 }) else { return nil }
        // ("Posted by Anna Lund on May 2, 2021": or the date's "on"; "By Anna Lund in Moscow": or the place's "in")
        if end < line.endIndex, !bylineSeparators.contains(line[end].text), ![",", "-", "/", "on", "in"].contains(line[end].text) { return nil }
        return start..<end
    }

    /// Verbs that open a byline before "by": "Posted by Anna Lund, Pacific desk".
    static let bylineVerbs: Set<String> = ["posted", "written", "reported"]

    /// Whether `by` is the line's second word, after a capitalized byline verb: "Posted by".
    static func opensWithBylineVerb(_ line: ArraySlice<Token>, by: Int) -> Bool {
        by == line.startIndex + 1 && line[line.startIndex].isCapitalized && bylineVerbs.contains(line[line.startIndex].lower)
    }

    /// Whether a line of `wordCount` words, `normalized`, is `marker` (of `markerWordCount` words)
    /// with at most two numbers before or after it: "Comments 12".
    static func isMarkerLine(_ normalized: String, _ marker: String, markerWordCount: Int, wordCount: Int) -> Bool {
        guard wordCount <= markerWordCount + 2 else { return false }
        return normalized == marker || normalized.hasPrefix(marker + " ") && normalized.dropFirst(marker.count + 1).allSatisfy { $0.isNumber || $0 == " " }
            || normalized.hasSuffix(" " + marker) && normalized.dropLast(marker.count + 1).allSatisfy { $0.isNumber || $0 == " " }
    }

    /// Whether a line is page furniture by its own words: `words` are its words' and numbers'
    /// lower-case forms, `hashes` their `WordHash`es.
    static func isFurnitureLine(
        _ line: ArraySlice<Token>, words: [String], hashes: [UInt64], verbForms: WordSet,
        commonWords: WordSet
    ) -> Bool {
        if words.isEmpty { return true }
        if words.count <= 16, linePhraseWords.occurs(in: words, hashes: hashes) { return true }
        if words.count <= 8, shortLinePhraseWords.occurs(in: words, hashes: hashes),
            !words.contains(where: { verbForms.contains($0) && !["published", "updated", "share"].contains($0) })
        {
            return true
        }
        if words.count <= 60, strongPhraseWords.occurs(in: words, hashes: hashes) { return true }
        // share bars: "Facebook Twitter Email"
        if words.count <= 8, words.filter({ shareWords.contains($0) }).count >= 2 { return true }
        // navigation and bylines: "Home | World | Asia", "By Staff | Published 3 hours ago"
        if words.count <= 14, line.contains(where: { $0.text == "|" || $0.text == "\u{203A}" || $0.text == "\u{00BB}" && $0.attached == false }),
            line.filter({ $0.text == "|" || $0.text == "\u{203A}" }).count >= 1, !line.contains(where: { $0.text == "." })
        {
            return true
        }
        // breadcrumbs: "Home > World > Middle East"
        if words.count <= 14, line.filter({ $0.text == ">" }).count >= 2, !line.contains(where: { $0.text == "." }) { return true }
        // tag lines and tickers: "Tags: Cyprus, Turkey, Greece", "Breaking: Polls closed in ..."
        if line.count >= 2, line[line.startIndex + 1].text == ":", let first = line.first, first.isCapitalized {
            if labelLines.contains(first.lower), words.count <= 40 { return true }
            if tickerLabels.contains(first.lower), words.count <= 16 { return true }
        }
        // a masthead or section label: a short line in capitals only ("EASTERN EUROPE TODAY", "WORLD";
        // "ISLANDS REPORT ONLINE": a publication's noun is no verb there)
        if (1...4).contains(words.count), line.allSatisfy({ $0.isWord && $0.isAllCaps && $0.text.count >= 2 || $0.text == "&" }),
            !words.contains(where: { verbForms.contains($0) && !mastheadNouns.contains($0) })
        {
            return true
        }
        if let first = line.first, first.lower == "by", words.count <= 8, line.dropFirst().first?.isCapitalized ?? false,
            !words.contains(where: { verbForms.contains($0) && $0 != "by" })
        {
            return true  // a byline
        }
        // "Posted by Anna Lund, Pacific desk": a byline opened by its verb, the author named in capitals
        if words.count <= 10, line.count >= 3, opensWithBylineVerb(line, by: line.startIndex + 1), line[line.startIndex + 1].lower == "by",
            line[line.startIndex + 2].isCapitalized, !words.dropFirst(2).contains(where: { verbForms.contains($0) })
        {
            return true
        }
        // a teaser cut short
        if let last = line.last, last.text == "..." || last.text == "\u{2026}" { return true }
        // a bullet or menu entry without a verb
        if let first = line.first, ["-", "\u{2022}", "*", "\u{00B7}", "|", ">"].contains(first.text), words.count <= 5,
            !words.contains(where: { verbForms.contains($0) })
        {
            return true
        }
        // run-together tag clouds: one very long token with several internal capitals
        // (a word of fewer than 25 UTF-8 bytes has fewer than 25 scalars: counted only when longer)
        if line.contains(where: { $0.isWord && $0.text.utf8.count >= 25 && $0.text.unicodeScalars.count >= 25 && internalCapitals($0.text) >= 2 }) {
            return true
        }
        // placeholder text and other languages: no English function words in a real sentence
        // (the tokens read in place, and looked up by the hashes they keep: no array of them)
        @inline(__always) func isLowerWord(_ k: Int) -> Bool { line[k].isWord && !line[k].isCapitalized && line[k].lower != "'s" && line[k].lower != "n't" }
        var lowerWordCount = 0
        for k in line.indices where isLowerWord(k) { lowerWordCount += 1 }
        if lowerWordCount >= 5 {
            let known = commonWords.isEmpty ? functionWords : commonWords
            // counted until the share reaches 0.4: more hits cannot bring it back under
            var hits = 0
            for k in line.indices where isLowerWord(k) {
                let word = line[k].lower, hash = line[k].lowerHash
                guard known.contains(word, hash: hash) || functionWords.contains(word, hash: hash) || verbForms.contains(word, hash: hash) else { continue }
                hits += 1
                if Double(hits) / Double(lowerWordCount) >= 0.4 { break }
            }
            if Double(hits) / Double(lowerWordCount) < 0.4 { return true }
        }
        return false
    }

    static let linePhraseWords = PhraseIndex(linePhrases.map { $0.split(separator: " ").map(String.init) })
    static let shortLinePhraseWords = PhraseIndex(shortLinePhrases.map { $0.split(separator: " ").map(String.init) })
    static let strongPhraseWords = PhraseIndex(strongPhrases.map { $0.split(separator: " ").map(String.init) })

    /// Phrases found by their first word: a line's words are each looked up once, instead of
    /// compared with every phrase's first word (a line of 60 words against 14 phrases made 840
    /// string comparisons).
    ///
    /// ```swift
    /// PhraseIndex([["follow", "us"]]).occurs(in: ["please", "follow", "us"])  // true
    /// ```
    struct PhraseIndex: Sendable {
        /// The phrases by their first word, each with the words after the first.
        let byFirstWord: WordTable<[ArraySlice<String>]>

        init(_ phrases: [[String]]) {
            var byFirstWord: [String: [ArraySlice<String>]] = [:]
            for phrase in phrases {
                guard let first = phrase.first else { continue }
                byFirstWord[first, default: []].append(phrase.dropFirst())
            }
            self.byFirstWord = WordTable(byFirstWord)
        }

        /// Whether any phrase occurs in `words` as consecutive words.
        func occurs(in words: [String]) -> Bool { occurs(in: words, hashes: words.map { WordHash.of($0) }) }

        /// `occurs(in: words)`, `hashes` being the words' `WordHash`es (as their tokens keep them).
        func occurs(in words: [String], hashes: [UInt64]) -> Bool {
            precondition(hashes.count == words.count)
            for (i, word) in words.enumerated() {
                guard let rests = byFirstWord[word, hash: hashes[i]] else { continue }
                for rest in rests where i + 1 + rest.count <= words.count {
                    if words[(i + 1)..<(i + 1 + rest.count)].elementsEqual(rest) { return true }
                }
            }
            return false
        }
    }

    /// `words.joined(separator: " ")`, its UTF-8 bytes copied into the string's storage: the
    /// generic `joined` cost four times as much on a paragraph's words, and appending word by
    /// word twice as much again as copying bytes.
    static func joinedWithSpaces(_ words: [String]) -> String {
        var byteCount = max(0, words.count - 1)
        for word in words { byteCount += word.utf8.count }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for (n, word) in words.enumerated() {
                if n > 0 {
                    buffer[i] = 32
                    i += 1
                }
                for byte in word.utf8 {
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }

    static func internalCapitals(_ word: String) -> Int {
        var count = 0
        var previousLower = false
        for s in word.unicodeScalars {
            if s.properties.isUppercase && previousLower { count += 1 }
            previousLower = s.properties.isLowercase
        }
        return count
    }
}
