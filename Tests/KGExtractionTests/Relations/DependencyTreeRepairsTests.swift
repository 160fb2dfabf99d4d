import XCTest

@testable import KGExtraction

final class DependencyTreeRepairsTests: XCTestCase {
    private func labels(_ names: [String]) -> [DependencyLabel] { names.map { DependencyLabel(rawValue: $0) } }

    /// "Mariupol , a city besieged by Russia , fell ." with "city" parsed as a second subject of "fell".
    func testSecondSubjectAfterACommaBecomesAnApposition() {
        let tree = DependencyTree(
            heads: [7, 0, 3, 7, 3, 6, 4, 7, nil, 8],
            labels: labels(["nsubj", "punct", "det", "nsubj", "acl", "case", "obl:agent", "punct", "root", "punct"]))
        let commas = [false, true, false, false, false, false, false, true, false, false]
        let nouns = [false, false, false, true, false, false, false, false, false, false]
        let mended = tree.withSecondSubjectsAsAppositions(commas: commas, commonNouns: nouns)
        XCTAssertEqual(mended.heads[3], 0)
        XCTAssertEqual(mended.labels[3].rawValue, "appos")
        XCTAssertEqual(Array(mended.heads[4...]), Array(tree.heads[4...]))
        XCTAssertEqual(Array(mended.labels[4...]), Array(tree.labels[4...]))
    }

    /// "Russia , China condemned ." with a missed conjunct: a proper noun is left alone.
    func testSecondSubjectThatIsNoCommonNounIsLeftAlone() {
        let tree = DependencyTree(heads: [3, 0, 3, nil], labels: labels(["nsubj", "punct", "nsubj", "root"]))
        XCTAssertEqual(tree.withSecondSubjectsAsAppositions(commas: [false, true, false, false], commonNouns: [false, false, false, false]), tree)
    }

    /// "Russia said officials left": two subjects of different verbs, nothing to mend; and two
    /// subjects with no comma between them are left as they are.
    func testSubjectsWithoutACommaBetweenThemAreLeftAlone() {
        let tree = DependencyTree(heads: [2, 2, nil], labels: labels(["nsubj", "nsubj", "root"]))
        XCTAssertEqual(tree.withSecondSubjectsAsAppositions(commas: [false, false, false], commonNouns: [false, true, false]), tree)
    }

    /// "Jan_Kowalski of Poland and Petra_Novak of Slovakia met ." with "Petra_Novak" parsed as a conjunct
    /// of "Poland": it becomes a conjunct of "Jan_Kowalski".
    func testAPersonConjoinedToTheCountryOfAnotherPersonIsConjoinedToThePerson() {
        let tree = DependencyTree(
            heads: [7, 2, 0, 4, 2, 6, 4, nil, 7],
            labels: labels(["nsubj", "case", "nmod", "cc", "conj", "case", "nmod", "root", "punct"]))
        let people = [true, false, false, false, true, false, false, false, false]
        let ofWords = [false, true, false, false, false, true, false, false, false]
        let mended = tree.withPeopleConjoinedAcrossOfPhrases(people: people, ofWords: ofWords)
        XCTAssertEqual(mended.heads[4], 0)
        XCTAssertEqual(mended.labels[4].rawValue, "conj")
        XCTAssertEqual(mended.heads.enumerated().filter { $0.offset != 4 }.map(\.element), tree.heads.enumerated().filter { $0.offset != 4 }.map(\.element))
    }

    /// "Jan_Kowalski met Poland and Petra_Novak ." : a conjunct of an object is left alone, and so is a
    /// conjunct of a country that is no "of" phrase of a person.
    func testAConjunctOfAnObjectIsLeftAlone() {
        let tree = DependencyTree(heads: [1, nil, 1, 4, 2, 1], labels: labels(["nsubj", "root", "obj", "cc", "conj", "punct"]))
        XCTAssertEqual(
            tree.withPeopleConjoinedAcrossOfPhrases(people: [true, false, false, false, true, false], ofWords: [false, false, false, false, false, false]), tree)
    }

    /// "ministers of Egypt and Jordan , Shoukry and Safadi , met ." with both people parsed as conjuncts
    /// of "Egypt": "Shoukry" becomes the apposition of "ministers", "Safadi" a conjunct of "Shoukry".
    func testPeopleListedAfterATitlesBodiesBecomeItsApposition() {
        //          0 ministers 1 of 2 Egypt 3 and 4 Jordan 5 , 6 Shoukry 7 and 8 Safadi 9 , 10 met 11 .
        let tree = DependencyTree(
            heads: [10, 2, 0, 4, 2, 6, 2, 8, 2, 0, nil, 10],
            labels: labels(["nsubj", "case", "nmod", "cc", "conj", "punct", "conj", "cc", "conj", "punct", "root", "punct"]))
        let people = [false, false, false, false, false, false, true, false, true, false, false, false]
        let ofWords = [false, true, false, false, false, false, false, false, false, false, false, false]
        let commas = [false, false, false, false, false, true, false, false, false, true, false, false]
        let mended = tree.withPeopleListedAfterTitleBodies(people: people, ofWords: ofWords, commas: commas)
        XCTAssertEqual(mended.heads[6], 0)
        XCTAssertEqual(mended.labels[6].rawValue, "appos")
        XCTAssertEqual(mended.heads[8], 6)
        XCTAssertEqual(mended.labels[8].rawValue, "conj")
        XCTAssertEqual(mended.heads[4], 2)
        // with no comma before the first person ("Egypt , Jordan and Shoukry"), nothing changes
        var noComma = commas
        noComma[5] = false
        XCTAssertEqual(tree.withPeopleListedAfterTitleBodies(people: people, ofWords: ofWords, commas: noComma), tree)
        // nor where the bodies hang on a person ("Jan_Kowalski of Poland , ..."): the other repair's
        var personTitle = people
        personTitle[0] = true
        XCTAssertEqual(tree.withPeopleListedAfterTitleBodies(people: personTitle, ofWords: ofWords, commas: commas), tree)
    }

