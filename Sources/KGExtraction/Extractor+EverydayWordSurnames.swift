/// Surnames that are everyday words, named bare after the full name.
extension Extractor {
    /// Words after which a capitalized everyday word is a thing, not a person: "the Bishop", "a May".
    static let thingOpeners: Set<String> = ["the", "a", "an", "this", "that", "last", "next", "early", "late", "mid", "in", "since", "until", "by"]

    /// Words after a calendar word that make it a person's surname: "May's accusation", "May said".
    static let personAfterCalendarWord: Set<String> = ["'s", "said", "says", "told", "added"]

    /// "Theresa May accused Russia ... Lavrov rejected May's accusation", "Susan Rice ... Rice and
    /// Kagame have shuttled": a person's surname that is also an everyday word ("May", "Rice",
    /// "Bishop") names that person bare once the document has named them in full, where no other
    /// name covers it and the words around it make it no thing (not after "the" or "in", not inside
    /// a longer capitalized name, not before a number; a month only before "'s" or "said").
    ///
    /// The recognizer reads each sentence alone and takes a capitalized everyday word for no name by
    /// itself; only the document knows whose surname it is.
    ///
    /// ```swift
    /// // "Theresa May spoke. Lavrov rejected May's charge ." -> "May" (second sentence): Theresa May
    /// ```
    static func addEverydayWordSurnames(
        _ tokens: [Token], mask: [Bool], sentences: [Range<Int>], raw: inout [RawMention], rawSentence: inout [Int],
        commonWords: WordSet
    ) {
        var fullNames: [String: RawMention] = [:]
        for m in raw where m.type == .person && m.range.count >= 2 && !m.nested {
            let last = tokens[m.range.upperBound - 1]
            guard last.isWord, last.isCapitalized, !last.isAllCaps, commonWords.contains(last.lower, hash: last.lowerHash) else { continue }
            if fullNames[last.text] == nil { fullNames[last.text] = m }
        }
        guard !fullNames.isEmpty else { return }
        var covered = Set<Int>()
        for m in raw { covered.formUnion(m.range) }
        var added: [(RawMention, Int)] = []
        for (index, range) in sentences.enumerated() {
            for i in range where mask[i] && !covered.contains(i) {
                let word = tokens[i]
                guard word.isWord, !word.isAllCaps, let person = fullNames[word.text], person.range.lowerBound < i else { continue }
                let before = i > range.lowerBound ? tokens[i - 1] : nil
                let after = i + 1 < range.upperBound ? tokens[i + 1] : nil
                if let before, before.isWord && before.isCapitalized || thingOpeners.contains(before.lower) { continue }
                if let after, after.isWord && after.isCapitalized || after.kind == .number { continue }
                if NameCues.calendarWords.contains(word.lower, hash: word.lowerHash), !personAfterCalendarWord.contains(after?.lower ?? "") { continue }
                var m = person
                m.range = i..<(i + 1)
                m.name = word.text
                m.origin = .name
                m.needsResolution = false
                m.modifierOnly = false
                m.ownWordsStart = nil
                added.append((m, index))
            }
        }
        insert(added, into: &raw, rawSentence: &rawSentence)
    }
}
