import XCTest

@testable import KGExtraction

/// The twenty-ninth pass on unseen news: a person described before the name after "headed by" ("the
/// commission, headed by retired army chief X") heads the body, and the participle is no act of the
/// body's; a place named after "the DEMONYM city of" ("the Iraqi city of Arbil", "the North Korean
/// border city of Kaesong") stands toward the demonym's country as that noun says; an irregular
/// verb form the tagger read as a preposition or a noun ("froze", "overran", "told") a verb; a
/// clause after "as" the parser hung on a phrase ("on Friday as President X swore in") no part of
/// what the phrase names; the Tuareg particle "ag" inside a person's name ("Aghaly ag Alambo"); a
/// state's mission closed in a capital a cut with the capital's country ("closed its embassy in
/// Tehran"); a body ruling a place its ruler ("Hamas, which rules the Gaza Strip"); "X, a former
/// Chilean foreign minister" a title left, which bars no other holder; a capitalized portfolio before
/// "Minister" part of the title ("Hydrocarbons Minister X"); a first name and a place's head noun
/// that is also a surname, after a title, a person's name ("its ambassador, Kathryn Hall"); a plural
/// title with its holders right after it ("Presidents X of Ghana and Y of Nigeria"); a company's
/// officers' titles ("chief financial officer"); the body a demonym and class nouns describe after a
/// title's "of" ("the chief financial officer of Chinese telecommunications giant Huawei"); a state's
/// name in another language that is a first name opening a person's name ("Dominique Pin"); a bare
/// infinitive's object no object of the verb before it ("to help fight Islamic State"); an act a
/// charge's gerund aims at alleged, not done ("accused Greece of seeking to confine Turkey"); a
/// participle of what was done to a person before his title, with no doer before it, no act ("to
/// restore ousted President X"); the caller doing what he calls for ("telephoned X to congratulate him");
/// a bare title after ", and" held in the country the clause before names alone, its subject; a
/// titled first name opening a person's name whatever its last word ("Minister Andres Soliz Rada");
/// two unfamiliar plain words owning what follows a person's name ("Joerg Haider's far-right party");
/// a name a body's class noun describes in apposition, before or after it, that body's ("Chile's
/// biggest retailer, Falabella,"; "Al Wefaq, the country's main opposition group,"); a name ending
/// in an acronym a company's ("Repsol YPF").
final class TwentyNinthRecallPassTests: ExtractionTestCase {
    func testADescribedPersonAfterHeadedByHeadsTheBody() throws {
        XCTAssertEqual(
            try all("The Anti-Corruption Commission (ACC), headed by retired army chief Hasan Mashhud Chowdhury, opened an inquiry."),
            ["Hasan Mashhud Chowdhury -head-> Anti-Corruption Commission"])
        XCTAssertEqual(
            try all("The Anti-Corruption Commission, headed by former general Hasan Mashhud Chowdhury, opened an inquiry."),
            ["Hasan Mashhud Chowdhury -head-> Anti-Corruption Commission"])
        // a description that is no title or rank: no holder
        XCTAssertEqual(try all("The Anti-Corruption Commission, headed by cheering crowds near Hasan Mashhud Chowdhury, opened an inquiry."), [])
    }

    func testAPlaceAfterADemonymsCityOfStandsTowardTheCountry() throws {
        XCTAssertEqual(try all("The minister flew to the French city of Metz on Sunday."), ["Metz -city-> France"])
        XCTAssertEqual(
            try all("The two sides agreed to open an office in the North Korean border city of Kaesong."), ["Kaesong -city-> North Korea"])
        XCTAssertEqual(try all("Refugees crossed into the Tunisian port of Sfax."), ["Sfax -port-> Tunisia"])
        // no demonym before the noun: no standing
        XCTAssertEqual(try all("The minister flew to the city of Metz on Sunday."), [])
    }

    func testAnIrregularPastFormReadAsAPrepositionIsAVerb() throws {
        XCTAssertEqual(try all("The World Bank froze its loans to Honduras."), ["World Bank -freeze-> Honduras"])
        XCTAssertEqual(try all("A US official told CNN that a meeting is unlikely."), ["United States -tell-> CNN"])
    }