    /// "Oman has hosted Houthi_officials ." with "officials" parsed as a passive agent: with no "by" it is
    /// the object; "Taiz was besieged by Houthis ." keeps its agent.
    func testAnAgentWithoutByIsAnObject() {
        let tree = DependencyTree(heads: [2, 2, nil, 2, 2], labels: labels(["nsubj", "aux", "root", "obl:agent", "punct"]))
        let mended = tree.withCaselessAgentsAsObjects(byWords: [false, false, false, false, false])
        XCTAssertEqual(mended.labels[3].rawValue, "obj")
        XCTAssertEqual(mended.heads, tree.heads)
        let passive = DependencyTree(heads: [2, 2, nil, 4, 2, 2], labels: labels(["nsubj:pass", "aux:pass", "root", "case", "obl:agent", "punct"]))
        XCTAssertEqual(passive.withCaselessAgentsAsObjects(byWords: [false, false, false, true, false, false]), passive)
    }

    /// "Chad , which Paris backed , fell ." with "which" and "Paris" both subjects of "backed": the
    /// relative pronoun is the object; "Chad , which backed Paris , fell ." is left alone.
    func testARelativePronounBeforeASecondSubjectIsTheObject() {
        let tree = DependencyTree(heads: [6, 4, 4, 4, 0, 4, nil, 6], labels: labels(["nsubj", "punct", "nsubj", "nsubj", "acl:relcl", "punct", "root", "punct"]))
        let mended = tree.withRelativeObjects(relativePronouns: [false, false, true, false, false, false, false, false])
        XCTAssertEqual(mended.labels[2].rawValue, "obj")
        XCTAssertEqual(mended.labels[3].rawValue, "nsubj")
        XCTAssertEqual(mended.heads, tree.heads)
        let subject = DependencyTree(heads: [6, 3, 3, 0, 3, 3, nil, 6], labels: labels(["nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "root", "punct"]))
        XCTAssertEqual(subject.withRelativeObjects(relativePronouns: [false, false, true, false, false, false, false, false]), subject)
    }

    /// "X , whose party won the election , criticised Y ." parsed with "won" the root, "party" an
    /// apposition of "X" and "criticised" an acl of "election".
    private let whoseClause = DependencyTree(
        heads: [4, 0, 3, 0, nil, 6, 4, 8, 6, 8, 4],
        labels: [
            "nsubj", "punct", "nmod:poss", "appos", "root", "det", "obj", "punct", "acl", "obj", "punct",
        ].map { DependencyLabel(rawValue: $0) })
    private let whoseWords = [false, false, true, false, false, false, false, false, false, false, false]
    private let whoseCommas = [false, true, false, false, false, false, false, true, false, false, false]
    private let noParticiples = [Bool](repeating: false, count: 11)
    private let whoseNames = [true, false, false, false, false, false, false, false, false, true, false]

    func testAWhoseClauseClosesAtItsSecondCommaAndTheVerbAfterItIsTheNames() {
        let finite = [false, false, false, false, true, false, false, false, true, false, false]
        let mended = whoseClause.withWhoseClausesClosed(whose: whoseWords, commas: whoseCommas, names: whoseNames, finiteVerbs: finite, pastParticiples: noParticiples)
        XCTAssertEqual(mended.heads, [8, 0, 3, 4, 0, 6, 4, 8, nil, 8, 8])
        XCTAssertEqual(
            mended.labels.map(\.rawValue), ["nsubj", "punct", "nmod:poss", "nsubj", "acl:relcl", "det", "obj", "punct", "root", "obj", "punct"])
    }

    /// "X , whose party won the election , backed by Y ...": no finite verb after the comma, nothing to mend.
    func testAWhoseClauseWithNoFiniteVerbAfterItIsLeftAlone() {
        let finite = [false, false, false, false, true, false, false, false, false, false, false]
        XCTAssertEqual(whoseClause.withWhoseClausesClosed(whose: whoseWords, commas: whoseCommas, names: whoseNames, finiteVerbs: finite, pastParticiples: noParticiples), whoseClause)
    }

    /// "Smith , whose party won" ending the words with the clause's verb: nothing after it to close
    /// the clause at (and no trap on the empty stretch).
    func testAWhoseClauseWhoseVerbEndsTheWordsIsLeftAlone() {
        // Smith , whose party won
        let tree = DependencyTree(heads: [4, 0, 3, 4, nil], labels: labels(["obl", "punct", "nmod:poss", "nsubj", "root"]))
        let mended = tree.withWhoseClausesClosed(
            whose: [false, false, true, false, false], commas: [false, true, false, false, false], names: [true, false, false, false, false],
            finiteVerbs: [false, false, false, false, true], pastParticiples: [false, false, false, false, false])
        XCTAssertEqual(mended, tree)
    }

    /// "..., criticised Y ." with "criticised" tagged a past participle: its object makes it the main verb.
    func testAPastParticipleWithAnObjectAfterAWhoseClauseIsTheMainVerb() {
        let finite = [false, false, false, false, true, false, false, false, false, false, false]
        let participles = [false, false, false, false, false, false, false, false, true, false, false]
        let mended = whoseClause.withWhoseClausesClosed(whose: whoseWords, commas: whoseCommas, names: whoseNames, finiteVerbs: finite, pastParticiples: participles)
        XCTAssertEqual(mended.heads, [8, 0, 3, 4, 0, 6, 4, 8, nil, 8, 8])
    }

    /// "Smith met Kenya special envoy Smith ." with "Kenya" the obj and the envoy's name an
    /// obl:unmarked of "met": the name becomes the obj and "Kenya" a compound of "envoy".
    func testANameBeforeATitledPersonBecomesTheTitlesCompound() {
        let tree = DependencyTree(
            heads: [1, nil, 1, 4, 5, 1, 1],
            labels: labels(["nsubj", "root", "obj", "amod", "nmod:desc", "obl:unmarked", "punct"]))
        let names = [true, false, true, false, false, true, false]
        let titles = [false, false, false, true, true, false, false]
        let people = [true, false, false, false, false, true, false]
        let mended = tree.withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people)
        XCTAssertEqual(mended.heads[2], 4)
        XCTAssertEqual(mended.labels[2].rawValue, "compound")
        XCTAssertEqual(mended.labels[5].rawValue, "obj")
        XCTAssertEqual(mended.heads[5], 1)
        // no person after the title: left alone
        XCTAssertEqual(tree.withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people.map { _ in false }), tree)
    }

    /// "Smith met Kenya Secretary of State Jones ." with "Jones" hung on "Kenya": the holder becomes
    /// the obj, the title's words outside the phrase its compounds, "Kenya" inside the phrase.
    func testANameBeforeATitleOfSeveralWordsBecomesPartOfThePhrase() {
        // Smith met Kenya Secretary of State Jones .
        let tree = DependencyTree(
            heads: [1, nil, 1, 6, 5, 3, 2, 1],
            labels: labels(["nsubj", "root", "obj", "compound", "case", "nmod", "obj", "punct"]))
        let names = [true, false, true, false, false, false, true, false]
        let titles = [false, false, false, true, true, true, false, false]
        let people = [true, false, false, false, false, false, true, false]
        let mended = tree.withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people)
        XCTAssertEqual(mended.heads[6], 1)
        XCTAssertEqual(mended.labels[6].rawValue, "obj")
        XCTAssertEqual(mended.labels[2].rawValue, "compound")
        XCTAssertTrue(mended.isWellFormed(count: mended.heads.count))
        // no person after the title: left alone
        XCTAssertEqual(tree.withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people.map { _ in false }), tree)
    }

    /// "between Smith , army chief Jones and Brown" with "chief" the appos of "Smith" and "Jones" an
    /// nmod of "chief": "Jones" becomes a conj of "Smith" and "chief" its compound.
    func testATitledPersonAfterACommaBecomesAConjunct() {
        // talks between Smith , army chief Jones and Brown
        let tree = DependencyTree(
            heads: [nil, 2, 0, 5, 5, 2, 5, 8, 6],
            labels: labels(["root", "case", "nmod", "punct", "compound", "appos", "nmod", "cc", "conj"]))
        let people = [false, false, true, false, false, false, true, false, true]
        let titles = [false, false, false, false, true, true, false, false, false]
        let commas = [false, false, false, true, false, false, false, false, false]
        let mended = tree.withTitledPeopleListedAsConjuncts(people: people, titles: titles, commas: commas)
        XCTAssertEqual(mended.heads[6], 2)
        XCTAssertEqual(mended.labels[6].rawValue, "conj")
        XCTAssertEqual(mended.heads[5], 6)
        XCTAssertEqual(mended.labels[5].rawValue, "compound")
        XCTAssertTrue(mended.isWellFormed(count: mended.heads.count))
        // "of" before the holder: the title describes the one before the comma
        var caseLabels = tree.labels
        caseLabels[7] = DependencyLabel(rawValue: "case")
        let described = DependencyTree(heads: [nil, 2, 0, 5, 5, 2, 5, 6, 6], labels: caseLabels)
        XCTAssertEqual(described.withTitledPeopleListedAsConjuncts(people: people, titles: titles, commas: commas), described)
    }

    /// "Abiy , Sisi and Sudan 's Prime Minister Hamdok agreed ." with "Sudan" parsed as a conjunct of
    /// "Sisi": it becomes the possessor of "Hamdok", and its "and" goes with it.
    func testAPossessorParsedAsAConjunctBecomesThePossessorOfThePhraseAfterIt() {
        let tree = DependencyTree(
            heads: [9, 2, 0, 4, 2, 4, 7, 8, 0, nil, 9],
            labels: labels(["nsubj", "punct", "conj", "cc", "conj", "case", "amod", "nmod:desc", "conj", "root", "punct"]))
        let marks = [false, false, false, false, false, true, false, false, false, false, false]
        let mended = tree.withPossessorsOfFollowingPhrases(possessiveMarks: marks)
        XCTAssertEqual(mended.heads[4], 8)
        XCTAssertEqual(mended.labels[4].rawValue, "nmod:poss")
        XCTAssertEqual(mended.heads[3], 8)
        XCTAssertEqual(mended.heads[2], 0)
    }

    /// "suspended the UFDG and X 's party ," with "party" the object: the possessor stays where
    /// the parser put it, as the phrase after the mark is no conjunct.
    func testAPossessorBeforeANonConjunctIsLeftAlone() {
        let tree = DependencyTree(
            heads: [nil, 5, 4, 1, 3, 0, 0],
            labels: labels(["root", "compound", "cc", "conj", "case", "obj", "punct"]))
        let marks = [false, false, false, false, true, false, false]
        XCTAssertEqual(tree.withPossessorsOfFollowingPhrases(possessiveMarks: marks), tree)
    }

    /// "Congo 's Wagner and Rwanda 's Nduhungirehe signed ." with "Nduhungirehe" flat under "Wagner":
    /// it becomes Wagner's conjunct, with the "and" its cc.
    func testAPersonFlatUnderAnotherAcrossAndBecomesAConjunct() {
        let tree = DependencyTree(
            heads: [2, 0, 7, 4, 6, 4, 2, nil, 7],
            labels: labels(["nmod:poss", "case", "nsubj", "cc", "nmod:poss", "case", "flat", "root", "punct"]))
        let people = [false, false, true, false, false, false, true, false, false]
        let ands = [false, false, false, true, false, false, false, false, false]
        let mended = tree.withPeopleJoinedAsConjuncts(people: people, coordinators: ands)
        XCTAssertEqual(mended.labels[6].rawValue, "conj")
        XCTAssertEqual(mended.heads[3], 6)
        // without an "and" between them, two people stay as the parser put them
        XCTAssertEqual(tree.withPeopleJoinedAsConjuncts(people: people, coordinators: Array(repeating: false, count: 9)), tree)
    }

    /// "Blinken telephoned Bukele , the Department said , and urged him ." with "urged" a conj of the
    /// inserted "said": it becomes a conj of "telephoned".
    func testAVerbAfterAnInsertedAttributionGoesOnWithTheClause() {
        let tree = DependencyTree(
            heads: [1, nil, 1, 5, 5, 1, 8, 8, 5, 8, 1],
            labels: labels(["nsubj", "root", "obj", "punct", "nsubj", "advcl", "punct", "cc", "conj", "obj", "punct"]))
        let said = [false, false, false, false, false, true, false, false, false, false, false]
        let commas = [false, false, false, true, false, false, true, false, false, false, false]
        XCTAssertEqual(tree.withVerbsAfterAttributionsConjoined(speechVerbs: said, commas: commas).heads[8], 1)
        // "X said Y telephoned Bukele, and urged him": no attribution set off, nothing moves
        XCTAssertEqual(tree.withVerbsAfterAttributionsConjoined(speechVerbs: said, commas: Array(repeating: false, count: 11)), tree)
    }

    /// "Mali , Burkina and Niger left ECOWAS ." with "Burkina" a compound of "Mali" and "Niger" a
    /// second subject: both become conjuncts of "Mali".
    func testTheNamesOfABrokenListBecomeConjuncts() {
        let tree = DependencyTree(
            heads: [5, 2, 0, 4, 5, nil, 5, 5],
            labels: labels(["nsubj", "punct", "compound", "cc", "nsubj", "root", "obj", "punct"]))
        let names = [true, false, true, false, true, false, true, false]
        let commas = [false, true, false, false, false, false, false, false]
        let ands = [false, false, false, true, false, false, false, false]
        let mended = tree.withListedNamesAsConjuncts(names: names, commas: commas, coordinators: ands)
        XCTAssertEqual(mended.labels[2].rawValue, "conj")
        XCTAssertEqual(mended.heads[4], 0)
        XCTAssertEqual(mended.labels[4].rawValue, "conj")
        // "Kenya Airways": a name compounded without a comma stays a compound
        let compound = DependencyTree(heads: [1, 2, nil, 2], labels: labels(["compound", "nsubj", "root", "punct"]))
        XCTAssertEqual(compound.withListedNamesAsConjuncts(names: [true, true, false, false], commas: [false, false, false, false], coordinators: [false, false, false, false]), compound)
    }

    /// "In Washington , Secretary Rice urged Damascus ." with "Secretary" an appos of "Washington":
    /// it becomes the nsubj of "urged".
    func testAPersonAfterAnOpeningPhraseBecomesTheSubject() {
        let tree = DependencyTree(
            heads: [1, 5, 3, 1, 3, nil, 5, 5],
            labels: labels(["case", "obl", "punct", "appos", "flat", "root", "obj", "punct"]))
        let people = [false, false, false, false, true, false, false, false]
        let commas = [false, false, true, false, false, false, false, false]
        let mended = tree.withOpeningAppositionsAsSubjects(people: people, commas: commas)
        XCTAssertEqual(mended.heads[3], 5)
        XCTAssertEqual(mended.labels[3].rawValue, "nsubj")
        // no person in the apposition: left alone
        XCTAssertEqual(tree.withOpeningAppositionsAsSubjects(people: Array(repeating: false, count: 8), commas: commas), tree)
        // the verb has a subject already: left alone
        let subjected = DependencyTree(
            heads: [1, 5, 3, 1, 3, nil, 5, 5],
            labels: labels(["case", "obl", "punct", "appos", "flat", "root", "nsubj", "punct"]))
        XCTAssertEqual(subjected.withOpeningAppositionsAsSubjects(people: people, commas: commas), subjected)
    }

    /// "Algeria , which backs Polisario , recalled X ." parsed with "Algeria" the root and "recalled"
    /// an xcomp of "backs": "recalled" becomes the root with "Algeria" its subject.
    func testARelativeClauseClosesBeforeTheMainVerbWhenANameIsTheRoot() {
        let tree = DependencyTree(
            heads: [nil, 0, 3, 0, 6, 4, 3, 6, 0],
            labels: labels(["root", "punct", "nsubj", "acl:relcl", "nsubj", "punct", "xcomp", "obj", "punct"]))
        let which = [false, false, true, false, false, false, false, false, false]
        let commas = [false, true, false, false, false, true, false, false, false]
        let names = [true, false, false, false, true, false, false, true, false]
        let finite = [false, false, false, true, false, false, true, false, false]
        let mended = tree.withRelativeClausesClosed(relativePronouns: which, commas: commas, names: names, finiteVerbs: finite)
        XCTAssertEqual(mended.heads[6], nil)
        XCTAssertEqual(mended.heads[0], 6)
        XCTAssertEqual(mended.labels[0].rawValue, "nsubj")
        XCTAssertEqual(mended.heads[4], 3)
        XCTAssertEqual(mended.labels[4].rawValue, "obj")
        // a verb at the root already: left alone
        let rooted = DependencyTree(
            heads: [6, 0, 3, 0, 3, 4, nil, 6, 6],
            labels: labels(["nsubj", "punct", "nsubj", "acl:relcl", "obj", "punct", "root", "obj", "punct"]))
        XCTAssertEqual(rooted.withRelativeClausesClosed(relativePronouns: which, commas: commas, names: names, finiteVerbs: finite), rooted)
    }

    /// "X , whom Namibia accuses , later flew to Y ." parsed with "X" the root and "flew" its
    /// parataxis: "flew" becomes the root with "X" its subject, past the adverb after the comma.
    func testAnObjectRelativeClauseClosesBeforeAMainVerbHungOnTheName() {
        let tree = DependencyTree(
            heads: [nil, 4, 4, 4, 0, 7, 7, 0, 9, 7, 0],
            labels: labels(["root", "punct", "obj", "nsubj", "acl:relcl", "punct", "advmod", "parataxis", "case", "obl", "punct"]))
        let whom = [false, false, true, false, false, false, false, false, false, false, false]
        let commas = [false, true, false, false, false, true, false, false, false, false, false]
        let names = [true, false, false, true, false, false, false, false, false, true, false]
        let finite = [false, false, false, false, true, false, false, true, false, false, false]
        let adverbs = [false, false, false, false, false, false, true, false, false, false, false]
        let mended = tree.withRelativeClausesClosed(relativePronouns: whom, commas: commas, names: names, finiteVerbs: finite, adverbs: adverbs)
        XCTAssertEqual(mended.heads[7], nil)
        XCTAssertEqual(mended.heads[0], 7)
        XCTAssertEqual(mended.labels[0].rawValue, "nsubj")
        XCTAssertEqual(mended.heads[4], 0)
        XCTAssertEqual(mended.heads[3], 4)
        // no adverbs given: the word after the comma is no finite verb, and nothing moves
        XCTAssertEqual(tree.withRelativeClausesClosed(relativePronouns: whom, commas: commas, names: names, finiteVerbs: finite), tree)
    }

    /// "X called on rebels , whom Kenya backed ." parsed with "backed" an advcl of "called": it
    /// becomes the acl:relcl of "rebels".
    func testARelativeClauseAfterACommaHangsOnTheNounBeforeIt() {
        let tree = DependencyTree(
            heads: [1, nil, 3, 1, 7, 7, 7, 1, 1],
            labels: labels(["nsubj", "root", "case", "obl", "punct", "obj", "nsubj", "advcl", "punct"]))
        let whom = [false, false, false, false, false, true, false, false, false]
        let commas = [false, false, false, false, true, false, false, false, false]
        let nominals = [true, false, false, true, false, false, true, false, false]
        let mended = tree.withRelativeClausesOnTheirNouns(relativePronouns: whom, commas: commas, nominals: nominals)
        XCTAssertEqual(mended.heads[7], 3)
        XCTAssertEqual(mended.labels[7].rawValue, "acl:relcl")
        XCTAssertEqual(mended.heads[6], 7)
        // a clause already on its noun, or no noun before the comma: left alone
        let relative = DependencyTree(
            heads: [1, nil, 3, 1, 7, 7, 7, 3, 1],
            labels: labels(["nsubj", "root", "case", "obl", "punct", "obj", "nsubj", "acl:relcl", "punct"]))
        XCTAssertEqual(relative.withRelativeClausesOnTheirNouns(relativePronouns: whom, commas: commas, nominals: nominals), relative)
        let noNoun = [true, false, false, false, false, false, true, false, false]
        XCTAssertEqual(tree.withRelativeClausesOnTheirNouns(relativePronouns: whom, commas: commas, nominals: noNoun), tree)
    }

    /// "X met the envoy , Y , and urged Z ." with "Y" the nsubj of "urged": it becomes the appos of "envoy".
    func testANameBetweenCommasAfterAnObjectIsItsApposition() {
        let tree = DependencyTree(
            heads: [1, nil, 3, 1, 5, 8, 5, 8, 1, 8, 1],
            labels: labels(["nsubj", "root", "det", "obj", "punct", "nsubj", "punct", "cc", "conj", "obj", "punct"]))
        let names = [true, false, false, false, false, true, false, false, false, true, false]
        let commas = [false, false, false, false, true, false, true, false, false, false, false]
        let mended = tree.withAppositionsBeforeConjoinedVerbs(names: names, commas: commas)
        XCTAssertEqual(mended.heads[5], 3)
        XCTAssertEqual(mended.labels[5].rawValue, "appos")
        // "X met the envoy , and Y urged Z": no comma after the name, left alone
        let noClosingComma = [false, false, false, false, true, false, false, false, false, false, false]
        XCTAssertEqual(tree.withAppositionsBeforeConjoinedVerbs(names: names, commas: noClosingComma), tree)
    }

    /// "X spoke with Kenya envoy Smith ." with "Kenya" an obl of "spoke" (with "with") and "Smith" an
    /// unmarked obl: "Smith" becomes the obl with the preposition, "Kenya" a compound of "envoy".
    func testANameBeforeATitleInAnObliqueBecomesItsCompound() {
        // X(0) spoke(1) with(2) Kenya(3) envoy(4) Smith(5) .(6)
        let tree = DependencyTree(
            heads: [1, nil, 3, 1, 5, 1, 1],
            labels: labels(["nsubj", "root", "case", "obl", "nmod:desc", "obl", "punct"]))
        let names = [true, false, false, true, false, true, false]
        let titles = [false, false, false, false, true, false, false]
        let people = [true, false, false, false, false, true, false]
        let mended = tree.withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people)
        XCTAssertEqual(mended.heads[5], 1)
        XCTAssertEqual(mended.labels[5].rawValue, "obl")
        XCTAssertEqual(mended.heads[2], 5)
        XCTAssertEqual(mended.labels[3].rawValue, "compound")
        // the holder has a preposition of its own ("spoke with Kenya about envoy Smith"): left alone
        let own = DependencyTree(
            heads: [1, nil, 3, 1, 5, 1, 1],
            labels: labels(["nsubj", "root", "case", "obl", "case", "obl", "punct"]))
        XCTAssertEqual(own.withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people), own)
    }

    /// "X ordered Y to leave , accusing Z ." with "accusing" an advcl of "leave": it becomes an advcl
    /// of "ordered", whose subject is X.
    func testACommentingParticipleAfterAnInfinitiveIsRaisedToItsVerb() {
        // X(0) ordered(1) Y(2) to(3) leave(4) ,(5) accusing(6) Z(7) .(8)
        let tree = DependencyTree(
            heads: [1, nil, 1, 4, 1, 6, 4, 6, 1],
            labels: labels(["nsubj", "root", "obj", "mark", "xcomp", "punct", "advcl", "obj", "punct"]))
        let commas = [false, false, false, false, false, true, false, false, false]
        let commenting = [false, false, false, false, false, false, true, false, false]
        let marks = [false, false, false, true, false, false, false, false, false]
        let mended = tree.withCommentingParticiplesRaised(commas: commas, commenting: commenting, infinitiveMarks: marks)
        XCTAssertEqual(mended.heads[6], 1)
        // no comma before the participle: left alone
        XCTAssertEqual(
            tree.withCommentingParticiplesRaised(commas: [Bool](repeating: false, count: 9), commenting: commenting, infinitiveMarks: marks), tree)
    }

    /// "X condemned what it called Y 's aggression ." with "what" the obj of "condemned" and
    /// "aggression" the obj of "called": "aggression" becomes the obj of "condemned".
    func testAHedgedObjectBecomesTheOuterVerbsObject() {
        // X(0) condemned(1) what(2) it(3) called(4) Y(5) 's(6) aggression(7) .(8)
        let tree = DependencyTree(
            heads: [1, nil, 1, 4, 2, 7, 5, 4, 1],
            labels: labels(["nsubj", "root", "obj", "nsubj", "acl:relcl", "nmod:poss", "case", "obj", "punct"]))
        let whats = [false, false, true, false, false, false, false, false, false]
        let naming = [false, false, false, false, true, false, false, false, false]
        let mended = tree.withHedgedObjectsPassedOn(whats: whats, namingVerbs: naming)
        XCTAssertEqual(mended.heads[7], 1)
        XCTAssertEqual(mended.labels[7].rawValue, "obj")
        XCTAssertEqual(mended.heads[2], 7)
        XCTAssertEqual(mended.heads[4], 7)
        // a relative clause of another verb ("what it feared"): left alone
        XCTAssertEqual(tree.withHedgedObjectsPassedOn(whats: whats, namingVerbs: [Bool](repeating: false, count: 9)), tree)
    }

    /// "the envoy for Sudan , Perthes , met Hamdok ." with "Perthes" the appos of "Sudan": it becomes
    /// the title's apposition; an organisation's name after a place stays where it was.
    func testAPersonAfterATitlesPlaceIsTheTitlesApposition() {
        // the(0) envoy(1) for(2) Sudan(3) ,(4) Perthes(5) ,(6) met(7) Hamdok(8) .(9)
        let tree = DependencyTree(
            heads: [1, 7, 3, 1, 5, 3, 1, nil, 7, 7],
            labels: labels(["det", "nsubj", "case", "nmod", "punct", "appos", "punct", "root", "obj", "punct"]))
        let names = [false, false, false, true, false, true, false, false, true, false]
        let titles = [false, true, false, false, false, false, false, false, false, false]
        let people = [false, false, false, false, false, true, false, false, true, false]
        let commas = [false, false, false, false, true, false, true, false, false, false]
        let mended = tree.withTitlePlacesPassedToAppositions(people: people, names: names, titles: titles, commas: commas)
        XCTAssertEqual(mended.heads[5], 1)
        XCTAssertEqual(mended.labels[5].rawValue, "appos")
        // no title before the place ("the road to Sudan , Perthes"): left alone
        XCTAssertEqual(tree.withTitlePlacesPassedToAppositions(people: people, names: names, titles: [Bool](repeating: false, count: 10), commas: commas), tree)
        // the apposition names no person: left alone
        let noPerson = [false, false, false, false, false, false, false, false, true, false]
        XCTAssertEqual(tree.withTitlePlacesPassedToAppositions(people: noPerson, names: names, titles: titles, commas: commas), tree)
    }

    /// "X summoned the ambassador in Ankara , Levy , on Monday ." with "Ankara" an obl of the verb and
    /// "Levy" an unmarked nmod of it: the place becomes the title's nmod and the name its apposition.
    func testAPersonAfterATitlesPlaceOnTheVerbIsTheTitlesApposition() {
        // X(0) summoned(1) the(2) ambassador(3) in(4) Ankara(5) ,(6) Levy(7) ,(8) on(9) Monday(10) .(11)
        let tree = DependencyTree(
            heads: [1, nil, 3, 1, 5, 1, 7, 5, 10, 10, 1, 1],
            labels: labels(["nsubj", "root", "det", "obj", "case", "obl", "punct", "nmod:unmarked", "punct", "case", "obl", "punct"]))
        let names = [true, false, false, false, false, true, false, true, false, false, true, false]
        let titles = [false, false, false, true, false, false, false, false, false, false, false, false]
        let people = [false, false, false, false, false, false, false, true, false, false, false, false]
        let commas = [false, false, false, false, false, false, true, false, true, false, false, false]
        let mended = tree.withTitlePlacesPassedToAppositions(people: people, names: names, titles: titles, commas: commas)
        XCTAssertEqual(mended.heads[7], 3)
        XCTAssertEqual(mended.labels[7].rawValue, "appos")
        XCTAssertEqual(mended.heads[5], 3)
        XCTAssertEqual(mended.labels[5].rawValue, "nmod")
        // no comma before the name ("ambassador in Ankara Levy"): left alone
        var noComma = commas
        noComma[6] = false
        XCTAssertEqual(tree.withTitlePlacesPassedToAppositions(people: people, names: names, titles: titles, commas: noComma), tree)
        // the word before the place's preposition is no title ("met him in Ankara , Levy"): left alone
        XCTAssertEqual(tree.withTitlePlacesPassedToAppositions(people: people, names: names, titles: [Bool](repeating: false, count: 12), commas: commas), tree)
    }

    /// "X , whose anti - Islam party leads polls , criticised Y ." with the clause's verb the root: the
    /// noun "whose" modifies may stand a few words on.
    func testAWhoseClauseClosesWhenItsNounStandsAFewWordsOn() {
        let tree = DependencyTree(
            heads: [6, 5, 5, 5, 3, 6, nil, 6, 9, 7, 9, 6],
            labels: labels(["nsubj", "punct", "nmod:poss", "amod", "punct", "nsubj", "root", "obj", "punct", "acl", "obj", "punct"]))
        let whose = [false, false, true, false, false, false, false, false, false, false, false, false]
        let commas = [false, true, false, false, false, false, false, false, true, false, false, false]
        let names = [true, false, false, false, false, false, false, false, false, false, true, false]
        let finite = [false, false, false, false, false, false, true, false, false, true, false, false]
        let mended = tree.withWhoseClausesClosed(
            whose: whose, commas: commas, names: names, finiteVerbs: finite, pastParticiples: [Bool](repeating: false, count: 12))
        XCTAssertEqual(mended.heads[9], nil)
        XCTAssertEqual(mended.heads[0], 9)
        XCTAssertEqual(mended.heads[6], 0)
        XCTAssertEqual(mended.labels[6].rawValue, "acl:relcl")
    }

    /// "X deployed troops in Y , defying warnings ." with "defying" an acl of "Y": it becomes an
    /// advcl of "deployed"; "The talks , ending a war , began ." keeps it on the subject.
    func testAParticipleClauseAfterACommaIsTheClausesAdverbial() {
        let tree = DependencyTree(
            heads: [1, nil, 1, 4, 2, 6, 4, 6, 1],
            labels: labels(["nsubj", "root", "obj", "case", "nmod", "punct", "acl", "obj", "punct"]))
        let commas = [false, false, false, false, false, true, false, false, false]
        let gerunds = [false, false, false, false, false, false, true, false, false]
        let verbs = [false, true, false, false, false, false, true, false, false]
        let mended = tree.withTrailingParticiplesAsAdverbials(commas: commas, gerunds: gerunds, verbs: verbs)
        XCTAssertEqual(mended.heads[6], 1)
        XCTAssertEqual(mended.labels[6].rawValue, "advcl")
        let subject = DependencyTree(
            heads: [1, 7, 3, 1, 5, 3, 3, nil, 7],
            labels: labels(["det", "nsubj", "punct", "acl", "det", "obj", "punct", "root", "punct"]))
        XCTAssertEqual(
            subject.withTrailingParticiplesAsAdverbials(
                commas: [false, false, true, false, false, false, true, false, false], gerunds: [false, false, false, true, false, false, false, false, false],
                verbs: [false, false, false, true, false, false, false, true, false]), subject)
    }
}

