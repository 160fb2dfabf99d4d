import XCTest

@testable import KGExtraction

/// The rules' word lists come from one resource file; a list that fails to load would silently
/// switch a rule off, so each is checked here.
final class WordListsTests: XCTestCase {
    func testEveryListTheRulesReadIsLoaded() {
        let sets: [String: Set<String>] = [
            "organizationHeads": NameCues.organizationHeads, "locationHeads": NameCues.locationHeads,
            "locationOpeners": NameCues.locationOpeners, "ofNameOpeners": NameCues.ofNameOpeners,
            "nonEntityHeads": NameCues.nonEntityHeads, "nonEntityOpeners": NameCues.nonEntityOpeners,
            "placePrepositions": NameCues.placePrepositions, "clauseWords": NameCues.clauseWords,
            "militaryNouns": NameCues.militaryNouns, "travelVerbs": NameCues.travelVerbs,
            "governmentAuxiliaries": NameCues.governmentAuxiliaries, "governmentNouns": NameCues.governmentNouns,
            "governmentActs": NameCues.governmentActs, "partyWords": NameCues.partyWords,
            "addressVerbs": NameCues.addressVerbs, "regionalWords": NameCues.regionalWords,
            "nameParticles": NameCues.nameParticles, "calendarWords": NameCues.calendarWords,
            "speechForms": NameCues.speechForms, "functionWords": NameCues.functionWords,
            "neverNames": NameCues.neverNames, "abbreviations": Tokenizer.abbreviations,
            "shareWords": PageFurniture.shareWords, "furnitureFunctionWords": PageFurniture.functionWords,
            "verbAdverbs": NameCues.verbAdverbs, "administrativeNouns": NameCues.administrativeNouns,
            "organizationClassNouns": NameCues.organizationClassNouns, "placeClassNouns": NameCues.placeClassNouns,
            "facilityNouns": NameCues.facilityNouns, "mediaNouns": NameCues.mediaNouns,
            "intentAdjectives": NameCues.intentAdjectives,
            "labelLines": PageFurniture.labelLines, "tickerLabels": PageFurniture.tickerLabels,
        ]
        for (name, words) in sets { XCTAssertFalse(words.isEmpty, name) }
        let lists: [String: [String]] = [
            "sectionMarkers": PageFurniture.sectionMarkers, "linePhrases": PageFurniture.linePhrases,
            "shortLinePhrases": PageFurniture.shortLinePhrases, "strongPhrases": PageFurniture.strongPhrases,
        ]
        for (name, phrases) in lists { XCTAssertFalse(phrases.isEmpty, name) }
        XCTAssertFalse(NameCues.demonymOrganizations.isEmpty)
        XCTAssertFalse(PageFurniture.inlineCues.isEmpty)
        XCTAssertFalse(PageFurniture.sectionOpeners.isEmpty)
        XCTAssertEqual(WordLists.table.count, sets.count + lists.count + 3, "a list in the file that no rule reads")
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
}