    func testIrregularVerbTagsKeepNounsAndPrepositions() throws {
        let lemmatizer = try Lemmatizer.bundled()
        let lexicon = try WordTagger.bundled().tagger.lexicon
        let tagged = [
            PartOfSpeech(upos: .PROPN, xpos: .NNP), PartOfSpeech(upos: .ADP, xpos: .IN), PartOfSpeech(upos: .PRON, xpos: .PRPS),
            PartOfSpeech(upos: .NOUN, xpos: .NNS),
        ]
        XCTAssertEqual(IrregularVerbTags.mended(["Japan", "froze", "its", "loans"], tags: tagged, lemmatizer: lemmatizer, wordClasses: lexicon)[1], PartOfSpeech(upos: .VERB, xpos: .VBD))
        // a real preposition stays one
        XCTAssertEqual(IrregularVerbTags.mended(["Japan", "with", "its", "loans"], tags: tagged, lemmatizer: lemmatizer, wordClasses: lexicon)[1], tagged[1])
        // a participle after "was"
        let passive = [PartOfSpeech(upos: .PROPN, xpos: .NNP), PartOfSpeech(upos: .AUX, xpos: .VBD), PartOfSpeech(upos: .ADP, xpos: .IN)]
        XCTAssertEqual(IrregularVerbTags.mended(["Bakiyev", "was", "overthrown"], tags: passive, lemmatizer: lemmatizer, wordClasses: lexicon)[2], PartOfSpeech(upos: .VERB, xpos: .VBN))
        // a noun that shares the form keeps its tag ("won", the currency; "shot")
        let noun = [PartOfSpeech(upos: .DET, xpos: .DT), PartOfSpeech(upos: .NOUN, xpos: .NN)]
        XCTAssertEqual(IrregularVerbTags.mended(["the", "shot"], tags: noun, lemmatizer: lemmatizer, wordClasses: lexicon)[1], noun[1])
        XCTAssertEqual(IrregularVerbTags.mended(["the", "told"], tags: noun, lemmatizer: lemmatizer, wordClasses: lexicon)[1], PartOfSpeech(upos: .VERB, xpos: .VBD))
    }

    func testAPersonAfterAsInAPhraseIsNotWhatThePhraseNames() throws {
        XCTAssertEqual(
            try all("France, Germany and Belgium froze contacts with Austria on Friday as President Thomas Klestil swore in a coalition."),
            ["Belgium -freeze-> Austria", "France -freeze-> Austria", "Germany -freeze-> Austria", "Thomas Klestil -president-> Austria"])
    }

    func testAgIsAParticleInsideAName() throws {
        XCTAssertEqual(
            try all("The Niger Movement for Justice (MNJ), led by former minister Aghaly ag Alambo, denied the charge."),
            ["Aghaly ag Alambo -leader-> Niger Movement for Justice"])
    }

    func testClosingAMissionInACapitalCutsTiesWithItsCountry() throws {
        XCTAssertEqual(
            try all("Iran protested. Britain closed its own embassy in Tehran on Wednesday."),
            ["United Kingdom -close-> Iran"])
        // a mission's place that is no capital of a named country: no cut with anyone
        XCTAssertEqual(try all("Iran protested. Britain closed its own embassy in the old town."), [])
    }

    func testABodyRulingAPlaceIsItsRuler() throws {
        XCTAssertEqual(try all("Hamas, which rules the Gaza Strip, rejected the agreement."), ["Hamas -ruler-> Gaza Strip"])
    }

    func testATitleInAnAppositionAfterFormerIsLeft() throws {
        XCTAssertEqual(
            try all(
                "LIMA - Jose Miguel Insulza, a former Chilean foreign minister, urged calm. Chile recalled its ambassador from Lima, and Foreign Minister Alejandro Foxley said Santiago would defend its position."
            ),
            [
                "Alejandro Foxley -foreign minister-> Chile", "Chile -recall-> Peru", "Jose Miguel Insulza -foreign minister-> Chile",
            ])
    }

    func testACapitalizedPortfolioBeforeMinisterIsPartOfTheTitle() throws {
        XCTAssertEqual(
            try all("Hydrocarbons Minister Andres Soliz Rada warned Petrobras that it would lose its licence."),
            ["Andres Soliz Rada -warn-> Petrobras"])
    }

    func testAFirstNameAndASurnameLikeAPlacesHeadAfterATitleIsAPerson() throws {
        XCTAssertEqual(
            try all("The United States recalled its ambassador, Kathryn Hall, for consultations."),
            ["Kathryn Hall -ambassador-> United States", "United States -recall-> Kathryn Hall"])
        XCTAssertEqual(try extract("Ambassador Kathryn Hall spoke.").entities.map(\.type), [.person])
        // no title before it, or a head that is no surname: a place
        XCTAssertEqual(try extract("Crowds filled Albert Hall.").entities.map(\.type), [.location])
        XCTAssertEqual(try extract("Troops crossed King Fahd Causeway.").entities.map(\.type), [.location])
    }

    func testAPluralTitleMayHaveItsListRightAfterIt() throws {
        XCTAssertEqual(
            try all("Presidents John Mahama of Ghana, Goodluck Jonathan of Nigeria and Macky Sall of Senegal landed."),
            ["Goodluck Jonathan -president-> Nigeria", "John Mahama -president-> Ghana", "Macky Sall -president-> Senegal"])
        // the comma-opened list as before
        XCTAssertEqual(
            try all("The foreign ministers, Nikos Kotzias of Greece and Nikola Dimitrov of Macedonia, signed."),
            [
                "Nikola Dimitrov -minister-> North Macedonia", "Nikola Dimitrov -sign-> Nikos Kotzias", "Nikos Kotzias -minister-> Greece",
                "Nikos Kotzias -sign-> Nikola Dimitrov",
            ])
    }

