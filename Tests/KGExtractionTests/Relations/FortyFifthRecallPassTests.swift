import XCTest

@testable import KGExtraction

/// The forty-fifth pass on unseen news: a capital no place cue and no government cue decides
/// ("Washington and the European Union backed the plan", "ties with Washington") is its country's
/// government when the document names that country, and a place where its phrase says so ("the
/// capital Khartoum", "will travel to Brasilia and Caracas"); "elect" and "nominate" are acts of
/// support (05), and a participle after adjectives and a determiner describes the noun it comes before
/// ("the first freely elected leader of X"); a phrasal verb's particle the parser reads as the
/// preposition of its object ("swore in Sata") leaves that object a direct one; a legislature's name
/// beside its description as a state's parliament ("Latvia's parliament, the Saeima") is that state's
/// parliament, and the description no body of its own; a body or a state that rules or governs a
/// country stands toward it as its ruling party or ruler; "the alliance" stands for the alliance the
/// document named last; "as the country's president" is a bare title of the story's country; "the
/// People's Party of former prime minister X" is the party X leads; "a charge commission chairman X
/// rejected" is X's rejection.
final class FortyFifthRecallPassTests: ExtractionTestCase {
    func testAnUndecidedCapitalOfANamedCountryIsItsGovernment() throws {
        let backed = try entities("The United States sent envoys. Washington and the European Union backed the plan.")
        XCTAssertEqual(backed, ["United States country", "European Union organization"])
        let doc = try extract("The United States sent envoys. Washington and the European Union backed the plan.")
        XCTAssertTrue(entity(doc, "United States")?.aliases.contains("Washington") ?? false, "\(doc.entities)")
        // with its country never named, the capital stays the city
        let alone = try entities("Washington and the European Union backed the plan.")
        XCTAssertEqual(alone, ["Washington location", "European Union organization"])
        // "sells weapons to New Delhi and Beijing": a list after "to" with no journey before it
        let sells = try entities("Russia, which sells weapons to New Delhi and Beijing, called for restraint. India and China blamed each other.")
        XCTAssertTrue(sells.contains("China country"), "\(sells)")
        XCTAssertFalse(sells.contains("Beijing location"), "\(sells)")
    }

    func testACapitalItsPhraseCallsAPlaceStaysThePlace() throws {
        let named = try entities("Sudan recalled its envoy. The army has retaken much of the capital Khartoum in recent weeks.")
        XCTAssertEqual(named, ["Sudan country", "Khartoum location"])
        let comma = try entities("Ivory Coast said Ouattara is hosting him in the political capital, Yamoussoukro.")
        XCTAssertTrue(comma.contains("Yamoussoukro location"), "\(comma)")
        // the last of a list a journey opens
        let travel = try entities("Venezuela and Brazil protested. Correa flew to Lima and will travel to Brasilia and Caracas later this week.")
        XCTAssertTrue(travel.isSuperset(of: ["Brasilia location", "Caracas location", "Venezuela country", "Brazil country"]), "\(travel)")
        let met = try entities("Brazil and Venezuela protested. Officials met in Brasilia and Caracas.")
        XCTAssertTrue(met.isSuperset(of: ["Brasilia location", "Caracas location"]), "\(met)")
    }
}

extension FortyFifthRecallPassTests {
    func testABodyElectingOrAPartyNominatingSomeoneBacksThem() throws {
        XCTAssertEqual(
            try all("The People's Party nominated Raimonds Pauls for president. The Saeima later elected Vaira Vike-Freiberga."),
            ["People's Party -nominate-> Raimonds Pauls", "Saeima -elect-> Vaira Vike-Freiberga"])
        // an elected leader is no one's act: the participle describes the noun after it
        let described = try all("President Sidi Abdallahi, the first democratically elected leader of Mauritania, spoke on Monday.")
        XCTAssertFalse(described.contains { $0.contains("-elect->") }, "\(described)")
        let appointed = try all("Sidi Abdallahi, the first freely appointed leader of Mauritania, spoke on Monday.")
        XCTAssertFalse(appointed.contains { $0.contains("-appoint->") }, "\(appointed)")
    }
}

extension FortyFifthRecallPassTests {
    func testAPhrasalVerbsParticleReadAsAPrepositionLeavesADirectObject() throws {
        XCTAssertEqual(try all("Chief Justice Ernest Sakala swore in Michael Sata on Friday."), ["Ernest Sakala -swear in-> Michael Sata"])
        // a second preposition after the particle makes the phrase a place
        let walked = try all("Hakainde Hichilema walked out of Lusaka Central Prison on Wednesday.")
        XCTAssertFalse(walked.contains { $0.contains("-walk out->") }, "\(walked)")
    }
}

