import KGExtraction
import KGModel
import XCTest

/// Unknown names typed by their shape and head word, as in text the rules were never tuned on.
final class EntityNameShapeTests: ExtractionTestCase {
    func testKnownNameOpeningALongerHeadedNameGivesTheWholeName() throws {
        let doc = try extract("The probe was launched from the Denver Space Center last year.")
        XCTAssertEqual(entity(doc, "Denver Space Center")?.type, .location, "\(doc.entities)")
        // the city inside the name is a place of its own, and takes no part in relations
        XCTAssertFalse(doc.entities.contains { $0.type == .person }, "\(doc.entities)")
    }

    func testKoreanGivenNameWhoseSecondSyllableIsAnEverydayWordStaysWhole() throws {
        let doc = try extract("U.N. Secretary-General Ban Ki-moon and President Moon Jae-in met in Seoul.")
        XCTAssertEqual(entity(doc, "Ban Ki-moon")?.type, .person, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Moon Jae-in")?.type, .person, "\(doc.entities)")
        XCTAssertNil(entity(doc, "Ban Ki"), "\(doc.entities)")
    }

    func testKoreanSurnameOrGivenSyllableThatIsAnEverydayWordStaysInTheName() throws {
        let doc = try extract("Kim You-geun, deputy director of the office, said talks had failed. Later Park Ji-won met the envoy.")
        XCTAssertEqual(entity(doc, "Kim You-geun")?.type, .person, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Park Ji-won")?.type, .person, "\(doc.entities)")
        XCTAssertNil(entity(doc, "Kim"), "\(doc.entities)")
        XCTAssertNil(entity(doc, "Ji-won"), "\(doc.entities)")
    }

    func testHyphenatedWordOpeningASentenceIsNoEastAsianName() throws {
        let doc = try extract("Post-war Norway sent aid to Chile.")
        XCTAssertFalse(doc.entities.contains { $0.type == .person }, "\(doc.entities)")
    }

    func testATitlesOrAMonthsWordEndingANameAfterAFirstNameIsTheSurname() throws {
        let doc = try extract("Foreign Minister Julie Bishop met Theresa May in London, and Hans van den Broek joined them.")
        XCTAssertEqual(entity(doc, "Julie Bishop")?.type, .person, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Theresa May")?.type, .person, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Hans van den Broek")?.type, .person, "\(doc.entities)")
        // a title after a first name that is a place's name, or before another name word, is no surname
        let other = try extract("Officials said Jordan King Abdullah and Georgia President Mikheil Saakashvili met on Monday.")
        XCTAssertNil(entity(other, "Jordan King"), "\(other.entities)")
        XCTAssertNil(entity(other, "Georgia President"), "\(other.entities)")
        XCTAssertEqual(entity(other, "Mikheil Saakashvili")?.type, .person, "\(other.entities)")
    }

    func testAFathersNameAfterBinIsNotTheSonsName() throws {
        let doc = try extract(
            "King Hamad bin Isa al-Khalifa and Crown Prince Salman bin Hamad al-Khalifa spoke. King Hamad gave the army chief new powers.")
        let king = try XCTUnwrap(entity(doc, "Hamad bin Isa al-Khalifa"), "\(doc.entities)")
        XCTAssertTrue(king.aliases.contains("Hamad"), "\(doc.entities)")
        XCTAssertFalse(entity(doc, "Salman bin Hamad al-Khalifa")?.aliases.contains("Hamad") ?? true, "\(doc.entities)")
    }

    func testACausewayAndARoundaboutArePlaces() throws {
        let doc = try extract("Saudi troops crossed the King Fahd Causeway and protesters returned to the Pearl Roundabout.")
        XCTAssertEqual(entity(doc, "King Fahd Causeway")?.type, .location, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Pearl Roundabout")?.type, .location, "\(doc.entities)")
    }

    func testMilitaryBeforeANounOfRuleIsNoArmedForces() throws {
        let doc = try extract("Nigeria's military ruler, General Sani Abacha, flew to Dakar, and Nigeria's military sent troops.")
        XCTAssertEqual(doc.entities.filter { $0.type == .organization }.map(\.name), ["Nigerian Armed Forces"], "\(doc.entities)")
        let ruled = try extract("Nigeria's military ruler, General Sani Abacha, flew to Dakar.")
        XCTAssertFalse(ruled.entities.contains { $0.type == .organization }, "\(ruled.entities)")
    }

    func testAGulfRulersNameKeepsItsCapitalizedParticleAndAWordAfterIt() throws {
        let doc = try extract("Shehbaz Sharif thanked Qatar's emir, Sheikh Tamim bin Hamad Al Thani, for the talks.")
        XCTAssertEqual(entity(doc, "Tamim bin Hamad Al Thani")?.type, .person, "\(doc.entities)")
        XCTAssertNil(entity(doc, "Tamim bin Hamad"), "\(doc.entities)")
    }

    func testASomaliNamesInnerSheikhIsPartOfIt() throws {
        let doc = try extract("Egyptian President Abdel Fattah al-Sisi telephoned Hassan Sheikh Mohamud on Wednesday.")
        XCTAssertEqual(entity(doc, "Hassan Sheikh Mohamud")?.type, .person, "\(doc.entities)")
        XCTAssertNil(entity(doc, "Hassan"), "\(doc.entities)")
        // a title after a given name that ends the name is no inner title
        XCTAssertNil(entity(try extract("He met Hassan, Sheikh of the tribe, in Mogadishu."), "Hassan Sheikh"))
    }

    func testFamilyNameSharedByTwoPeopleStaysWithTheFirstNamed() throws {
        let doc = try extract(
            "China jailed Liu Xiaobo in 2009. Police placed Liu's wife, Liu Xia, under house arrest. Norway urged China to free Liu.")
        let liu = try XCTUnwrap(entity(doc, "Liu Xiaobo"), "\(doc.entities)")
        XCTAssertNil(entity(doc, "Liu"), "\(doc.entities)")
        XCTAssertTrue(doc.facts.contains { $0.subject == entity(doc, "Norway")?.id && $0.object == liu.id }, "\(doc.facts)")
        let wife = try XCTUnwrap(entity(doc, "Liu Xia"), "\(doc.entities)")
        XCTAssertTrue(doc.facts.contains { $0.subject == wife.id && $0.object == liu.id && $0.kind == .role }, "\(doc.facts)")
    }

    func testHeadOpeningANameWithOfIsAnInstitution() throws {
        let doc = try extract("She taught at the University of Avalon for ten years.")
        XCTAssertEqual(entity(doc, "University of Avalon")?.type, .organization, "\(doc.entities)")
    }

    func testWorksAndStormsAreNotEntities() throws {
        let doc = try extract("He wrote the Harvest Symphony before Cyclone Mirela struck the coast.")
        XCTAssertTrue(doc.entities.isEmpty, "\(doc.entities)")
    }

    func testUnknownNameWithEverydayWordsIsNoPerson() throws {
        let doc = try extract("The film Silver Harbour Nights won praise.")
        XCTAssertFalse(doc.entities.contains { $0.type == .person }, "\(doc.entities)")
    }

    func testPeopleInAListKeepSurnamesThatAreEverydayWords() throws {
        let doc = try extract("The society was founded by Henry Sweet and Paul Passy in Paris.")
        XCTAssertEqual(entity(doc, "Henry Sweet")?.type, .person, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Paul Passy")?.type, .person)
    }

    func testPlaceNameAfterATitleIsASurname() throws {
        let doc = try extract("Senator Denver opposed the bill.")
        XCTAssertEqual(entity(doc, "Denver")?.type, .person, "\(doc.entities)")
    }

    func testUnknownNameAfterATitleAndCommaBeforeOfIsAPerson() throws {
        let doc = try extract("The main opposition leader, Tembeka Ndlovu of the Popular Front, flew to Harare.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }),
            ["Tembeka Ndlovu|person", "Popular Front|organization", "Harare|location"], "\(doc.entities)")
    }

    func testSurnameSpelledLikeACapitalStaysInTheName() throws {
        let doc = try extract("The leader of the rebels, Rodrigo Londono, signed the deal. Londono later spoke in Havana.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Rodrigo Londono|person", "Havana|location"], "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Rodrigo Londono")?.aliases.contains("Londono"), true, "\(doc.entities)")
    }

    func testADaysNameBeforeACapitalIsNoFirstName() throws {
        let doc = try extract("On Friday Kigali recognized the new government.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Rwanda|country"], "\(doc.entities)")
    }

