/// The hashed word and tag of one token, as the parser's feature templates read them.
package struct ParserWord: Sendable {
    /// Lowercased form, numbers folded (`TokenKeys.norm`).
    package let word: UInt64
    /// UPOS and Penn tag together.
    package let tag: UInt64
    /// The word and tag mixed (`FeatureHash.combine(word, tag)`), as the word-and-tag templates
    /// read them: made once per word instead of once per template and transition.
    package let wordAndTag: UInt64

    package init(word: UInt64, tag: UInt64) {
        self.word = word
        self.tag = tag
        wordAndTag = FeatureHash.combine(word, tag)
    }

    /// Stand-in for a position that is empty (no such stack element, buffer word or child).
    package static let none = ParserWord(word: FeatureHash.of("-NONE-W-"), tag: FeatureHash.of("-NONE-T-"))
    /// The artificial root.
    package static let root = ParserWord(word: FeatureHash.of("-ROOT-W-"), tag: FeatureHash.of("-ROOT-T-"))

    /// The sentence's words followed by the root (index `words.count`), as the configuration numbers them.
    ///
    /// Tags beyond the words are ignored; words beyond the tags read as tagged `X`.
    package static func sentence(_ words: [String], tags: [PartOfSpeech]) -> [ParserWord] {
        var result: [ParserWord] = []
        result.reserveCapacity(words.count + 1)
        let unknownTag = FeatureHash.combine(FeatureHash.of(UPOS.X.rawValue), FeatureHash.of(PennTag.none.rawValue))
        for (index, form) in words.enumerated() {
            let tag = index < tags.count ? tags[index].parserKey : unknownTag
            result.append(ParserWord(word: TokenKeys.norm(of: form), tag: tag))
        }
        result.append(.root)
        return result
    }
}

