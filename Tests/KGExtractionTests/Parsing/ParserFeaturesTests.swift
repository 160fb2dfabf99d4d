import XCTest

@testable import KGExtraction

/// The features the parser reads from its per-sentence table are the ones training makes.
final class ParserFeaturesTests: XCTestCase {
    /// Every configuration of `words`' parse along random valid transitions, the first included.
    private func configurations(wordCount: Int, labelCount: Int, rootLabel: Int, seed: UInt64) -> [ArcHybridConfiguration] {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        var state = ArcHybridConfiguration(wordCount: wordCount)
        var visited = [state]
        while !state.isTerminal {
            var allowed: [ParserTransition] = []
            state.forEachAllowedTransition(labelCount: labelCount, rootLabel: rootLabel) { allowed.append($0) }
            state.apply(allowed[next(allowed.count)])
            visited.append(state)
        }
        return visited
    }

    func testTheSentenceTableGivesTheFeaturesMadeAtEachStep() throws {
        let words = "The minister , who met officials from Chile on Monday , said talks would go on .".split(separator: " ").map(String.init)
        let keys = ParserWord.sentence(words, tags: try PerceptronTagger.bundled().tagDetailed(words))
        let table = ParserFeatures.wordFeatures(of: keys)
        let labelCount = 40
        let labels = ParserFeatures.labelFeatures(labelCount: labelCount)
        XCTAssertEqual(labels.count, ParserFeatures.labelTemplates.count * (labelCount + 1))
        XCTAssertEqual(table.count, (words.count + 2) * ParserFeatures.wordTemplateCount)
        XCTAssertEqual(ParserFeatures.wordTemplates.count, ParserFeatures.wordTemplateCount)
        var made = [UInt32](repeating: 0, count: ParserFeatures.count)
        var read = [UInt32](repeating: 0, count: ParserFeatures.count)
        var compared = 0
        for seed in 1...20 as ClosedRange<UInt64> {
            for state in configurations(wordCount: words.count, labelCount: labelCount, rootLabel: 3, seed: seed) {
                made.withUnsafeMutableBufferPointer { _ = ParserFeatures.extract(state, words: keys, into: $0.baseAddress!) }
                ParserFeatures.templateSeeds.withUnsafeBufferPointer { seeds in
                    table.withUnsafeBufferPointer { table in
                        labels.withUnsafeBufferPointer { labels in
                            read.withUnsafeMutableBufferPointer {
                                _ = ParserFeatures.extract(
                                    state, words: keys, into: $0.baseAddress!, seeds: seeds.baseAddress, wordFeatures: table.baseAddress,
                                    labelFeatures: ParserFeatures.LabelFeatures(table: labels.baseAddress!, labelCount: labelCount)
                                )
                            }
                        }
                    }
                }
                XCTAssertEqual(read, made)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 20 * 2 * words.count)
    }

    func testTemplateSeedsAreTheTemplateNumbersHashed() {
        XCTAssertEqual(ParserFeatures.templateSeeds.count, ParserFeatures.count)
        XCTAssertEqual(ParserFeatures.templateSeeds[5], FeatureHash.combine(0x5a5a, 5))
        XCTAssertEqual(Set(ParserFeatures.templateSeeds).count, ParserFeatures.count)
    }

    /// `bestAllowedClass` picks what `bestTransition` picks, ties included.
    func testTheBestAllowedClassIsTheBestTransition() throws {
        let parser = try DependencyParser.bundled()
        let labelCount = parser.labels.count, rootLabel = parser.rootLabel
        var random: UInt64 = 7
        var compared = 0
        for seed in 1...10 as ClosedRange<UInt64> {
            for state in configurations(wordCount: 9, labelCount: labelCount, rootLabel: rootLabel, seed: seed) {
                // few distinct scores, so that ties are common
                let scores = (0..<ParserTransition.classCount(labelCount: labelCount)).map { _ -> Int32 in
                    random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return Int32((random >> 33) % 4) - 2
                }
                let expected = DependencyParser.bestTransition(in: state, scores: scores, labelCount: labelCount, rootLabel: rootLabel)
                XCTAssertEqual(scores.withUnsafeBufferPointer { parser.bestAllowedClass(in: state, scores: $0) }, expected)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 100)
    }

    /// A part of speech's parser key is its two tags' names hashed and mixed, as the parser's
    /// word keys read them, for every pair of tags.
    func testAPartOfSpeechsParserKeyIsItsTagsNamesHashed() {
        for upos in UPOS.allCases {
            for xpos in PennTag.allCases {
                let pos = PartOfSpeech(upos: upos, xpos: xpos)
                XCTAssertEqual(pos.parserKey, FeatureHash.combine(FeatureHash.of(upos.rawValue), FeatureHash.of(xpos.rawValue)), "\(upos) \(xpos)")
            }
        }
        let words = ParserWord.sentence(["Chad", "accused"], tags: [PartOfSpeech(upos: .PROPN, xpos: .NNP)])
        XCTAssertEqual(words[0].tag, FeatureHash.combine(FeatureHash.of("PROPN"), FeatureHash.of("NNP")))
        XCTAssertEqual(words[1].tag, FeatureHash.combine(FeatureHash.of(UPOS.X.rawValue), FeatureHash.of(PennTag.none.rawValue)))
        XCTAssertEqual(words.count, 3)
    }
}

/// The parser's table of tag prefixes gives the mixes it stands for, and the features read with
/// it are the ones training makes.
final class ParserTagPrefixesTests: XCTestCase {
    func testEveryTagsRowHoldsItsMixWithEveryTemplatesSeed() throws {
        let prefixes = ParserTagPrefixes.bundled
        var keys = UPOS.allCases.flatMap { upos in PennTag.allCases.map { PartOfSpeech(upos: upos, xpos: $0).parserKey } }
        keys += [ParserWord.none.tag, ParserWord.root.tag]
        for key in keys {
            let row = try XCTUnwrap(prefixes.row(of: key))
            for template in 0..<ParserFeatures.count {
                XCTAssertEqual(
                    prefixes.table[Int(row) * ParserFeatures.count + template], FeatureHash.combine(ParserFeatures.templateSeeds[template], key))
            }
        }
        XCTAssertNil(prefixes.row(of: FeatureHash.of("no such tag")))
        XCTAssertNil(prefixes.row(of: 0))
    }

    func testAKeyGivenTwiceKeepsItsFirstRow() {
        let prefixes = ParserTagPrefixes(tagKeys: [5, 9, 5, 21])
        XCTAssertEqual(prefixes.row(of: 5), 0)
        XCTAssertEqual(prefixes.row(of: 9), 1)
        XCTAssertEqual(prefixes.row(of: 21), 3)
        XCTAssertNil(prefixes.row(of: 37))
        XCTAssertEqual(prefixes.table.count, 4 * ParserFeatures.count)
    }

    func testASentencesRowsEndWithTheMissingWordsAndFailOnAnUnknownTag() throws {
        let words = ParserWord.sentence(["Chad", "accused"], tags: [PartOfSpeech(upos: .PROPN, xpos: .NNP)])
        let rows = try XCTUnwrap(ParserFeatures.tagRows(of: words, in: .bundled))
        XCTAssertEqual(rows.count, words.count + 1)
        XCTAssertEqual(rows.last, ParserTagPrefixes.bundled.row(of: ParserWord.none.tag))
        XCTAssertNil(ParserFeatures.tagRows(of: words, in: ParserTagPrefixes(tagKeys: [ParserWord.root.tag])))
    }

    func testTheFeaturesReadWithTheTagPrefixesAreTheOnesMadeAtEachStep() throws {
        let words = "Police in Lima said on Friday that the suspects , whom they had sought for weeks , were arrested .".split(separator: " ")
            .map(String.init)
        let keys = ParserWord.sentence(words, tags: try PerceptronTagger.bundled().tagDetailed(words))
        let rows = try XCTUnwrap(ParserFeatures.tagRows(of: keys, in: .bundled))
        let table = ParserTagPrefixes.bundled.table
        var state = ArcHybridConfiguration(wordCount: words.count)
        var made = [UInt32](repeating: 0, count: ParserFeatures.count)
        var read = made
        var compared = 0
        var random: UInt64 = 11
        while !state.isTerminal {
            made.withUnsafeMutableBufferPointer { _ = ParserFeatures.extract(state, words: keys, into: $0.baseAddress!) }
            table.withUnsafeBufferPointer { table in
                rows.withUnsafeBufferPointer { rows in
                    read.withUnsafeMutableBufferPointer {
                        _ = ParserFeatures.extract(
                            state, words: keys, into: $0.baseAddress!,
                            tagPrefixes: ParserFeatures.TagPrefixes(table: table.baseAddress!, rows: rows.baseAddress!))
                    }
                }
            }
            XCTAssertEqual(read, made)
            compared += 1
            var allowed: [ParserTransition] = []
            state.forEachAllowedTransition(labelCount: 30, rootLabel: 2) { allowed.append($0) }
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            state.apply(allowed[Int((random >> 33) % UInt64(allowed.count))])
        }
        XCTAssertEqual(compared, 2 * words.count)
    }
}