    func testRecurringUnknownAcronymIsAnOrganization() throws {
        let doc = try extract("ZORBA launched a probe. Engineers at ZORBA said it worked.")
        XCTAssertEqual(entity(doc, "ZORBA")?.type, .organization, "\(doc.entities)")
        let once = try extract("The XQZ reading was high.")
        XCTAssertNil(entity(once, "XQZ"))
    }

    func testCapitalIsTheCityUnlessItActs() throws {
        let city = try extract("Lima is a large city, and the Lima music critic liked the show.")
        XCTAssertEqual(entity(city, "Lima")?.type, .location, "\(city.entities)")
        XCTAssertNil(entity(city, "Peru"))
        let voice = try extract("Lima protested the decision on Monday.")
        XCTAssertEqual(entity(voice, "Peru")?.type, .country, "\(voice.entities)")
    }

    func testDemonymAloneMakesNoCountry() throws {
        let doc = try extract("The gallery in Chicago shows Danish paintings.")
        XCTAssertNil(entity(doc, "Denmark"), "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Chicago")?.type, .location)
        let actors = try extract("Danish troops crossed the border.")
        XCTAssertEqual(entity(actors, "Denmark")?.type, .country, "\(actors.entities)")
    }

    func testMonthsAndSentenceOpenersAreNotNames() throws {
        let doc = try extract("Lesser-known works followed. In March the band toured.")
        XCTAssertTrue(doc.entities.isEmpty, "\(doc.entities)")
    }

    func testHyphenedParticleNameWithCurlyPossessiveIsAPerson() throws {
        let doc = try extract("Yesterday Al-Nasser\u{2019}s men left the town.")
        XCTAssertEqual(entity(doc, "Al-Nasser")?.type, .person, "\(doc.entities)")
    }

    func testDependentTerritoryIsAPlaceNotACountry() throws {
        let doc = try extract("Protesters marched in Hong Kong and Greenland voted.")
        XCTAssertEqual(entity(doc, "Hong Kong")?.type, .location, "\(doc.entities)")
        XCTAssertFalse(doc.entities.contains { $0.type == .country }, "\(doc.entities)")
    }

    func testContractionsOfIAreNoNames() throws {
        let doc = try extract("I've said it before and I'm saying it again.")
        XCTAssertTrue(doc.entities.isEmpty, "\(doc.entities)")
    }

    func testNameWrittenInCapitalsIsAPerson() throws {
        let doc = try extract("In the report, MARIA LOPEZ and Mark Webb agreed.")
        XCTAssertEqual(entity(doc, "Maria Lopez")?.type, .person, "\(doc.entities)")
    }

    func testShortWordInCapitalsIsAnAcronymNotATown() throws {
        let doc = try extract("The Organization of American States (OAS) met. The OAS said it would monitor the deal.")
        XCTAssertEqual(doc.entities.map(\.name), ["Organization of American States"], "\(doc.entities)")
    }
}
