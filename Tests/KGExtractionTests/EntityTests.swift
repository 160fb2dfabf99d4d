import KGExtraction
import KGModel
import XCTest

final class EntityTests: ExtractionTestCase {
    func testDemonymAttachesToItsCountry() throws {
        let doc = try extract("Turkish troops crossed the border on Sunday.")
        XCTAssertEqual(entity(doc, "Turkey")?.type, .country)
        XCTAssertTrue(entity(doc, "Turkey")?.aliases.contains("Turkish") ?? false)
    }

    func testAStateOfThePastIsACountryByItsNamesOnly() throws {
        let doc = try extract("The USSR and Czechoslovakia condemned the raid, and the Soviet Union recalled its envoy.")
        XCTAssertEqual(entity(doc, "Soviet Union")?.type, .country)
        XCTAssertTrue(entity(doc, "Soviet Union")?.aliases.contains("USSR") ?? false)
        XCTAssertEqual(entity(doc, "Czechoslovakia")?.type, .country)
        // its adjective names no actor: "post-Soviet", "the former Soviet republic"
        XCTAssertNil(entity(try extract("Georgia, a former Soviet republic, joined the talks."), "Soviet Union"))
    }

    func testCapitalAsVoiceIsTheCountryAndAfterInIsThePlace() throws {
        let voice = try extract("Beijing denied the report.")
        XCTAssertEqual(entity(voice, "China")?.type, .country)
        let place = try extract("Diplomats gathered in Beijing for talks.")
        XCTAssertEqual(entity(place, "Beijing")?.type, .location)
        XCTAssertNil(entity(place, "China"))
    }

    func testCapitalWithoutCueIsTheGovernmentWhereItSpeaksElsewhere() throws {
        // the capital speaks for its government in one sentence: elsewhere, with no cue, it still does
        let voice = try extract("Lisbon rejected the proposal on Monday. Algeria has acted as a go-between for Lisbon and the rebels.")
        XCTAssertEqual(entity(voice, "Portugal")?.type, .country)
        XCTAssertNil(entity(voice, "Lisbon"))
        // a capital no cue decides is the government of a country the document names
        let named = try extract("Portugal rejected the proposal. Algeria has acted as a go-between for Lisbon and the rebels.")
        XCTAssertNil(entity(named, "Lisbon"))
        XCTAssertTrue(entity(named, "Portugal")?.aliases.contains("Lisbon") ?? false)
        // a destination stays the city, and a capital alone in the document stays one
        let destination = try extract("Portugal rejected the proposal. The envoy later flew to Lisbon.")
        XCTAssertEqual(entity(destination, "Lisbon")?.type, .location)
        let alone = try extract("Algeria has acted as a go-between for Lisbon and the rebels.")
        XCTAssertEqual(entity(alone, "Lisbon")?.type, .location)
        XCTAssertNil(entity(alone, "Portugal"))
    }

    func testCapitalLeadingABodyIsTheGovernment() throws {
        let doc = try extract("Armenia is a member of the Moscow-led Collective Security Treaty Organization.")
        XCTAssertEqual(entity(doc, "Russia")?.type, .country)
        XCTAssertNil(entity(doc, "Moscow"))
    }

    func testTheSingularOfAPeoplesPluralIsTheCountrysDemonym() throws {
        // PETRARCH2 lists only "Maldivians": the generator adds the adjective
        let doc = try extract("Maldivian police detained two judges on Monday.")
        XCTAssertEqual(entity(doc, "Maldives")?.type, .country)
        XCTAssertTrue(entity(doc, "Maldives")?.aliases.contains("Maldivian") ?? false)
    }

    func testAPeoplesAdjectiveBeforeACommonNounIsNoName() throws {
        let doc = try extract("The talks were held in the Uzbek city of Samarkand. He told Flemish broadcaster VRT that Kurdish groups had protested.")
        // ("Uzbekistan" is the country Samarkand is a city of)
        XCTAssertEqual(Set(doc.entities.map(\.name)), ["Samarkand", "Uzbekistan", "VRT"])
        // a surname shaped like one, before a verb or a conjunction, stays a name
        let surname = try extract("Foreign Minister Ivan Petric met reporters. Petric stressed that Petric and Novak agreed.")
        XCTAssertEqual(entity(surname, "Ivan Petric")?.type, .person)
    }

    func testAnAlternativeSpellingThatIsTheDemonymNamesTheArmy() throws {
        // countryinfo's demonym "Thai" is also one of Thailand's alternative spellings: it is the demonym
        let doc = try extract("Thailand's army chief, General Prayuth Chan-ocha, visited the troops.")
        XCTAssertEqual(entity(doc, "Thai Army")?.type, .organization)
    }

