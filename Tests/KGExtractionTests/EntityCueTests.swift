import KGExtraction
import KGModel
import XCTest

/// Entity cues general to news: what a name's neighbours say it is, acronyms, capitals that act,
/// and the gazetteer's armed groups and ministries.
final class EntityCueTests: ExtractionTestCase {
    func testKindOfInstitutionBeforeANameMakesItAnOrganization() throws {
        let doc = try extract("The state news agency Qarzat said the energy company Total had left. The rights group Narodna agreed.")
        XCTAssertEqual(entity(doc, "Qarzat")?.type, .organization, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Total")?.type, .organization, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Narodna")?.type, .organization, "\(doc.entities)")
        XCTAssertFalse(doc.entities.contains { $0.type == .person }, "\(doc.entities)")
    }

    func testTheCommonwealthIsABodyOfStates() throws {
        let doc = try extract("The Commonwealth suspended Fiji on Friday. Russia chairs the Commonwealth of Independent States.")
        XCTAssertEqual(entity(doc, "Commonwealth")?.type, .organization, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Commonwealth of Independent States")?.type, .organization, "\(doc.entities)")
        XCTAssertTrue(facts(doc).contains("Commonwealth -suspend-> Fiji"), "\(facts(doc))")
    }

    func testPlaceNounWithOfMakesTheNamesPlaces() throws {
        let doc = try extract("Rebels captured the border towns of Ras al-Kebir and Tal Hamra, and ships sailed south of Corvo.")
        XCTAssertEqual(entity(doc, "Ras al-Kebir")?.type, .location, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Tal Hamra")?.type, .location, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Corvo")?.type, .location, "\(doc.entities)")
    }

    func testResortsSlumsAndExclavesAreKindsOfPlace() throws {
        let doc = try extract("Aid reached the Nairobi slum of Zerbeki, the resort of Korvane and the exclave of Halvik.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Nairobi|location", "Zerbeki|location", "Korvane|location", "Halvik|location"],
            "\(doc.entities)")
    }

    func testOneUnknownWordAfterAPrepositionOfPlaceIsAPlace() throws {
        let doc = try extract(
            "Soldiers were killed in an attack at Zerbeki, inside Ecuador. In Halvik, residents fled toward the Korvane border. Ships sailed in the Sarnak on Monday."
        )
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Ecuador|country", "Zerbeki|location", "Halvik|location", "Sarnak|location"],
            "\(doc.entities)")
    }

    func testAWordThatDoesNotEndItsPhraseOrIsAPluralIsNoPlaceByItsPreposition() throws {
        let doc = try extract("Reporters from the Velands arrived in Tarsk's old town.")
        XCTAssertEqual(doc.entities.map(\.name), [], "\(doc.entities)")
    }

    func testATownSpelledLikeAFirstNameIsAPlaceBesideAnother() throws {
        let doc = try extract("Clashes broke out in Cairo and Alexandria on Friday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Cairo|location", "Alexandria|location"], "\(doc.entities)")
    }

    func testAPlaceOrFacilityInAppositionMakesTheNameAPlace() throws {
        let doc = try extract(
            "Officials were flown to Varnok, a maximum-security prison in the south. Troops held Zelbar, the main Ecuadorian base, on Monday.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Varnok|location", "Zelbar|location", "Ecuador|country"], "\(doc.entities)")
        let people = try extract("Maria Zelnik, a town councillor, spoke. Pedro Varga, the city's mayor, agreed.")
        XCTAssertEqual(Set(people.entities.map { "\($0.name)|\($0.type)" }), ["Maria Zelnik|person", "Pedro Varga|person"], "\(people.entities)")
    }

    func testFacilityAndMediaNounsAfterANameType() throws {
        let doc = try extract("Troops drilled near the Zerbul border crossing, he told Al Qamar television.")
        XCTAssertEqual(entity(doc, "Zerbul")?.type, .location, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Al Qamar")?.type, .organization, "\(doc.entities)")
    }

    func testLandmarkNounAfterANameIsPartOfIt() throws {
        let doc = try extract("Troops crossed the Zerbul river and landed at Korvane airport. Protesters gathered in the Halvik district.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Zerbul river|location", "Korvane airport|location", "Halvik|location"], "\(doc.entities)")
    }

    func testACountryNamedWithTheIsKnownAfterALowerCaseThe() throws {
        let doc = try extract("Officials said he was flown to the Netherlands on Tuesday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["The Netherlands|country"], "\(doc.entities)")
    }

    func testAFormalNameIsKnownWithoutItsInnerThe() throws {
        let doc = try extract("Aid reached the Democratic Republic of Congo and the Republic of Gambia on Tuesday.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Democratic Republic of the Congo|country", "Gambia|country"], "\(doc.entities)")
    }

    func testAKingdomsFormerShortNameIsTheState() throws {
        let doc = try extract("Ministers will meet at a summit in Swaziland next month.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Eswatini|country"], "\(doc.entities)")
    }

    func testBodyNounsEndAnInstitutionsName() throws {
        let doc = try extract("The Ruritania Conference of Catholic Bishops and Halvane Logistics criticised Korbel Electronics on Monday.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }),
            ["Ruritania Conference of Catholic Bishops|organization", "Halvane Logistics|organization", "Korbel Electronics|organization"],
            "\(doc.entities)")
    }

    func testRallyEndsAPartysName() throws {
        let doc = try extract("Voters turned against the Zelbar Democratic Rally (ZDR) on Sunday. Thousands joined a rally in the capital.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Zelbar Democratic Rally|organization"], "\(doc.entities)")
    }

    func testAKnownBodyKeepsItsOwnNameAfterItsStatesPossessive() throws {
        let doc = try extract("The treaty was ratified by Russia's State Duma on Friday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Russia|country", "State Duma|organization"], "\(doc.entities)")
    }

    func testChamberOpensAnAssemblysName() throws {
        let doc = try extract("Ravi Okonjo, the speaker of the Chamber of Deputies, was named interim president.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Ravi Okonjo|person", "Chamber of Deputies|organization"], "\(doc.entities)")
    }

    func testPrisonEndsAPlacesName() throws {
        let doc = try extract("He walked out of Halvane Central Prison after four months, and his aide left Korbel prison.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Halvane Central Prison|location", "Korbel prison|location"], "\(doc.entities)")
    }

    func testParkKeepsItsNoun() throws {
        let doc = try extract("Crowds gathered in Zerbul park on Friday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Zerbul park|location"], "\(doc.entities)")
    }

    func testKnownPlaceBeforeALandmarksNounNamesTheLandmark() throws {
        let doc = try extract("He was stopped at Mombasa airport on Tuesday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Mombasa airport|location"], "\(doc.entities)")
    }

    func testAModifierMayStandBeforeALandmarksNoun() throws {
        let doc = try extract("Troops surrounded the Zerbul presidential palace on Monday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Zerbul presidential palace|location"], "\(doc.entities)")
    }

    func testNameAfterAForceNounIsTheForce() throws {
        let doc = try extract("Officials said the counter-terrorism force Korvane and the task force Zelbar would leave.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Korvane|organization", "Zelbar|organization"], "\(doc.entities)")
    }

    func testPersonsNameInsideAPlacesNameIsNoPerson() throws {
        let doc = try extract("Flights left Amadou Kone International Airport on Monday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Amadou Kone International Airport|location"], "\(doc.entities)")
    }

    func testDamOrBarracksEndsAPlacesName() throws {
        let doc = try extract("Engineers inspected the Halvane Dam before troops left the Korbel Barracks.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Halvane Dam|location", "Korbel Barracks|location"], "\(doc.entities)")
    }

    func testUnknownAcronymBesideABlocOrAForceNounIsAnOrganization() throws {
        let doc = try extract("The regional bloc WAXCO imposed sanctions, and the ZUFOR peacekeepers stayed in the capital.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["WAXCO|organization", "ZUFOR|organization"], "\(doc.entities)")
    }

    func testHyphenatedAcronymIsOneOrganization() throws {
        let doc = try extract("The ZAPU-NF expelled its leader. The ZAPU-NF then met.")
        XCTAssertEqual(entity(doc, "ZAPU-NF")?.type, .organization, "\(doc.entities)")
        XCTAssertEqual(doc.entities.count, 1, "\(doc.entities)")
    }

    func testDefinedAcronymJoinsTheNameItFollows() throws {
        let doc = try extract("Ankara fought the Kurdistan Workers' Party (PKK) for decades. The PKK denied it.")
        XCTAssertEqual(doc.entities.filter { $0.type == .organization }.count, 1, "\(doc.entities)")
    }

    func testLongNameRunsOnToTheAcronymThatClosesIt() throws {
        let doc = try extract("Troops fought the Front for Renewal and Unity in Chad (FRUC) near the border. The FRUC denied it.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Front for Renewal and Unity in Chad|organization"],
            "\(doc.entities)")
        XCTAssertEqual(doc.mentions.filter { $0.surface == "FRUC" }.count, 2, "\(doc.mentions)")
    }

    func testLongNameWrittenAgainRunsOnAsFar() throws {
        let doc = try extract(
            "Troops fought the Front for Renewal and Unity in Chad (FRUC) near the border. The Front for Renewal and Unity in Chad denied it.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Front for Renewal and Unity in Chad|organization"],
            "\(doc.entities)")
    }

    func testKnownAcronymTheTextDefinesAndTheKnownNameAfterTheAreOneBody() throws {
        let doc = try extract(
            "He heads the Organisation for Security and Cooperation in Europe (OSCE) mission. The OSCE welcomed the deal. "
                + "The Organisation for Security and Cooperation in Europe said so.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Organisation for Security and Cooperation in Europe|organization"],
            "\(doc.entities)")
    }

    func testAcronymOfAnotherLetterKeepsTwoNames() throws {
        let doc = try extract("Talks joined the European Union and the United States (US) in Geneva.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["European Union|organization", "United States|country", "Geneva|location"],
            "\(doc.entities)")
    }

    func testFirstNameSpelledAcronymAfterAKindOfInstitutionIsOne() throws {
        let doc = try extract("Troops entered the town, the state news agency MARIA said and the news agency LIMA agreed.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["MARIA|organization", "LIMA|organization"], "\(doc.entities)")
    }

    func testNameBeforeALowerCasePartyOrGuerrillaNounIsTheBody() throws {
        let doc = try extract("The opposition Bright Future party, led by Lars Holmberg, accused him. He urged his Zorvil guerrillas to disarm.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }),
            ["Bright Future|organization", "Lars Holmberg|person", "Zorvil|organization"], "\(doc.entities)")
    }

    func testOneWordBeforeAPartyOrAMovementIsNoBody() throws {
        let doc = try extract("The Labour party, the Korvi movement and the Tigrayan militia met.")
        XCTAssertTrue(doc.entities.isEmpty, "\(doc.entities)")
    }

    func testOneWordBeforeAnArmedGroupsNounIsTheBody() throws {
        let doc = try extract("The leader of the Zorvani rebel coalition fled. Police blamed the banned Kestrava group for the attack.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Zorvani|organization", "Kestrava|organization"], "\(doc.entities)")
    }

    func testOneWordBeforeAGroupWithoutAnArmedWordIsNoBody() throws {
        let doc = try extract("The Korvi group met in Oslo.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Oslo|location"], "\(doc.entities)")
    }

    func testAcronymSpelledLikeAWordBeforeAPartyNounIsTheParty() throws {
        let doc = try extract("Supporters of the FAST party sang hymns in Oslo.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["FAST|organization", "Oslo|location"], "\(doc.entities)")
    }

    func testABodysNounInAppositionMakesTheNameABody() throws {
        let doc = try extract("Leaders met Sara Dunmore, the political wing of the Kestrava Army, in Oslo.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Sara Dunmore|organization", "Kestrava Army|organization", "Oslo|location"],
            "\(doc.entities)")
    }

    func testABodysNounModifyingAnotherInAppositionLeavesAPerson() throws {
        for text in ["Leaders met Sara Dunmore, the party's leader, in Oslo.", "Leaders met Sara Dunmore, a group leader, in Oslo."] {
            let doc = try extract(text)
            XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Sara Dunmore|person", "Oslo|location"], "\(doc.entities)")
        }
    }

    func testEverydayWordsBeforeAnInstitutionsOwnWordsBelongToIt() throws {
        let doc = try extract("Leaders of the Democratic Kestrava Party met in Oslo.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Democratic Kestrava Party|organization", "Oslo|location"], "\(doc.entities)")
    }

    func testADayBeforeAnInstitutionsOwnWordsStaysOut() throws {
        let doc = try extract("On Monday Kestrava Party leaders met in Oslo.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Kestrava Party|organization", "Oslo|location"], "\(doc.entities)")
    }

    func testAForumIsAnInstitutionsHead() throws {
        let doc = try extract("Ministers of the Kestrava Trade Forum met in Oslo.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Kestrava Trade Forum|organization", "Oslo|location"], "\(doc.entities)")
    }

    func testAPlacesPossessiveOpensNoLongerNameOfIt() throws {
        let doc = try extract("Troops fired on a crowd in Oslo's Kestrava Square.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Oslo|location", "Kestrava Square|location"], "\(doc.entities)")
    }

    func testANameAfterARelativesNounIsAPerson() throws {
        let doc = try extract("The king succeeded his father Kestrav Olavu in September.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Kestrav Olavu|person"], "\(doc.entities)")
    }

    func testATitleAndACommaKeepAWholeNameBeforeAFirstNameInsideIt() throws {
        for text in [
            "Samoa's first female prime minister-elect, Kestrav Maria Olavu, was sworn in on Monday.",
            "Samoa's foreign minister, Kestrav Maria Olavu, was sworn in on Monday.",
        ] {
            let doc = try extract(text)
            XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Kestrav Maria Olavu|person", "Samoa|country"], "\(doc.entities)")
        }
    }

    func testArmedGroupsFromPetrarchAreOrganizations() throws {
        let doc = try extract("Fighters of al-Shabab attacked the town while Boko Haram fighters crossed the border.")
        XCTAssertEqual(doc.entities.filter { $0.type == .organization }.count, 2, "\(doc.entities)")
        XCTAssertFalse(doc.entities.contains { $0.type == .person }, "\(doc.entities)")
    }

    func testMinistryKnownByItsBuildingIsAnOrganization() throws {
        let doc = try extract("The Pentagon said the strike killed two planners.")
        XCTAssertEqual(entity(doc, "Pentagon")?.type, .organization, "\(doc.entities)")
        XCTAssertNil(entity(doc, "United States"))
    }

    func testCapitalActsPastAnAdverbAndInARelativeClause() throws {
        let doc = try extract("Washington also welcomed the deal. Paris, which has armed the rebels, said nothing.")
        XCTAssertEqual(entity(doc, "United States")?.type, .country, "\(doc.entities)")
        XCTAssertEqual(entity(doc, "France")?.type, .country, "\(doc.entities)")
        XCTAssertFalse(doc.entities.contains { $0.type == .location }, "\(doc.entities)")
    }

    func testCoordinatedDemonymsActThroughTheSharedNoun() throws {
        let doc = try extract("Turkish and Qatari officials discussed the airport.")
        XCTAssertNotNil(entity(doc, "Turkey"), "\(doc.entities)")
        XCTAssertNotNil(entity(doc, "Qatar"), "\(doc.entities)")
    }

    func testPluralOfAMovementsAdjectiveNamesTheMovement() throws {
        let doc = try extract("Zaydi officials met envoys. The Zaydis, who control the north, rejected the plan.")
        XCTAssertEqual(entity(doc, "Zaydis")?.type, .organization, "\(doc.entities)")
        XCTAssertFalse(doc.entities.contains { $0.type == .person }, "\(doc.entities)")
    }

    func testCapitalizedModifierAfterAIsNoName() throws {
        let doc = try extract("Aung San Suu Kyi, a Nobel peace laureate, spoke.")
        XCTAssertNil(entity(doc, "Nobel"), "\(doc.entities)")
    }

    func testLowerCaseAdministrativeNounJoinsThePlacesAliases() throws {
        let doc = try extract("Troops moved into Rakhine state on Monday.")
        let place = try XCTUnwrap(entity(doc, "Rakhine"), "\(doc.entities)")
        XCTAssertTrue(place.aliases.contains("Rakhine state"), "\(place.aliases)")
    }

    func testFirstWordOfAnUnknownPlaceIsThatPlace() throws {
        let doc = try extract("Rebels overran the town of Zumbo da Serra. Residents want to go back to Zumbo soon.")
        XCTAssertEqual(doc.entities.filter { $0.type == .location }.count, 1, "\(doc.entities)")
    }

    func testCapitalsCoordinatedWithAGovernmentAndReadyToActAreGovernments() throws {
        let doc = try extract("Kabul stayed calm despite pressure from London and Paris.\nWashington, which has armed the rebels, said Moscow was ready to help.")
        for country in ["United Kingdom", "France", "United States", "Russia"] {
            XCTAssertEqual(entity(doc, country)?.type, .country, "\(country): \(doc.entities)")
        }
        XCTAssertNil(entity(doc, "Paris"), "\(doc.entities)")
        XCTAssertNil(entity(doc, "Washington"), "\(doc.entities)")
    }

    func testCapitalsListedAfterAGovernmentAreGovernments() throws {
        let doc = try extract("Senegal urged Bamako, Ouagadougou and Niamey to reconsider.")
        for country in ["Senegal", "Mali", "Burkina Faso", "Niger"] {
            XCTAssertEqual(entity(doc, country)?.type, .country, "\(country): \(doc.entities)")
        }
        XCTAssertEqual(facts(doc), ["Senegal -urge-> Mali", "Senegal -urge-> Burkina Faso", "Senegal -urge-> Niger"])
        // a list of capitals that are places stays a list of places
        let places = try extract("Prices rose in Dakar, Ouagadougou and Lome last year.")
        XCTAssertEqual(Set(places.entities.map { "\($0.name)|\($0.type)" }), ["Dakar|location", "Ouagadougou|location", "Lome|location"])
    }

    func testCountriesKnownByTheirAbbreviationAreTheCountry() throws {
        let doc = try extract("Albanese and his PNG counterpart signed the treaty, and the DRC and the UAE welcomed it.")
        XCTAssertEqual(
            Set(doc.entities.filter { $0.type == .country }.map(\.name)), ["Papua New Guinea", "Democratic Republic of the Congo", "United Arab Emirates"],
            "\(doc.entities)")
    }

    func testWireServiceDemonymSpellingsAreTheirCountry() throws {
        let doc = try extract("Ecuadoran President Daniel Noboa met Azeri and Nepali officials.")
        XCTAssertEqual(Set(doc.entities.filter { $0.type == .country }.map(\.name)), ["Ecuador", "Azerbaijan", "Nepal"], "\(doc.entities)")
        XCTAssertTrue(facts(doc).contains("Daniel Noboa -president-> Ecuador"), "\(facts(doc))")
    }

    func testTheIanAdjectiveBesideTheSourcesDemonymIsTheCountry() throws {
        // countryinfo gives "Slovene" only; AFP writes "Belarussian"; the source's "Bosnian,Herzegovinian" is one word each
        let doc = try extract("Slovenian President Milan Kucan met Belarussian and Bosnian officials.")
        XCTAssertEqual(Set(doc.entities.filter { $0.type == .country }.map(\.name)), ["Slovenia", "Belarus", "Bosnia and Herzegovina"], "\(doc.entities)")
        XCTAssertTrue(facts(doc).contains("Milan Kucan -president-> Slovenia"), "\(facts(doc))")
    }

    func testARegionalBlocNamedOnlyByItsAcronymIsTheBloc() throws {
        let doc = try extract("Mali, Burkina Faso and Niger left ECOWAS in January; the GCC and the OIC said nothing.")
        XCTAssertEqual(
            Set(doc.entities.filter { $0.type == .organization }.map(\.name)),
            ["Economic Community of West African States", "Gulf Cooperation Council", "Organisation of Islamic Cooperation"], "\(doc.entities)")
        XCTAssertTrue(facts(doc).contains("Mali -leave-> Economic Community of West African States"), "\(facts(doc))")
    }

    func testAShortNameTwoStatesShareIsTheOneNamedInFull() throws {
        let doc = try extract("Democratic Republic of Congo expelled Rwanda's ambassador. Congo accuses Rwanda of backing the M23.")
        XCTAssertEqual(entity(doc, "Democratic Republic of the Congo")?.aliases.contains("Congo"), true, "\(doc.entities)")
        XCTAssertNil(entity(doc, "Republic of the Congo"), "\(doc.entities)")
        // with both states named in full, the short name keeps its default (the larger state, as the
        // wire services write it)
        let both = try extract("The Republic of the Congo and the Democratic Republic of Congo met. Congo said so.")
        XCTAssertEqual(entity(both, "Democratic Republic of the Congo")?.aliases.contains("Congo"), true, "\(both.entities)")
        // the smaller state named in full takes the short name
        let smaller = try extract("The Republic of Congo expelled Rwanda's ambassador. Congo accuses Rwanda of backing rebels.")
        XCTAssertEqual(entity(smaller, "Republic of the Congo")?.aliases.contains("Congo"), true, "\(smaller.entities)")
        XCTAssertNil(entity(smaller, "Democratic Republic of the Congo"), "\(smaller.entities)")
    }

    func testAnEmbassyIsItsCountry() throws {
        // annotators give the country for its embassy: "police raided the Peruvian embassy" -> Peru
        let doc = try extract(
            "Protesters besieged Norway's embassy in Minsk on Monday.\n\nThe Swedish Embassy in Nairobi said it had closed its doors. Kenyan police raided the Peruvian embassy.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Norway|country", "Minsk|location", "Nairobi|location", "Kenya|country", "Peru|country"],
            "\(doc.entities)")
        XCTAssertEqual(facts(doc), ["Kenya -raid-> Peru"])
    }

    func testEverydayWordsJoinedByAndToAnInstitutionAreItsName() throws {
        let doc = try extract(
            "Mr Okello quit over a bill to reshape the Land and Titles Court. Police blamed Akil Odera, the leader of the Human Rights and Democracy Movement.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }),
            ["Okello|person", "Land and Titles Court|organization", "Akil Odera|person", "Human Rights and Democracy Movement|organization"],
            "\(doc.entities)")
        // a name before "and" stays a name of its own
        let two = try extract("Russia and Security Council members disagreed.")
        XCTAssertEqual(Set(two.entities.map { "\($0.name)|\($0.type)" }), ["Russia|country", "Security Council|organization"], "\(two.entities)")
    }

    func testOnOrAgainstAfterAnInstitutionsHeadOpensItsTopic() throws {
        let doc = try extract("The weapons were destroyed, said the Independent International Commission on Disarmament.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Independent International Commission on Disarmament|organization"], "\(doc.entities)")
        // a day or a known place after "on" ends the name
        let ends = try extract("The Security Council on Monday condemned the attack. Envoys briefed the Security Council on Syria.")
        XCTAssertEqual(Set(ends.entities.map { "\($0.name)|\($0.type)" }), ["Security Council|organization", "Syria|country"], "\(ends.entities)")
    }

    func testAKnownPlaceOfSeveralWordsAfterOfIsTakenWhole() throws {
        let doc = try extract("Members voted to support the Police Service of Northern Ireland (PSNI). The PSNI welcomed the vote.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Police Service of Northern Ireland|organization"],
            "\(doc.entities)")
        XCTAssertEqual(entity(doc, "Police Service of Northern Ireland")?.aliases.contains("PSNI"), true, "\(doc.entities)")
    }

    func testAnAcronymInAnotherLanguageClosesTheNameItsInitialsSpell() throws {
        let doc = try extract("The case was uncovered by the International Commission against Impunity in Varnia (CICIV), a United Nations-backed body.")
        XCTAssertEqual(
            entity(doc, "International Commission against Impunity in Varnia")?.aliases.sorted(),
            ["CICIV", "International Commission against Impunity in Varnia"], "\(doc.entities)")
        XCTAssertNil(entity(doc, "International Commission"), "\(doc.entities)")
    }

    func testBaseEndsAPlacesName() throws {
        let doc = try extract("The jet landed at Martin Air Force Base on Monday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Martin Air Force Base|location"], "\(doc.entities)")
    }

    func testAFirstNameAfterAPlacesNounAndOfOpensAPlace() throws {
        let doc = try extract("Thousands fled to the Uzbek city of Jamal-Kent in June.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Jamal-Kent|location", "Uzbekistan|country"], "\(doc.entities)")
    }

    func testBarracksAndServicesEndTheirNames() throws {
        let doc = try extract("The officers were held at the Mombasa barracks on Friday. The Samoa Defence Services struggled to contain the crowds.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Mombasa barracks|location", "Samoa Defence Services|organization"],
            "\(doc.entities)")
    }

    func testRadioAndANameIsAStation() throws {
        let doc = try extract("The army seized Radio Okapi on Monday. Radio and television stations were shut.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Radio Okapi|organization"], "\(doc.entities)")
        let joined = try extract("The government closed the office of Radio Free Asia/Radio Liberty.")
        XCTAssertNotNil(entity(joined, "Radio Free Asia/Radio Liberty"), "\(joined.entities)")
        XCTAssertEqual(joined.entities.filter { $0.type == .organization }.count, 1, "\(joined.entities)")
    }
}