extension FortyFifthRecallPassTests {
    func testALegislaturesNameBesideItsDescriptionIsTheStatesParliament() throws {
        let doc = try extract("Latvia held a vote. Latvia's parliament, the Saeima, elected Vaira Vike-Freiberga on Thursday.")
        XCTAssertEqual(facts(doc), ["Saeima -parliament-> Latvia", "Saeima -elect-> Vaira Vike-Freiberga"])
        XCTAssertEqual(doc.entities.filter { $0.type == .organization }.map(\.name), ["Saeima"])
        XCTAssertTrue(entity(doc, "Saeima")?.aliases.contains("Latvia's parliament") ?? false, "\(doc.entities)")
        // the name first, the description after
        XCTAssertEqual(
            try all("Iran protested. The Majlis, Iran's parliament, voted to expel the ambassador of Britain."),
            ["Majlis -parliament-> Iran", "Majlis -expel-> United Kingdom"])
        // a state's possessive and an adjective before the noun, with one role only
        XCTAssertEqual(
            try roles("Estonia voted. Estonia's new parliament, the Riigikogu, elected Lennart Meri.").filter { $0.hasPrefix("Riigikogu") }.count, 1)
        // a body beside another kind of body is no parliament
        let court = try all("Latvia held a vote. Latvia's Supreme Court, the highest court, ruled on Thursday. The Saeima met.")
        XCTAssertFalse(court.contains { $0.contains("-parliament->") }, "\(court)")
    }
}

extension FortyFifthRecallPassTests {
    func testRulingOrGoverningACountryIsAStanding() throws {
        XCTAssertEqual(
            try all("Botswana voted. The Botswana Democratic Party, which has governed Botswana since independence, won again."),
            ["Botswana Democratic Party -ruling party-> Botswana"])
        XCTAssertEqual(try all("Burundi voted. Belgium, which ruled Burundi until 1962, sent observers."), ["Belgium -ruler-> Burundi"])
        // governing beside another body is no standing toward it
        let with = try all("The Colorado Party governed with the National Party.")
        XCTAssertFalse(with.contains { $0.contains("ruling party") }, "\(with)")
    }
}

extension FortyFifthRecallPassTests {
    func testTheAllianceStandsForTheAllianceNamedLast() throws {
        let joined = try all(
            "Slovenia joined NATO on Monday. Bulgaria and Slovakia joined the alliance at the same ceremony. Russian Foreign Minister Sergei Lavrov warned the alliance against moving closer."
        )
        XCTAssertTrue(
            joined.isSuperset(of: ["Slovenia -join-> NATO", "Bulgaria -join-> NATO", "Slovakia -join-> NATO", "Sergei Lavrov -warn-> NATO"]), "\(joined)")
        // with no alliance named before it, "the alliance" stands for nothing
        let none = try all("Bulgaria and Slovakia joined the alliance at a ceremony with the European Union.")
        XCTAssertFalse(none.contains { $0.contains("-join->") }, "\(none)")
    }
}

extension FortyFifthRecallPassTests {
    func testATitleAfterTheCountrysIsABareTitleOfTheStorysCountry() throws {
        let country = try roles(
            "BUJUMBURA, Aug 19 (AFP) - Burundi held a vote. Lawmakers on Friday elected Pierre Nkurunziza, a former rebel leader, as the country's president.")
        XCTAssertEqual(country, ["Pierre Nkurunziza -president-> Burundi"])
        let state = try roles("RIGA, June 17 (Reuters) - Latvia held a vote. Lawmakers elected Vaira Vike-Freiberga as the Baltic state's president.")
        XCTAssertEqual(state, ["Vaira Vike-Freiberga -president-> Latvia"])
        // a named body's possessive is no country's
        let party = try roles("Latvia held a vote. The party elected Andris Skele as the party's leader.")
        XCTAssertFalse(party.contains("Andris Skele -leader-> Latvia"), "\(party)")
    }
}

extension FortyFifthRecallPassTests {
    func testABodyOfAPersonIsTheBodyThePersonLeads() throws {
        XCTAssertTrue(
            try all("Latvia voted. The People's Party of former prime minister Andris Skele won 24 seats.").contains(
                "Andris Skele -leader-> People's Party"))
        XCTAssertEqual(
            try all("The Forces for National Liberation (FNL) of Agathon Rwasa rejected the vote."),
            ["Agathon Rwasa -leader-> Forces for National Liberation"])
        // "of" a state names no leader, and a state's office is no one's to lead
        let state = try all("The Democratic Party of Serbia rejected the vote.")
        XCTAssertFalse(state.contains { $0.contains("-leader->") }, "\(state)")
        let office = try all("The Foreign Ministry of Sergei Lavrov rejected the vote.")
        XCTAssertFalse(office.contains { $0.contains("-leader->") }, "\(office)")
    }
}

extension FortyFifthRecallPassTests {
    func testAChargeRejectedByATitledPersonIsTheirRejection() throws {
        let titled = try all(
            "The Democratic Progressive Party (DPP) lost. The Malawi Electoral Commission (MEC) declared the result. The DPP accused the MEC of bias, a charge commission chairman Chifundo Kachale rejected on Saturday."
        )
        XCTAssertTrue(titled.contains("Chifundo Kachale -reject-> Democratic Progressive Party"), "\(titled)")
        // a title with no name after it rejects nothing
        let untitled = try all(
            "The Democratic Progressive Party (DPP) lost. The DPP accused the Malawi Electoral Commission of bias, a charge the chairman rejected on Saturday.")
        XCTAssertFalse(untitled.contains { $0.contains("-reject->") }, "\(untitled)")
    }
}