    func testTheBodyADemonymDescribesAfterATitlesOfHoldsIt() throws {
        XCTAssertEqual(
            try all("Canada arrested Meng Wanzhou, the chief financial officer of Chinese telecommunications giant Huawei, on Saturday."),
            ["Canada -arrest-> Meng Wanzhou", "Huawei -giant-> China", "Meng Wanzhou -chief financial officer-> Huawei"])
        // a demonym with no body after it: the country
        XCTAssertEqual(
            try all("Police arrested Ana Ruiz, the former head of Chilean intelligence, on Saturday."), ["Ana Ruiz -head-> Chile"])
    }

    func testAStatesForeignNameThatIsAFirstNameOpensAPersonsName() throws {
        XCTAssertEqual(
            try all("Niger expelled Dominique Pin, the head of French nuclear group Areva."),
            ["Dominique Pin -head-> Areva", "Niger -expel-> Dominique Pin"])
        XCTAssertEqual(try extract("Dominique Strauss-Kahn resigned.").entities.map(\.name), ["Dominique Strauss-Kahn"])
    }

    func testABareInfinitivesObjectIsNotTheVerbsBeforeIt() throws {
        XCTAssertEqual(
            try all("The United States keeps troops in Iraq to help fight Islamic State."),
            ["United States -fight-> Islamic State", "United States -keep-> Iraq"])
        XCTAssertEqual(try all("The United States helped Iraq on Monday."), ["United States -help-> Iraq"])
    }

    func testAnActAChargesGerundAimsAtIsNotDone() throws {
        XCTAssertEqual(
            try all("Geng Shuang accused India of using religion to split China."), ["Geng Shuang -accuse-> India"])
        // an aim with no charge before it is the doer's
        XCTAssertEqual(try all("Russia is using its army to split Ukraine."), ["Russia -split-> Ukraine"])
    }

    func testAParticipleDescribingAPersonIsNoAct() throws {
        XCTAssertEqual(
            try all("Brazil said it would shelter ousted President Manuel Zelaya in its embassy."), ["Brazil -shelter-> Manuel Zelaya"])
        // after its doer it is the verb
        XCTAssertEqual(try all("The Honduran army ousted President Manuel Zelaya on Sunday."), ["Honduran Army -oust-> Manuel Zelaya"])
    }

    func testTheCallerDoesWhatHeCallsFor() throws {
        XCTAssertEqual(
            try all("U.S. President Bill Clinton telephoned Alberto Fujimori to congratulate him."),
            ["Bill Clinton -congratulate-> Alberto Fujimori", "Bill Clinton -president-> United States", "Bill Clinton -telephone-> Alberto Fujimori"])
        // one who orders: the object acts
        XCTAssertEqual(try all("Russia ordered Belarus to attack Ukraine."), ["Belarus -attack-> Ukraine", "Russia -order-> Belarus"])
    }

    func testABareTitleAfterAndIsHeldInTheLoneCountryOfTheClauseBefore() throws {
        XCTAssertEqual(
            try all(
                "VIENNA - Austria swore in the cabinet. Israel recalled its ambassador, Nathan Meron, from Vienna, and Foreign Minister David Levy said the Jewish state could not work with it."
            ),
            ["David Levy -foreign minister-> Israel", "Israel -recall-> Nathan Meron", "Nathan Meron -ambassador-> Israel"])
    }

    func testATitledFirstNameOpensAPersonsNameWhateverItsLastWord() throws {
        XCTAssertEqual(try extract("Hydrocarbons Minister Andres Soliz Rada spoke.").entities.map(\.type), [.person])
        XCTAssertEqual(try extract("Planning Minister Ana Maria Congress spoke.").entities.map(\.type), [.person])
        // untitled, an institution's head noun ends a body's name
        XCTAssertEqual(try extract("The Ana Maria Congress voted.").entities.map(\.type), [.organization])
    }

    func testTwoUnfamiliarWordsOwningWhatFollowsAreAPersonsName() throws {
        XCTAssertEqual(
            try extract("The coalition brings Joerg Haider's far-right party into government.").entities.map { "\($0.name)|\($0.type)" },
            ["Joerg Haider|person"])
        // a known place keeps its type
        XCTAssertEqual(try extract("Costa Rica's president spoke.").entities.map(\.type), [.country])
    }

    func testANameABodysClassNounDescribesInAppositionIsThatBodys() throws {
        XCTAssertEqual(
            try all("Chile's biggest retailer, Falabella, invested in Peru."), ["Falabella -retailer-> Chile"])
        XCTAssertEqual(
            try extract("Al Wefaq, the country's main opposition group, rejected the accord.").entities.map { "\($0.name)|\($0.type)" },
            ["Al Wefaq|organization"])
        // a title in the apposition: a person
        XCTAssertEqual(
            try extract("Ali Salman, the group's secretary-general, rejected the accord.").entities.map { "\($0.name)|\($0.type)" },
            ["Ali Salman|person"])
    }

    func testANameEndingInAnAcronymIsACompanys() throws {
        XCTAssertEqual(try extract("Repsol YPF said it would comply.").entities.map { "\($0.name)|\($0.type)" }, ["Repsol YPF|organization"])
        // a known first name before it: a person
        XCTAssertFalse(try extract("John ABC said it would comply.").entities.contains { $0.name == "John ABC" && $0.type == .organization })
    }
}