    func testAFaithAdjectiveOpensAnInstitutionsName() throws {
        let doc = try extract("The Muslim Brotherhood called on its supporters to stay in the streets.")
        XCTAssertEqual(doc.entities.map(\.name), ["Muslim Brotherhood"])
        XCTAssertEqual(entity(doc, "Muslim Brotherhood")?.type, .organization)
        // alone it names a group, no entity
        XCTAssertTrue(try extract("Muslim leaders called for calm.").entities.isEmpty)
    }

    func testThePeoplesNameOfAStanCountryIsItsDemonym() throws {
        // countryinfo gives "Kazakhstani", "Uzbekistani": the generator adds "Kazakh", "Uzbek"
        let doc = try extract("Kazakh troops and Uzbek officials met on Monday.")
        XCTAssertTrue(entity(doc, "Kazakhstan")?.aliases.contains("Kazakh") ?? false)
        XCTAssertTrue(entity(doc, "Uzbekistan")?.aliases.contains("Uzbek") ?? false)
    }

    func testAMonthsShortNameBeforeADayIsNoPerson() throws {
        let doc = try extract("DAKAR, Jan 19 (Reuters) - Senegal sent troops. Jan Egeland said the aid was late.")
        XCTAssertNil(entity(doc, "Jan"))
        XCTAssertEqual(entity(doc, "Jan Egeland")?.type, .person)
    }

    func testATwoWordSurnameAfterTheFullNameIsThatPerson() throws {
        let doc = try extract("Mexican President Andres Manuel Lopez Obrador condemned the raid. Lopez Obrador said the embassy was sovereign territory.")
        XCTAssertEqual(doc.entities.filter { $0.type == .person }.map(\.name), ["Andres Manuel Lopez Obrador"])
        // a longer name after a shorter one is another person: a son named after his father
        let family = try extract("Idriss Deby ruled Chad for 30 years. Mahamat Idriss Deby took power after his death.")
        XCTAssertEqual(Set(family.entities.filter { $0.type == .person }.map(\.name)), ["Idriss Deby", "Mahamat Idriss Deby"])
    }

    func testAHeadlinesTwoWordSurnameIsThePersonTheBodyNamesInFull() throws {
        let doc = try extract(
            "Varnia's Ostra Belmonte resigns, jailed hours later\n\nPresident Ivo Ostra Belmonte resigned on Thursday. Ostra Belmonte denies the charges.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Ivo Ostra Belmonte|person"], "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Ivo Ostra Belmonte")?.aliases.sorted(), ["Ivo Ostra Belmonte", "Ostra Belmonte"])
    }

    func testSeatOfGovernmentIsTheCountry() throws {
        let doc = try extract("Downing Street rejected the claim.")
        XCTAssertEqual(entity(doc, "United Kingdom")?.type, .country)
    }

    func testDemonymInstitutionIsAnOrganization() throws {
        let doc = try extract("The Polish army said it had moved two brigades.")
        XCTAssertEqual(entity(doc, "Polish Army")?.type, .organization)
    }

    func testSurnameJoinsTheFullNameAndTitleTypesAPerson() throws {
        let doc = try extract("Chancellor Olaf Brandtner spoke on Monday. Later Brandtner met reporters.")
        let person = try XCTUnwrap(entity(doc, "Olaf Brandtner"))
        XCTAssertEqual(person.type, .person)
        XCTAssertTrue(person.aliases.contains("Brandtner"))
        XCTAssertEqual(doc.entities.filter { $0.type == .person }.count, 1)
    }

    func testInstitutionHeadTypesAnUnknownName() throws {
        let doc = try extract("The Zembla Ministry of Fisheries issued a statement.")
        XCTAssertEqual(doc.entities.first?.type, .organization)
    }

    func testAcronymAndLongNameOfAnOrganizationJoin() throws {
        let doc = try extract("The European Union met. The EU then issued a statement.")
        XCTAssertEqual(doc.entities.filter { $0.type == .organization }.count, 1)
    }

    func testTwitterHandleIsNotAnEntity() throws {
        let doc = try extract("Analyst Maria Lopes (@marialopes) wrote about Chile.")
        XCTAssertFalse(doc.entities.contains { $0.aliases.contains { $0.contains("marialopes") } })
    }

    func testGenericGroupsAndTitlesAloneAreNotEntities() throws {
        let doc = try extract("The president said separatists and Western allies were to blame.")
        XCTAssertTrue(doc.entities.isEmpty, "\(doc.entities)")
    }

    func testMentionSurfaceMatchesItsSpan() throws {
        let text = "Peru\u{2019}s envoy \u{1F1F5}\u{1F1EA} met Chile\u{2019}s minister in Santiago."
        let doc = try extract(text)
        let scalars = Array(text.unicodeScalars)
        XCTAssertFalse(doc.mentions.isEmpty)
        for m in doc.mentions {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[m.span.start..<m.span.end])
            XCTAssertEqual(s, m.surface)
        }
    }
}