/// A capital whose name is another place's too ("Washington", also a state) is its government where
/// the sentence leaves no doubt (`EntityRecognizer.actsAsGovernmentBeyondDoubt`): the exact entities.
final class CapitalBeyondDoubtTests: ExtractionTestCase {
    func testTheSubjectOfReportedSpeechIsTheGovernment() throws {
        XCTAssertEqual(try entities("A spokesman, Tom Reed, said Washington took the threat seriously."), ["Tom Reed person", "United States country"])
        XCTAssertEqual(try entities("Peru said Washington was \"deeply concerned\" by the clashes."), ["Peru country", "United States country"])
    }

    func testTheOneAccusedAndTheAgentOfAPassiveAreTheGovernment() throws {
        XCTAssertEqual(try entities("Peru accused Washington of meddling."), ["Peru country", "United States country"])
        XCTAssertEqual(try entities("Peru said the story was invented by Washington."), ["Peru country", "United States country"])
    }

    func testAPartyBesideABodyIsTheGovernment() throws {
        XCTAssertEqual(try entities("Qatar acted as a go-between for Washington and the Taliban."), ["Qatar country", "United States country", "Taliban organization"])
    }

    func testTheCityStaysACityWithoutSuchACue() throws {
        XCTAssertEqual(try entities("Peru opened an office in Washington."), ["Peru country", "Washington location"])
        XCTAssertEqual(try entities("Peru sent envoys to Washington and Geneva."), ["Peru country", "Washington location", "Geneva location"])
    }
}