/// The parser's feature templates: Zhang and Nivre (2011) adapted to the arc-hybrid system.
///
/// Zhang and Nivre wrote theirs for arc-eager, where the stack top's candidate head is its
/// already-assigned head `s0h`; in arc-hybrid the top's candidate heads are the buffer's first
/// word `n0` (LEFT) and the word below it `s1` (RIGHT), so `s1` and `s2` stand in for `s0h` and
/// `s0h2`, with pair templates over (s1, s0) as over (s0, n0). Each feature is the template's
/// number mixed with the words (w), tags (p), labels (l), distances (d), valencies (v) and label
/// sets (s) it reads, narrowed to 32 bits like the tagger's.
///
/// 63 of the 96 templates kept: each template costs a weight lookup per transition, most of them
/// reads from a table bigger than the cache. The 33 left out added least to EWT dev LAS
/// (`kg train parser-templates`, two rounds of leaving templates out and training again): the
/// (s0, n0) word pairs, most (s1, s0) pairs, n2's and s2's words, the right children of s1 and
/// the words of s0's right children. Trained without them, the parser loses little (EWT test LAS
/// 82.4 against 82.8; see Resources/Models/README.md) and parses in about a third less time.
///
/// ```swift
/// var features = [UInt32](repeating: 0, count: ParserFeatures.count)
/// features.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, words: words, into: $0.baseAddress!) }
/// ```
package enum ParserFeatures {
    package static let count = 63

    /// Each template's number mixed into its features first: `FeatureHash.combine(0x5a5a, number)`.
    package static let templateSeeds: [UInt64] = (0..<count).map { FeatureHash.combine(0x5a5a, UInt64($0)) }

    /// The templates that read one word's form (or form and tag) and nothing else, in the order of
    /// the columns of `wordFeatures(of:)`: the parser makes their features once per sentence for
    /// every word instead of at every transition.
    package static let wordTemplates = [1, 2, 4, 5, 7, 8, 10, 12, 13, 37, 41, 46]
    package static let wordTemplateCount = wordTemplates.count

    /// The features of `wordTemplates` for each of `words` (a sentence's words and the root, as
    /// `ParserWord.sentence` gives them) and then for the missing word `.none`: a row of
    /// `wordTemplateCount` per word, each as `extract` would make it.
    ///
    /// ```swift
    /// let rows = ParserFeatures.wordFeatures(of: ParserWord.sentence(["Hi"], tags: []))  // 3 rows of 12
    /// ```
    package static func wordFeatures(of words: [ParserWord]) -> [UInt32] {
        let count = (words.count + 1) * wordTemplateCount
        // written in place, each template's seed and what it reads found once (not per word)
        return [UInt32](unsafeUninitializedCapacity: count) { features, initialized in
            wordTemplateColumns.withUnsafeBufferPointer { columns in
                var next = 0
                @inline(__always) func write(_ word: ParserWord) {
                    for column in columns {
                        features[next] = FeatureHash.narrow(FeatureHash.combine(column.seed, column.readsTag ? word.wordAndTag : word.word))
                        next += 1
                    }
                }
                for word in words { write(word) }
                write(.none)
            }
            initialized = count
        }
    }

    /// Each of `wordTemplates`' seed, and whether it reads the word and tag (the four
    /// word-and-tag templates) or the form alone.
    static let wordTemplateColumns: [(seed: UInt64, readsTag: Bool)] = wordTemplates.map { template in
        (templateSeeds[template], template == 1 || template == 4 || template == 7 || template == 12)
    }

    /// The templates that read one child's label and nothing else, in the order of the columns of
    /// `labelFeatures(labelCount:)`.
    package static let labelTemplates = [39, 40, 43, 44, 48, 50, 51]

    /// The label value of a missing child.
    static let missingLabel: UInt64 = 0xdead

    /// The features of `labelTemplates` for each label number below `labelCount` and then for a
    /// missing child: a row of `labelCount + 1` per template. A model's labels are few (fifty),
    /// so the parser makes them once, where a sentence's word rows are read about twice each.
    package static func labelFeatures(labelCount: Int) -> [UInt32] {
        var features: [UInt32] = []
        features.reserveCapacity(labelTemplates.count * (labelCount + 1))
        for template in labelTemplates {
            for label in 0..<labelCount { features.append(FeatureHash.narrow(FeatureHash.combine(templateSeeds[template], UInt64(label)))) }
            features.append(FeatureHash.narrow(FeatureHash.combine(templateSeeds[template], missingLabel)))
        }
        return features
    }

    /// The model's `labelFeatures(labelCount:)` as the parser passes them to `extract`.
    package struct LabelFeatures {
        let table: UnsafePointer<UInt32>
        let labelCount: Int
    }

    /// A sentence's rows of `ParserTagPrefixes` as the parser passes them to `extract`: `rows`
    /// holds the row of each of the words' tags (the root's included), then the missing word's.
    package struct TagPrefixes {
        let table: UnsafePointer<UInt64>
        let rows: UnsafePointer<Int32>
    }

    /// The row in `prefixes` of each of `words`' tags and then of the missing word's, as
    /// `TagPrefixes.rows` holds them; nil when some tag has none (then `extract` mixes them).
    package static func tagRows(of words: [ParserWord], in prefixes: ParserTagPrefixes) -> [Int32]? {
        var rows: [Int32] = []
        rows.reserveCapacity(words.count + 1)
        for word in words {
            guard let row = prefixes.row(of: word.tag) else { return nil }
            rows.append(row)
        }
        guard let none = prefixes.row(of: ParserWord.none.tag) else { return nil }
        rows.append(none)
        return rows
    }

    /// Writes the `count` features of `state` to `features`; returns how many it wrote.
    ///
    /// The parser passes `templateSeeds`' storage as `seeds` (no global read in its loop), the
    /// sentence's `wordFeatures(of:)` as `wordFeatures` and its model's `labelFeatures`, which are
    /// then read instead of made, the sentence's `tagPrefixes`, whose first mixes are read
    /// instead of made, and its weights' `prefetcher`, which asks for each made feature's slot at
    /// once.
    @inline(__always) @discardableResult
    package static func extract(
        _ state: ArcHybridConfiguration, words: [ParserWord], into features: UnsafeMutablePointer<UInt32>,
        seeds: UnsafePointer<UInt64>? = nil, wordFeatures: UnsafePointer<UInt32>? = nil, labelFeatures: LabelFeatures? = nil,
        tagPrefixes: TagPrefixes? = nil, prefetcher: PackedWeights.Prefetcher? = nil
    ) -> Int {
        let s0 = state.stackElement(0), s1 = state.stackElement(1), s2 = state.stackElement(2)
        let n0 = state.bufferElement(0), n1 = state.bufferElement(1), n2 = state.bufferElement(2)
        func child(_ of: Int, _ table: [Int]) -> Int { of >= 0 ? table[of] : -1 }
        let s0l = child(s0, state.leftmost), s0l2 = child(s0, state.leftmost2)
        let s0r = child(s0, state.rightmost), s0r2 = child(s0, state.rightmost2)
        let s1r = child(s1, state.rightmost), s1l = child(s1, state.leftmost)
        let n0l = child(n0, state.leftmost), n0l2 = child(n0, state.leftmost2)

        // the missing word read once: the static's accessor was a third of a million calls per 20 articles
        let none = ParserWord.none
        func at(_ index: Int) -> ParserWord { index >= 0 ? words[index] : none }
        func label(_ index: Int) -> UInt64 { index >= 0 ? UInt64(bitPattern: Int64(state.labels[index])) : missingLabel }
        let S0 = at(s0), S1 = at(s1), S2 = at(s2), N0 = at(n0), N1 = at(n1), N2 = at(n2)
        let S0L = at(s0l), S0L2 = at(s0l2), S0R = at(s0r), S0R2 = at(s0r2)
        let S1R = at(s1r), S1L = at(s1l), N0L = at(n0l), N0L2 = at(n0l2)

        func bucket(_ distance: Int) -> UInt64 {
            switch distance {
            case ..<0: 0
            case 0...4: UInt64(distance)
            case 5...9: 5
            default: 6
            }
        }
        let root = state.root
        // Distances to or from the root (or a missing word) are not distances.
        let d0 = (s0 >= 0 && s0 != root && n0 >= 0) ? bucket(n0 - s0) : 7
        let d1 = (s1 >= 0 && s1 != root && s0 >= 0) ? bucket(s0 - s1) : 7
        func count(_ index: Int, _ table: [Int]) -> UInt64 { index >= 0 ? UInt64(min(table[index], 8)) : 9 }
        func set(_ index: Int, _ table: [UInt64]) -> UInt64 { index >= 0 ? table[index] : 0xffff }
        let s0vl = count(s0, state.leftCount), s0vr = count(s0, state.rightCount)
        let n0vl = count(n0, state.leftCount)
        let s0sl = set(s0, state.leftLabels), s0sr = set(s0, state.rightLabels)
        let n0sl = set(n0, state.leftLabels), s1sr = set(s1, state.rightLabels)

        var next = 0
        @inline(__always) func store(_ hash: UInt64) {
            let key = FeatureHash.narrow(hash)
            features[next] = key
            prefetcher?.prefetch(key)
            next += 1
        }
        @inline(__always) func template() -> UInt64 { seeds?[next] ?? templateSeeds[next] }
        @inline(__always) func add(_ a: UInt64) { store(FeatureHash.combine(template(), a)) }
        @inline(__always) func add(_ a: UInt64, _ b: UInt64) {
            store(FeatureHash.combine(FeatureHash.combine(template(), a), b))
        }
        @inline(__always) func add(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
            store(FeatureHash.combine(FeatureHash.combine(FeatureHash.combine(template(), a), b), c))
        }
        /// A word's number and, where the parser gives the sentence's `tagPrefixes`, where its
        /// tag's row of them starts: found once per step for the eleven words whose tags open
        /// templates, so that each such template reads its first mix in one load.
        typealias TaggedWord = (index: Int, prefixes: UnsafePointer<UInt64>?)
        @inline(__always) func tagged(_ index: Int) -> TaggedWord {
            guard let tagPrefixes else { return (index, nil) }
            return (index, tagPrefixes.table + Int(tagPrefixes.rows[index >= 0 ? index : words.count]) &* ParserFeatures.count)
        }
        /// The template's seed mixed with the tag of `word`.
        @inline(__always) func tagFirst(_ word: TaggedWord) -> UInt64 {
            if let prefixes = word.prefixes { return prefixes[next] }
            return FeatureHash.combine(template(), at(word.index).tag)
        }
        /// A template that starts with the tag of `word`, then reads `b` and `c`.
        @inline(__always) func add(tagOf word: TaggedWord) { store(tagFirst(word)) }
        @inline(__always) func add(tagOf word: TaggedWord, _ b: UInt64) { store(FeatureHash.combine(tagFirst(word), b)) }
        @inline(__always) func add(tagOf word: TaggedWord, _ b: UInt64, _ c: UInt64) {
            store(FeatureHash.combine(FeatureHash.combine(tagFirst(word), b), c))
        }
        let tagS0 = tagged(s0), tagS1 = tagged(s1), tagS2 = tagged(s2), tagN0 = tagged(n0), tagN1 = tagged(n1), tagN2 = tagged(n2)
        let tagS0L = tagged(s0l), tagS0L2 = tagged(s0l2), tagS0R2 = tagged(s0r2), tagS1L = tagged(s1l), tagN0L = tagged(n0l)
        @inline(__always) func wp(_ word: ParserWord) -> UInt64 { word.wordAndTag }
        /// Template `wordTemplates[column]` over the word numbered `index`, whose value is `value`.
        @inline(__always) func add(word index: Int, column: Int, _ value: UInt64) {
            if let wordFeatures {
                features[next] = wordFeatures[(index >= 0 ? index : words.count) &* wordTemplateCount &+ column]
                next += 1
            } else {
                add(value)
            }
        }
        /// Template `labelTemplates[column]` over the label of the child numbered `index`.
        @inline(__always) func add(labelOf index: Int, column: Int) {
            if let labelFeatures {
                let count = labelFeatures.labelCount
                let number = index >= 0 ? state.labels[index] : count
                if number >= 0 && (number < count || index < 0) {
                    features[next] = labelFeatures.table[column &* (count &+ 1) &+ number]
                    next += 1
                    return
                }
            }
            add(label(index))
        }

        add(0)  // bias
        // Single words.
        add(word: s0, column: 0, wp(S0)); add(word: s0, column: 1, S0.word); add(tagOf: tagS0)
        add(word: n0, column: 2, wp(N0)); add(word: n0, column: 3, N0.word); add(tagOf: tagN0)
        add(word: n1, column: 4, wp(N1)); add(word: n1, column: 5, N1.word); add(tagOf: tagN1)
        add(word: n2, column: 6, N2.word); add(tagOf: tagN2)
        add(word: s1, column: 7, wp(S1)); add(word: s1, column: 8, S1.word); add(tagOf: tagS1)
        // Pairs: (s0, n0) and (s1, s0), the two arcs that can be made next.
        add(wp(S0), N0.tag); add(tagOf: tagS0, wp(N0))
        add(tagOf: tagN0, N1.tag)
        add(tagOf: tagS1, wp(S0))
        // Triples of tags.
        add(tagOf: tagS0, N0.tag, N1.tag); add(tagOf: tagS1, S0.tag, N0.tag)
        add(tagOf: tagS0, S0L.tag, N0.tag); add(tagOf: tagS0, N0.tag, N0L.tag)
        add(tagOf: tagS1, S1R.tag, S0.tag); add(tagOf: tagS2, S1.tag, S0.tag)
        add(tagOf: tagS1, S0.tag, S0R.tag)
        // Distance.
        add(S0.word, d0); add(tagOf: tagS0, d0); add(N0.word, d0); add(tagOf: tagN0, d0)
        add(tagOf: tagS1, S0.tag, d1); add(S1.word, S0.tag, d1)
        // Valency.
        add(S0.word, s0vr); add(tagOf: tagS0, s0vr); add(S0.word, s0vl); add(tagOf: tagS0, s0vl)
        add(tagOf: tagN0, n0vl)
        // The outermost children.
        add(word: s0l, column: 9, S0L.word); add(tagOf: tagS0L); add(labelOf: s0l, column: 0)
        add(labelOf: s0r, column: 1)
        add(word: n0l, column: 10, N0L.word); add(tagOf: tagN0L); add(labelOf: n0l, column: 2)
        add(labelOf: s1r, column: 3)
        add(tagOf: tagS1L, label(s1l))
        // The second outermost children.
        add(word: s0l2, column: 11, S0L2.word); add(tagOf: tagS0L2); add(labelOf: s0l2, column: 4)
        add(tagOf: tagS0R2); add(labelOf: s0r2, column: 5)
        add(labelOf: n0l2, column: 6)
        add(tagOf: tagS0, S0L.tag, S0L2.tag); add(tagOf: tagS0, S0R.tag, S0R2.tag); add(tagOf: tagN0, N0L.tag, N0L2.tag)
        // Label sets.
        add(S0.word, s0sr); add(tagOf: tagS0, s0sr); add(tagOf: tagS0, s0sl)
        add(N0.word, n0sl); add(tagOf: tagN0, n0sl); add(tagOf: tagS1, s1sr)
        // Children's labels with the candidate arc.
        add(tagOf: tagS1, S0.tag, label(s0l)); add(tagOf: tagS1, S0.tag, label(s0r))
        return next
    }
}