final class InstitutionNamingTests: ExtractionTestCase {
    func testUnqualifiedMinistryTakesTheDocumentsMainCountry() throws {
        let doc = try extract("Japan protested on Monday. Tokyo said the Foreign Ministry would summon the envoy of China.")
        XCTAssertEqual(entity(doc, "Japanese Foreign Ministry")?.type, .organization)
        XCTAssertTrue(entity(doc, "Japanese Foreign Ministry")?.aliases.contains("Foreign Ministry") ?? false)
    }
}

final class NewsConventionTests: ExtractionTestCase {
    func testAcronymDefinedInParenthesesJoinsItsName() throws {
        let doc = try extract("The Sahel Defence Alliance (SDA) met on Monday. Later the SDA accused Mali of delays.")
        let alliance = try XCTUnwrap(entity(doc, "Sahel Defence Alliance"))
        XCTAssertTrue(alliance.aliases.contains("SDA"))
        XCTAssertTrue(facts(doc).contains("Sahel Defence Alliance -accuse-> Mali"), "\(facts(doc))")
    }

    func testCountryPossessiveInstitutionIsAnOrganization() throws {
        let doc = try extract("Chile's army said the drills were over.")
        XCTAssertEqual(entity(doc, "Chilean Army")?.type, .organization)
    }

    func testDatelineIsAPlaceAndNeverAnActor() throws {
        let doc = try extract("NAIROBI (Reuters) - Kenya's army accused Somalia of shelling.")
        XCTAssertNil(doc.facts.first { doc.entities[$0.subject].name == "NAIROBI" })
        XCTAssertEqual(entity(doc, "NAIROBI")?.type, .location)
    }

    func testNavigationAndBylineLinesAreFurniture() throws {
        let doc = try extract("Home | World | Asia\nBy Staff Reporter | Published 3 hours ago\nVietnam protested to China.")
        XCTAssertNil(entity(doc, "Asia"))
        XCTAssertEqual(doc.title, nil)
    }

    func testHyphenatedGivenNameStaysWhole() throws {
        let doc = try extract("President Moon Jae-in met Japan's envoy.")
        XCTAssertEqual(entity(doc, "Moon Jae-in")?.type, .person)
    }
}

final class NamePartTests: ExtractionTestCase {
    func testOneWordPartOfAFullNameIsThatPersonEvenIfAPlaceHasTheName() throws {
        let doc = try extract("Guyanese President Irfaan Ali met envoys. Ali told reporters he was calm.")
        XCTAssertTrue(entity(doc, "Irfaan Ali")?.aliases.contains("Ali") ?? false)
        XCTAssertFalse(doc.entities.contains { $0.type == .location && $0.name == "Ali" })
        XCTAssertEqual(doc.entities.map(\.id), Array(doc.entities.indices))
    }

    func testCountryHeadingACapitalizedInstitutionIsOneOrganization() throws {
        let doc = try extract("The Guyana Defence Force held drills.")
        XCTAssertEqual(entity(doc, "Guyana Defence Force")?.type, .organization)
    }

    func testContinentIsALocationNotACountry() throws {
        let doc = try extract("Nobody wants a war in South America.")
        XCTAssertEqual(entity(doc, "South America")?.type, .location)
        XCTAssertNil(entity(doc, "United States"))
    }
}

final class PersonNameFormTests: ExtractionTestCase {
    func testNamesWithInitialsParticlesAndAcronymLookingWords() throws {
        let doc = try extract("Vice President J.D. Vance met Ursula von der Leyen. Kim Jong Un criticized Seoul.")
        for name in ["J.D. Vance", "Ursula von der Leyen", "Kim Jong Un"] {
            XCTAssertEqual(entity(doc, name)?.type, .person, name)
        }
    }
}

final class InstitutionSynonymTests: ExtractionTestCase {
    func testMilitaryAndArmedForcesOfACountryAreOneInstitution() throws {
        let doc = try extract("The Chilean armed forces moved north. Chile's military said the move was planned.")
        let forces = try XCTUnwrap(entity(doc, "Chilean Armed Forces"))
        XCTAssertTrue(forces.aliases.contains("Chile\u{2019}s military") || forces.aliases.contains("Chile's military"), "\(forces.aliases)")
    }