extension DependencyTreeRepairsTests {
    /// "Mali , Burkina and Niger left" with "Burkina" a second subject of "left" and "Niger" its
    /// conjunct: "Burkina" becomes the first subject's conjunct.
    func testASecondNamedSubjectWithAConjunctAfterACommaIsTheListsSecondMember() {
        let tree = DependencyTree(
            heads: [5, 2, 5, 4, 2, nil], labels: labels(["nsubj", "punct", "nsubj", "cc", "conj", "root"]))
        let names = [true, false, true, false, true, false]
        let commas = [false, true, false, false, false, false]
        let ands = [false, false, false, true, false, false]
        let mended = tree.withListedNamesAsConjuncts(names: names, commas: commas, coordinators: ands)
        XCTAssertEqual(mended.heads[2], 0)
        XCTAssertEqual(mended.labels[2].rawValue, "conj")
        XCTAssertEqual(mended.heads[4], 2)
        // with no conjunct of its own the second subject is left as it is ("Mali , Burkina left")
        let pair = DependencyTree(heads: [3, 2, 3, nil], labels: labels(["nsubj", "punct", "nsubj", "root"]))
        XCTAssertEqual(pair.withListedNamesAsConjuncts(names: [true, false, true, false], commas: [false, true, false, false], coordinators: [false, false, false, false]), pair)
    }