/// A bare title's country is not one another country acts on in its sentence (`RoleExtractor.bareTitles`).
final class BareTitleActedOnCountryTests: ExtractionTestCase {
    func testTheAccusersTitleIsNotTheAccuseds() throws {
        let text =
            "Nicaragua protests\n\nMANAGUA, July 5 (Reuters) - Nicaragua protested on Thursday.\n\n"
            + "Nicaragua accused Washington of backing a coup in a statement read on television by Vice President Rosa Lindo."
        XCTAssertEqual(try roles(text), ["Rosa Lindo -vice president-> Nicaragua"])
    }
}

/// Places nested in an institution's name (`EntityRecognizer.nestedPlaces`): the exact entities.
final class NestedPlaceTests: ExtractionTestCase {
    func testAKnownBodysNameInsideAnotherHoldsNoPlace() throws {
        XCTAssertEqual(try entities("The African Union Commission met."), ["African Union Commission organization"])
    }

    func testAPlaceNamedOnlyInsideAnInstitutionsNameIsNoEntity() throws {
        // (the annotators never list such a place: 48 of them across the eval sets, none in the gold)
        XCTAssertEqual(try entities("Students of the University of Oslo marched."), ["University of Oslo organization"])
        // named on its own too, it is one
        XCTAssertEqual(
            try entities("Students of the University of Oslo marched through Oslo."), ["University of Oslo organization", "Oslo location"])
    }
}