    func testMilitaryBeforeANounOfRulersOrAdvisersIsNoInstitution() throws {
        let doc = try extract("Chad's military government expelled the French envoy.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Chad|country", "France|country"], "\(doc.entities)")
        XCTAssertEqual(facts(doc), ["Chad -expel-> France"])
        let advisers = try extract("Russian military instructors arrived in Bamako on Monday.")
        XCTAssertEqual(advisers.entities.map(\.name), ["Bamako"], "\(advisers.entities)")
    }

    func testADemonymsSpecialForcesAreTheCountry() throws {
        let doc = try extract("Danish special forces were expelled by Mali on Monday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Denmark|country", "Mali|country"], "\(doc.entities)")
        XCTAssertEqual(facts(doc), ["Mali -expel-> Denmark"])
    }

    func testConditionalClauseWithIfIsNotAFact() throws {
        XCTAssertTrue(facts(try extract("Moscow warned it would respond if NATO allowed Kyiv to strike Russia.")).isEmpty)
    }
}

final class ChamberTests: ExtractionTestCase {
    func testCountrysUpperHouseIsAnInstitutionButItsGovernmentIsTheCountry() throws {
        let doc = try extract("Chile's upper house approved the bill. The Chilean government welcomed the vote.")
        XCTAssertEqual(entity(doc, "Chilean Upper House")?.type, .organization)
        XCTAssertNil(entity(doc, "Chilean Government"))
    }
}

final class TitleWordInstitutionTests: ExtractionTestCase {
    func testTitleWordHeadingAnInstitutionIsPartOfItsName() throws {
        let doc = try extract("He addressed the General Assembly of the United Nations.")
        XCTAssertEqual(entity(doc, "General Assembly")?.type, .organization)
        XCTAssertFalse(doc.facts.contains { $0.kind == .role })
    }

    func testHonorificWrittenAsPartOfANameIsAnAlias() throws {
        let doc = try extract("Bangladeshi Prime Minister Sheikh Hasina met Narendra Modi in Delhi.")
        let hasina = try XCTUnwrap(doc.entities.first { $0.type == .person && $0.aliases.contains("Hasina") })
        XCTAssertTrue(hasina.aliases.contains("Sheikh Hasina"), "\(hasina.aliases)")
    }

    func testUnknownNameWithATitleInAppositionIsAPerson() throws {
        let doc = try extract("Espen Barth Eide, a former Norwegian foreign minister, arrived in Nicosia.")
        XCTAssertEqual(entity(doc, "Espen Barth Eide")?.type, .person, "\(doc.entities.map(\.name))")
        // a body of three words, its possessive and two modifiers before the title
        let long = try extract("Federica Mogherini, the European Union's foreign policy chief, said the bloc would stay.")
        XCTAssertEqual(entity(long, "Federica Mogherini")?.type, .person, "\(long.entities.map(\.name))")
        XCTAssertEqual(facts(long), ["Federica Mogherini -foreign policy chief-> European Union"])
    }
}

/// Towns whose GeoNames name holds a glottal stop's mark, read with the plain apostrophe news writes.
final class ApostropheTownTests: ExtractionTestCase {
    func testATownWithAnInnerApostropheIsAPlace() throws {
        let doc = try extract("Police patrolled the streets of Shefar'am and Qal'at Sukkar on Sunday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Shefar'am|location", "Qal'at Sukkar|location"], "\(doc.entities)")
    }
}

/// A one-word name the typer alone calls a person, where a cue names a body so (`MentionResolver`).
final class OneWordBodyMentionTests: ExtractionTestCase {
    func testTheBodyACueNamedKeepsItsNameWhenItSpeaks() throws {
        let doc = try extract("The leader of the Zorvani rebel coalition fled.\n\nZorvani said the talks had failed.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Zorvani|organization"], "\(doc.entities)")
    }

    func testAFullNameTypedAPersonByItsFirstNameIsTheBodyACueNamedSo() throws {
        let doc = try extract(
            "Leaders met Sara Dunmore, the political wing of the Kestrava Army, in Oslo.\n\nSara Dunmore members voted on Monday.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Sara Dunmore|organization", "Kestrava Army|organization", "Oslo|location"],
            "\(doc.entities)")
    }

    func testAPersonsSurnameStaysThePersons() throws {
        let doc = try extract("Lars Holmberg met the Zorvani rebel coalition.\n\nHolmberg said the talks had failed.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Lars Holmberg|person", "Zorvani|organization"], "\(doc.entities)")
    }
}
