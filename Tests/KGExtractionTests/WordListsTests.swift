import XCTest

@testable import KGExtraction

/// The rules' word lists come from one resource file; a list that fails to load would silently
/// switch a rule off, so each is checked here.
final class WordListsTests: XCTestCase {
    func testEveryListTheRulesReadIsLoaded() {
        let sets: [String: WordSet] = [
            "organizationHeads": NameCues.organizationHeads, "locationHeads": NameCues.locationHeads,
            "locationOpeners": NameCues.locationOpeners, "ofNameOpeners": NameCues.ofNameOpeners, "stateNameOpeners": NameCues.stateNameOpeners,
            "nonEntityHeads": NameCues.nonEntityHeads, "nonEntityOpeners": NameCues.nonEntityOpeners,
            "placePrepositions": NameCues.placePrepositions, "clauseWords": NameCues.clauseWords,
            "militaryNouns": NameCues.militaryNouns, "travelVerbs": NameCues.travelVerbs,
            "governmentAuxiliaries": NameCues.governmentAuxiliaries, "governmentNouns": NameCues.governmentNouns,
            "governmentActs": NameCues.governmentActs, "partyWords": NameCues.partyWords,
            "addressVerbs": NameCues.addressVerbs, "envoyNouns": NameCues.envoyNouns, "recallVerbs": NameCues.recallVerbs,
            "regionalWords": NameCues.regionalWords, "faithWords": NameCues.faithWords,
            "nameParticles": NameCues.nameParticles, "calendarWords": NameCues.calendarWords,
            "speechForms": NameCues.speechForms, "functionWords": NameCues.functionWords,
            "neverNames": NameCues.neverNames, "abbreviations": Tokenizer.abbreviations,
            "shareWords": PageFurniture.shareWords, "furnitureFunctionWords": PageFurniture.functionWords,
            "verbAdverbs": NameCues.verbAdverbs, "administrativeNouns": NameCues.administrativeNouns,
            "organizationClassNouns": NameCues.organizationClassNouns, "personClassNouns": NameCues.personClassNouns,
            "arabicPlaceOpeners": NameCues.arabicPlaceOpeners, "arabicBodyOpeners": NameCues.arabicBodyOpeners,
            "placeClassNouns": NameCues.placeClassNouns,
            "facilityNouns": NameCues.facilityNouns, "landmarkNouns": NameCues.landmarkNouns, "forceNouns": NameCues.forceNouns, "mediaNouns": NameCues.mediaNouns,
            "intentAdjectives": NameCues.intentAdjectives, "bodyNouns": NameCues.bodyNouns, "armedBodyNouns": NameCues.armedBodyNouns,
            "armedBodyModifiers": NameCues.armedBodyModifiers, "armedBodyClassNouns": NameCues.armedBodyClassNouns,
            "stateChamberHeads": NameCues.stateChamberHeads,
            "labelLines": PageFurniture.labelLines, "tickerLabels": PageFurniture.tickerLabels, "mastheadNouns": PageFurniture.mastheadNouns,
        ]
        for (name, words) in sets { XCTAssertFalse(words.isEmpty, name) }
        let relationSets: [String: WordSet] = [
            "TreeActionExtractor.undoingLemmas": TreeActionExtractor.undoingLemmas, "TreeActionExtractor.forecastWords": TreeActionExtractor.forecastWords,
            "TreeActionExtractor.deliberationLemmas": TreeActionExtractor.deliberationLemmas,
            "TreeActionExtractor.speechLemmas": TreeActionExtractor.speechLemmas, "TreeActionExtractor.unlikelyWords": TreeActionExtractor.unlikelyWords, "AnaphoraResolver.placeHeads": AnaphoraResolver.placeHeads,
            "TreeActionExtractor.placeNouns": TreeActionExtractor.placeNouns,
            "TreeActionExtractor.heldThingNouns": TreeActionExtractor.heldThingNouns, "TreeActionExtractor.travelLemmas": TreeActionExtractor.travelLemmas,
            "TreeActionExtractor.destinationLemmas": TreeActionExtractor.destinationLemmas, "TreeActionExtractor.stoppingLemmas": TreeActionExtractor.stoppingLemmas,
            "TreeActionExtractor.tieNouns": TreeActionExtractor.tieNouns, "TreeActionExtractor.offeringLemmas": TreeActionExtractor.offeringLemmas,
            "TreeActionExtractor.relationalLemmas": TreeActionExtractor.relationalLemmas,
            "AnaphoraResolver.contestedWords": AnaphoraResolver.contestedWords, "QuoteSpeakerResolver.speechForms": QuoteSpeakerResolver.speechForms, "RoleExtractor.nationalOffices": RoleExtractor.nationalOffices,
            "RoleExtractor.nationalTitles": RoleExtractor.nationalTitles, "RoleExtractor.militaryRanks": RoleExtractor.militaryRanks,
            "RoleExtractor.honorificsBeforeNames": RoleExtractor.honorificsBeforeNames,
            "RoleExtractor.legislativeTitles": RoleExtractor.legislativeTitles,
            "RoleExtractor.asTitleVerbs": RoleExtractor.asTitleVerbs, "RoleExtractor.asTitleModifiers": RoleExtractor.asTitleModifiers,
            "RoleExtractor.selfDeclaringVerbs": RoleExtractor.selfDeclaringVerbs,
            "RoleExtractor.kinshipNouns": WordSet(RoleExtractor.kinshipNouns.dictionary.values),
            "RoleExtractor.staffNouns": WordSet(RoleExtractor.staffNouns.dictionary.values), "RoleExtractor.partyNameWords": RoleExtractor.partyNameWords,
            "ActionExtractor.negations": ActionExtractor.negations, "ActionExtractor.motionLemmas": ActionExtractor.motionLemmas, "ActionExtractor.mediumNames": ActionExtractor.mediumNames,
            "ActionExtractor.objectControl": ActionExtractor.objectControl, "ActionExtractor.appealControl": ActionExtractor.appealControl,
            "ActionExtractor.clauseOnlyLemmas": ActionExtractor.clauseOnlyLemmas,
            "ActionExtractor.transparent": ActionExtractor.transparent, "ActionExtractor.pastFormsSharedWithNouns": ActionExtractor.pastFormsSharedWithNouns, "ActionExtractor.nonVerbForms": ActionExtractor.nonVerbForms,
            "ActionExtractor.speechLemmas": ActionExtractor.speechLemmas, "ActionExtractor.partNouns": ActionExtractor.partNouns, "ActionExtractor.judgingLemmas": ActionExtractor.judgingLemmas,
            "ActionExtractor.actingBodyNouns": ActionExtractor.actingBodyNouns, "ActionExtractor.denialForms": ActionExtractor.denialForms, "ActionExtractor.goBetweenLemmas": ActionExtractor.goBetweenLemmas,
            "ActionExtractor.agreementNouns": ActionExtractor.agreementNouns, "ActionExtractor.receivingForms": ActionExtractor.receivingForms, "ActionExtractor.quantityNouns": ActionExtractor.quantityNouns,
            "ActionExtractor.supportLemmas": ActionExtractor.supportLemmas, "ActionExtractor.themeLemmas": ActionExtractor.themeLemmas, "ActionExtractor.appealLemmas": ActionExtractor.appealLemmas,
            "ActionExtractor.lightLemmas": ActionExtractor.lightLemmas, "ActionExtractor.reciprocalLemmas": ActionExtractor.reciprocalLemmas, "ActionExtractor.lightForms": ActionExtractor.lightForms,
            "ActionExtractor.pluralRoles": ActionExtractor.pluralRoles, "ActionExtractor.controlOnly": ActionExtractor.controlOnly,
            "TreeActionExtractor.exchangeLemmas": TreeActionExtractor.exchangeLemmas,
            "TreeActionExtractor.goBetweenWayNouns": TreeActionExtractor.goBetweenWayNouns,
            "TreeActionExtractor.exerciseNouns": TreeActionExtractor.exerciseNouns,
            "TreeActionExtractor.durationNouns": TreeActionExtractor.durationNouns,
            "TreeActionExtractor.meetingNouns": TreeActionExtractor.meetingNouns,
            "TreeActionExtractor.hostingLemmas": TreeActionExtractor.hostingLemmas,
            "TreeActionExtractor.sourceTargetLemmas": TreeActionExtractor.sourceTargetLemmas,
            "TreeActionExtractor.answeringLemmas": TreeActionExtractor.answeringLemmas,
            "ChargeDenials.accusingLemmas": ChargeDenials.accusingLemmas, "ChargeDenials.denyingLemmas": ChargeDenials.denyingLemmas,
            "ChargeDenials.chargeNouns": ChargeDenials.chargeNouns, "ChargeDenials.verbOpeners": ChargeDenials.verbOpeners,
            "MentionResolver.nameHonorifics": MentionResolver.nameHonorifics, "RoleExtractor.bodyOffices": RoleExtractor.bodyOffices,
            "TreeActionExtractor.postingLemmas": TreeActionExtractor.postingLemmas, "TreeActionExtractor.forceNouns": TreeActionExtractor.forceNouns,
            "TreeActionExtractor.journeyNouns": TreeActionExtractor.journeyNouns,
            "TreeActionExtractor.actSummaryNouns": TreeActionExtractor.actSummaryNouns,
        ]
        // Lists a rule extends with another's: only the extra words are in the file.
        XCTAssertTrue(TreeActionExtractor.performingLemmas.set.isSuperset(of: WordLists.set("TreeActionExtractor.performingLemmas")))
        XCTAssertTrue(TreeActionExtractor.actingNouns.set.isSuperset(of: WordLists.set("TreeActionExtractor.actingNouns")))
        XCTAssertFalse(WordLists.set("TreeActionExtractor.performingLemmas").isEmpty)
        XCTAssertFalse(WordLists.set("TreeActionExtractor.actingNouns").isEmpty)
        XCTAssertTrue(TreeActionExtractor.claimNouns.set.isSuperset(of: WordLists.set("TreeActionExtractor.claimNouns")))
        XCTAssertTrue(TreeActionExtractor.claimNouns.set.isSuperset(of: ChargeDenials.chargeNouns.set))
        // "Country: title" entries, read as title -> country
        XCTAssertEqual(RoleExtractor.singleCountryTitles["secretary of state"], "United States")
        XCTAssertEqual(RoleExtractor.singleCountryTitles.count, WordLists.list("RoleExtractor.singleCountryTitles").count)
        for (name, words) in relationSets {
            XCTAssertFalse(words.isEmpty, name)
            XCTAssertEqual(words.set, WordLists.set(name), "\(name) is read under another name")
        }
        let lists: [String: [String]] = [
            "sectionMarkers": PageFurniture.sectionMarkers, "linePhrases": PageFurniture.linePhrases,
            "shortLinePhrases": PageFurniture.shortLinePhrases, "strongPhrases": PageFurniture.strongPhrases,
        ]
        for (name, phrases) in lists { XCTAssertFalse(phrases.isEmpty, name) }
        XCTAssertFalse(NameCues.demonymOrganizations.isEmpty)
        XCTAssertFalse(PageFurniture.inlineCues.isEmpty)
        XCTAssertFalse(PageFurniture.sectionOpeners.isEmpty)
        XCTAssertEqual(
            WordLists.table.count, sets.count + relationSets.count + lists.count + 7, "a list in the file that no rule reads")
    }

