import KGExtraction
import KGModel
import XCTest

/// Entity cues of the ninth pass on unseen news: the exact entities (name, type and aliases) of
/// sentences of their own.
final class EntityNinthPassTests: ExtractionTestCase {
    /// "name: alias, alias" for every entity of `text`, aliases sorted.
    func aliases(_ text: String) throws -> Set<String> {
        Set(try extract(text).entities.map { "\($0.name): \($0.aliases.sorted().joined(separator: ", "))" })
    }

    // GeoNames lists the dissolved union beside today's state, both with Belgrade as capital
    func testACapitalADissolvedUnionSharedSpeaksForTodaysState() throws {
        XCTAssertEqual(try entities("Belgrade said on Tuesday it had expelled two diplomats."), ["Serbia country"])
    }

    func testTheUnionIsStillNamedByItsOwnNames() throws {
        XCTAssertEqual(try entities("Yugoslavia was suspended."), ["Serbia and Montenegro country"])
    }
}

/// An institution named with its state keeps its own capitalized words as an alias
/// (`MentionResolver.addInstitutionAliases`).
final class InstitutionOwnNameAliasTests: ExtractionTestCase {
    /// "name: alias, alias" for every organization of `text`, aliases sorted.
    func bodies(_ text: String) throws -> Set<String> {
        Set(try extract(text).entities.filter { $0.type == .organization }.map { "\($0.name): \($0.aliases.sorted().joined(separator: ", "))" })
    }

    func testAStatesPossessiveBeforeACourtLeavesTheCourtsOwnName() throws {
        XCTAssertEqual(
            try bodies("Tarsk, May 2 - Peru's Supreme Court annulled the vote on Friday."),
            ["Peruvian Supreme Court: Peru's Supreme Court, Peruvian Supreme Court, Supreme Court"])
    }

    func testADemonymBeforeAChambersOneWordNameLeavesIt() throws {
        XCTAssertEqual(try bodies("The speaker of the Russian Duma attended."), ["Russian Duma: Duma, Russian Duma"])
    }

    func testAnEverydayWordAloneIsNoAlias() throws {
        XCTAssertEqual(try bodies("The Russian Parliament voted on Friday."), ["Russian Parliament: Russian Parliament"])
    }

    func testADemonymThatIsPartOfAPartysNameStays() throws {
        XCTAssertEqual(
            try bodies("The Maldivian Democratic Party won the vote."), ["Maldivian Democratic Party: Maldivian Democratic Party"])
    }

    func testALowerCaseInstitutionGivesNoAlias() throws {
        XCTAssertEqual(try bodies("Peru's supreme court annulled the vote."), ["Peruvian Supreme Court: Peru's supreme court, Peruvian Supreme Court"])
    }
}

/// Names spelled in capitals and names with an elided particle (`GazetteerEntry.spelledInCapitals`,
/// `EntityRecognizer.isElidedParticleName`).
final class NameSpellingTests: ExtractionTestCase {
    func testTwoCapitalsOfAStateWrittenAsAWordAreNoState() throws {
        XCTAssertEqual(try entities("Police named Pak Uk Chol, a clerk of the state airline Air Koryo."), ["Pak Uk Chol person", "Air Koryo organization"])
    }

    func testTheStateSpelledInCapitalsIsStillTheState() throws {
        XCTAssertEqual(try entities("The UK said on Monday it would act."), ["United Kingdom country"])
    }

    func testAnElidedParticleInsideAKnownPlaceStaysInTheBodysName() throws {
        XCTAssertEqual(
            try entities("The Central Bank of Cote d'Ivoire raised its rates on Monday."),
            ["Central Bank of Cote d'Ivoire organization"])
    }

    func testAStatesOwnNameWithoutItsAccentsIsTheState() throws {
        XCTAssertEqual(try entities("Cote d'Ivoire said on Monday it would vote."), ["Ivory Coast country"])
    }
}

/// Page furniture of the ninth pass: a byline's place and a heading of related stories.
final class NinthPassFurnitureTests: ExtractionTestCase {
    func testABylineWithItsPlaceKeepsItsAuthor() throws {
        XCTAssertEqual(
            try entities("By Mirela Kostic in Tarsk\n\nChile condemned Peru on Friday."), ["Mirela Kostic person", "Chile country", "Peru country"])
    }

    func testRelatedCoverageOpensTheLinksBelowTheArticle() throws {
        let page =
            "Chile condemned Peru on Friday after a border clash near Tacna that killed two soldiers.\n\nRelated coverage\n"
            + "- Bolivia: troops extend patrols around Oruro\n- Kosovo Albanians boycott schools\n"
        XCTAssertEqual(try entities(page), ["Chile country", "Peru country", "Tacna location"])
    }
}

/// A kind of body before a name names the body (`NameCues.organizationClassNouns`).
final class CoalitionNameTests: ExtractionTestCase {
    func testACoalitionsNameIsABodyNotAPerson() throws {
        let doc = try extract("The opposition coalition Askan Tarvo Wi welcomed the ruling on Monday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name) \($0.type.rawValue)" }), ["Askan Tarvo Wi organization"])
    }
}

/// An institution's own words: its head before "of" types it, and its head noun is no place
/// nested in it (`EntityRecognizer.typeNames`, `EntityRecognizer.nestedPlaces`).
final class InstitutionHeadTests: ExtractionTestCase {
    func testAnInstitutionsHeadNounIsNoTownSpelledLikeIt() throws {
        XCTAssertEqual(
            try entities("The opposition Union of Democratic Forces said on Monday it would boycott the vote."),
            ["Union of Democratic Forces organization"])
    }

    func testAHeadBeforeOfKeepsTheNameAnInstitution() throws {
        XCTAssertEqual(try entities("The Council of State ruled on Monday that the decree was void."), ["Council of State organization"])
        XCTAssertEqual(
            try entities("Seoul blamed the North's Ministry of State Security for the attack."),
            ["Ministry of State Security organization", "South Korea country"])
    }

    func testAPlaceHeadEndingANameWithoutOfStaysAPlace() throws {
        XCTAssertEqual(try entities("Troops landed at Howard Air Force Base on Monday."), ["Howard Air Force Base location"])
    }
}

/// Whom one tells, spelled in capitals, is a broadcaster or an agency (`EntityRecognizer.nextToClassNoun`).
final class ToldAcronymTests: ExtractionTestCase {
    func testAnAcronymSaidOnceAfterToldIsABody() throws {
        XCTAssertEqual(try entities("Our country is being occupied, he told the KTVN by telephone."), ["KTVN organization"])
        XCTAssertEqual(
            try entities("Chile will act, Quiroga told ZRTV on Monday."), ["Chile country", "Quiroga person", "ZRTV organization"])
    }

    func testAnAcronymSaidOnceWithoutACueNamesNothing() throws {
        XCTAssertEqual(try entities("Chile will act, Quiroga said on ZRTV on Monday."), ["Chile country", "Quiroga person"])
    }
}

/// Three unfamiliar plain words with no head noun are a person's name (`EntityRecognizer.typeSegment`).
final class ThreeWordNameTests: ExtractionTestCase {
    func testThreeUnfamiliarWordsAfterAVerbAreAPerson() throws {
        XCTAssertEqual(try entities("He met Ousseynou Tamsir Ndaye on Monday."), ["Ousseynou Tamsir Ndaye person"])
    }

    func testThreeWordsWithAnEverydayWordAreNoPerson() throws {
        XCTAssertFalse(try entities("They sang Harvest Moon Rising on Monday.").contains { $0.hasSuffix(" person") })
    }
}