    /// "accusing Doha of failing" with "Doha" the subject of "failing": it becomes the object of "accusing".
    func testASubjectBeforeAnOfGerundBecomesTheVerbsObject() {
        let tree = DependencyTree(heads: [nil, 3, 3, 0], labels: labels(["root", "nsubj", "mark", "advcl"]))
        let ofWords = [false, false, true, false]
        let gerunds = [true, false, false, true]
        let mended = tree.withSubjectsBeforeOfGerundsAsObjects(ofWords: ofWords, gerunds: gerunds)
        XCTAssertEqual(mended.heads[1], 0)
        XCTAssertEqual(mended.labels[1].rawValue, "obj")
        // a gerund after "of" with its subject elsewhere ("the fear of Doha failing"): no "of" right
        // before the gerund, nothing moves
        let other = DependencyTree(heads: [nil, 0, 3, 0], labels: labels(["root", "nmod", "nsubj", "advcl"]))
        XCTAssertEqual(other.withSubjectsBeforeOfGerundsAsObjects(ofWords: [false, true, false, false], gerunds: gerunds), other)
    }

    /// "The accord was signed in the capital by Smith": "Smith", an nmod of "capital", becomes the agent
    /// of "signed"; in "by negotiator Smith" the "by" hangs on the title before the name.
    func testANameThatByIntroducesInAPassivesAdverbialIsItsAgent() {
        // The accord was signed in the capital by Smith
        let tree = DependencyTree(
            heads: [1, 3, 3, nil, 6, 6, 3, 8, 6], labels: labels(["det", "nsubj:pass", "aux:pass", "root", "case", "det", "obl", "case", "nmod"]))
        let byWords = [false, false, false, false, false, false, false, true, false]
        let names = [false, false, false, false, false, false, false, false, true]
        let mended = tree.withAgentsOfPassivesRaisedFromAdverbials(byWords: byWords, names: names)
        XCTAssertEqual(mended.heads[8], 3)
        XCTAssertEqual(mended.labels[8].rawValue, "obl:agent")
        // signed by negotiator Smith, with "Smith" an obj and "by" on "negotiator"
        let onTheTitle = DependencyTree(heads: [nil, 2, 3, 0], labels: labels(["root", "case", "nmod:desc", "obj"]))
        let raised = onTheTitle.withAgentsOfPassivesRaisedFromAdverbials(byWords: [false, true, false, false], names: [false, false, false, true])
        XCTAssertEqual(raised, onTheTitle, "no passive auxiliary: an active verb's object stays")
        let passive = DependencyTree(heads: [2, 2, nil, 4, 5, 2], labels: labels(["nsubj:pass", "aux:pass", "root", "case", "nmod:desc", "obj"]))
        let agent = passive.withAgentsOfPassivesRaisedFromAdverbials(
            byWords: [false, false, false, true, false, false], names: [true, false, false, false, false, true])
        XCTAssertEqual(agent.labels[5].rawValue, "obl:agent")
        // a passive with an agent already keeps it
        let withAgent = DependencyTree(
            heads: [1, 3, 3, nil, 6, 6, 3, 8, 6, 10, 3], labels: labels(["det", "nsubj:pass", "aux:pass", "root", "case", "det", "obl", "case", "nmod", "case", "obl:agent"]))
        XCTAssertEqual(
            withAgent.withAgentsOfPassivesRaisedFromAdverbials(byWords: byWords + [true, false], names: names + [false, true]), withAgent)
    }
}