    func testEntriesKeepTheirOrderAndPhrasesSplitIntoWords() {
        XCTAssertEqual(PageFurniture.sectionMarkers.first, "leave a reply")
        XCTAssertEqual(NameCues.demonymOrganizations.first, ["armed", "forces"])
        XCTAssertTrue(NameCues.demonymOrganizations.contains(["prosecutor", "general", "'s", "office"]))
        XCTAssertTrue(NameCues.neverNames.contains("muslims"))
        XCTAssertTrue(Tokenizer.abbreviations.contains("sept"))
    }

    func testNoListRepeatsAnEntry() {
        for (name, entries) in WordLists.table {
            XCTAssertEqual(entries.count, Set(entries).count, name)
        }
    }

    /// The demonym institutions found by their first word are the list's, in its order: no phrase
    /// is empty (an empty one would match anywhere, and the look-up by first word skips none).
    func testDemonymInstitutionsByFirstWordAreTheListInOrder() {
        XCTAssertFalse(NameCues.demonymOrganizations.contains { $0.isEmpty })
        var regrouped: [String: [[String]]] = [:]
        for phrase in NameCues.demonymOrganizations { regrouped[phrase[0], default: []].append(phrase) }
        for (first, phrases) in regrouped { XCTAssertEqual(NameCues.demonymOrganizationsByFirstWord[first], phrases, first) }
        XCTAssertEqual(NameCues.demonymOrganizationsByFirstWord.count, regrouped.count)
    }
}
