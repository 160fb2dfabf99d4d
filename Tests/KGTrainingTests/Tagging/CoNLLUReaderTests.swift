import KGExtraction
import KGTraining
import XCTest

final class CoNLLUReaderTests: XCTestCase {
    private let sample = """
        # text = I don't know.
        1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
        2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
        3\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_
        3.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t3:conj\t_
        4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

        """

    func testReadsSentencesSkippingMultiwordTokensAndEmptyNodes() throws {
        let sentences = try CoNLLUReader.parse(sample)
        XCTAssertEqual(sentences.map(\.forms), [["do", "n't", "know", "."], ["Yes"]])
    }

    func testKeepsLemmaUPOSPennTagHeadAndRelation() throws {
        let token = try CoNLLUReader.parse(sample)[0].tokens[1]
        XCTAssertEqual(token, AnnotatedToken(form: "n't", lemma: "not", upos: .PART, xpos: .RB, head: 3, relation: "advmod"))
    }

    func testPunctuationPennTagsReadAsTheirCases() throws {
        let tokens = try CoNLLUReader.parse("1\t(\t(\tPUNCT\t-LRB-\t_\t0\troot\t_\t_\n2\this\the\tPRON\tPRP$\t_\t1\tdep\t_\t_\n")[0].tokens
        XCTAssertEqual(tokens.map(\.xpos), [.LRB, .PRPS])
    }

    func testAMissingPennTagIsNoneAndAnOddOneUnknown() throws {
        let tokens = try CoNLLUReader.parse("1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n2\tyo\tyo\tINTJ\tITJ\t_\t1\tdep\t_\t_\n")[0].tokens
        XCTAssertEqual(tokens.map(\.xpos), [PennTag.none, .unknown])
    }

    func testEveryPennTagOfTheSharedTreebanksIsKnown() throws {
        var unknown = 0
        for file in ["ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-gum/en_gum-ud-dev.conllu"] {
            guard let url = TreebankFixtures.sharedData(file) else { throw XCTSkip("runs when ../shared/data holds \(file)") }
            unknown += try CoNLLUReader.read(contentsOf: url).flatMap(\.tokens).filter { $0.xpos == .unknown || $0.xpos == .none }.count
        }
        XCTAssertEqual(unknown, 0)
    }

    func testAMissingHeadIsNilAndABadOneAnError() throws {
        let missing = try CoNLLUReader.parse("1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_\n")[0].tokens[0]
        XCTAssertNil(missing.head)
        XCTAssertEqual(missing.relation, "_")
        XCTAssertThrowsError(try CoNLLUReader.parse("1\tHi\thi\tINTJ\tUH\t_\tx\troot\t_\t_\n", file: "h.conllu")) { error in
            XCTAssertEqual(error as? TaggingError, .malformedCoNLLU(file: "h.conllu", line: 1, reason: "invalid head 'x'"))
        }
    }

    func testWrongFieldCountIsAnErrorWithFileAndLine() {
        let text = "# c\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(text, file: "bad.conllu")) { error in
            XCTAssertEqual(error.localizedDescription, "bad.conllu:2: expected 10 tab-separated fields, found 9")
        }
    }

    func testUnknownUPOSIsAnError() {
        let text = "1\tHi\thi\tGREETING\tUH\t_\t0\troot\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(text, file: "x.conllu")) { error in
            XCTAssertEqual(error as? TaggingError, .malformedCoNLLU(file: "x.conllu", line: 1, reason: "unknown UPOS tag 'GREETING'"))
        }
    }

    func testOutOfSequenceIdIsAnError() {
        let text = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n3\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(text, file: "x.conllu")) { error in
            XCTAssertEqual(error.localizedDescription, "x.conllu:2: token id 3 out of sequence (expected 2)")
        }
    }

    func testMissingFileIsAnError() {
        XCTAssertThrowsError(try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/x.conllu")))
    }
}
