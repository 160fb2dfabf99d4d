import XCTest

@testable import KGExtraction

/// The forty-third pass on unseen news: a "to" phrase after a list of things sent or given names where
/// all of them go; the first of a kind to do something is the one the clause names, not the kind's
/// demonym; a place noun stands for the place named right before it; a month after a place of a
/// dateline is no place; "both" after a list's verb stands for the list; a
/// refusal of a plea a possessive pronoun gives an owner is aimed at the owner; a refusal of "the demand" answers whoever asked it of the one refusing; a fused
/// participle's phrase in apposition to a name acts on the name, and stops at a verb; a name
/// after a word for a political camp is a party.
final class FortyThirdRecallPassTests: ExtractionTestCase {
    func testAToPhraseAfterConjoinedObjectsOfASendingVerbIsTheVerbsRecipient() throws {
        let facts = try all("The United States sent aid and a field hospital to Chile.")
        XCTAssertTrue(facts.contains("United States -send-> Chile"), "\(facts)")
        let listed = try all("Clinton said the United States would send eight water units and a mobile field hospital to Chile.")
        XCTAssertTrue(listed.contains("United States -send-> Chile"), "\(listed)")
        // each thing with its own place: the first thing's place stays its own
        let paired = try all("Russia sent troops to Syria and an ambassador to Lebanon.")
        XCTAssertTrue(paired.contains("Russia -send-> Syria"), "\(paired)")
        // a verb that moves nothing keeps the phrase on its noun
        let noun = try all("France criticised the troops and the visits to Chile.")
        XCTAssertFalse(noun.contains { $0.hasSuffix("-> Chile") }, "\(noun)")
    }

    func testTheFirstOfAKindToActIsTheClausesSubjectNotTheKindsDemonym() throws {
        let became = try all("Lee Myung-bak on Friday became the first South Korean president to visit Japan.")
        XCTAssertTrue(became.contains("Lee Myung-bak -visit-> Japan"), "\(became)")
        XCTAssertFalse(became.contains("South Korea -visit-> Japan"), "\(became)")
        // with no rank, a demonym's noun still acts for its country
        let decision = try all("The Japanese decision to visit North Korea angered Seoul.")
        XCTAssertTrue(decision.contains("Japan -visit-> North Korea"), "\(decision)")
    }

    func testAPlaceNounStandsForThePlaceNamedRightBeforeIt() throws {
        let facts = try all("Lee Myung-bak became the first South Korean president to visit the Spratly islands.")
        XCTAssertTrue(facts.contains("Lee Myung-bak -visit-> Spratly"), "\(facts)")
        XCTAssertFalse(facts.contains("South Korea -visit-> Spratly"), "\(facts)")
        // a place noun with no name before it names nothing
        XCTAssertEqual(try all("Lee Myung-bak visited the islands."), [])
    }

    func testAMonthAfterADatelinePlaceWithOfIsNoPlace() throws {
        let names = try typedNames("PORT OF SPAIN, Aug 1 (Reuters) - Gunmen surrendered to the army on Wednesday.")
        XCTAssertFalse(names.contains { $0.hasPrefix("Aug|") }, "\(names)")
        XCTAssertTrue(names.contains("PORT OF SPAIN|location"), "\(names)")
        // a place listed after a place of "of" still is one
        let listed = try typedNames("Rebels shelled the towns of Kiwanja and Rutshuru.")
        XCTAssertTrue(listed.contains("Rutshuru|location"), "\(listed)")
    }

    func testBothAfterAListsVerbStandsForTheList() throws {
        let facts = try all(
            "U.S. Secretary of State Colin Powell telephoned Pervez Musharraf and Indian Foreign Minister Jaswant Singh, urging both to show restraint.")
        XCTAssertTrue(facts.contains("Colin Powell -urge-> Pervez Musharraf"), "\(facts)")
        XCTAssertTrue(facts.contains("Colin Powell -urge-> Jaswant Singh"), "\(facts)")
        let joined = try all("Kofi Annan met Mwai Kibaki and Raila Odinga and urged both to compromise.")
        XCTAssertTrue(joined.contains("Kofi Annan -urge-> Raila Odinga"), "\(joined)")
        // one name before is no list
        let one = try all("Colin Powell telephoned Pervez Musharraf, urging both sides to show restraint.")
        XCTAssertFalse(one.contains { $0.contains("-urge->") }, "\(one)")
    }

    func testARefusalOfAPleaAPronounOwnsIsAimedAtTheOwner() throws {
        let request = try all("Laisenia Qarase had appealed to Australia for troops, but Prime Minister John Howard turned down his request.")
        XCTAssertTrue(request.contains("John Howard -turn down-> Laisenia Qarase"), "\(request)")
        // the clause's subject before the nearest name: Kosovo's bid, not Bosnia's
        let bid = try all("Kosovo raised its tariff on goods from Serbia and Bosnia and Herzegovina a day after Interpol rejected its bid for membership.")
        XCTAssertTrue(bid.contains("Interpol -reject-> Kosovo"), "\(bid)")
        XCTAssertFalse(bid.contains("Interpol -reject-> Bosnia and Herzegovina"), "\(bid)")
        // with no one named before the pronoun but the actor, it is aimed at no one
        XCTAssertEqual(try all("Interpol rejected its bid."), [])
    }

    func testARefusalOfTheDemandAnswersWhoeverAskedIt() throws {
        let next = try all("Ethiopia demanded that Eritrea withdraw its troops from Badme. Eritrean President Isaias Afwerki rejected the demand.")
        XCTAssertTrue(next.contains("Isaias Afwerki -reject-> Ethiopia"), "\(next)")
        let same = try all("Matteo Salvini had also demanded that the Netherlands take the migrants, but the Dutch government rejected the demand.")
        XCTAssertTrue(same.contains { $0.hasSuffix("-reject-> Matteo Salvini") }, "\(same)")
        // a demand the sentence names the maker of is answered by the window and tree rules, not here
        let named = try all("Ethiopia demanded that Eritrea withdraw. Eritrea rejected the demand of the African Union.")
        XCTAssertFalse(named.contains("Eritrea -reject-> Ethiopia"), "\(named)")
        // no one asked the refuser anything
        XCTAssertFalse(try all("Kenya asked Uganda to act. Tanzania rejected the request.").contains { $0.hasPrefix("Tanzania -reject->") })
    }

    func testAFusedParticiplesPhraseInAppositionToANameActsOnTheName() throws {
        let facts = try all(
            "The case was uncovered by the International Commission against Impunity in Guatemala (CICIG), a United Nations-backed body.")
        XCTAssertTrue(facts.contains("United Nations -back-> International Commission against Impunity in Guatemala"), "\(facts)")
        // the phrase stops at its clause's verb: the separatists backed, not Donetsk
        XCTAssertEqual(try all("Russian-backed separatists seized Donetsk."), [])
        // a name right after the participle is still what it acts on
        XCTAssertTrue(try all("Iran-backed Houthi rebels attacked Saudi Arabia.").contains("Iran -back-> Houthis"))
    }

    func testANameAfterAWordForAPoliticalCampIsAParty() throws {
        let names = try typedNames("Albert Rivera, leader of the centre-right Ciudadanos, spoke. Viktor Orban's ruling Fidesz won the vote.")
        XCTAssertTrue(names.contains("Ciudadanos|organization"), "\(names)")
        XCTAssertTrue(names.contains("Fidesz|organization"), "\(names)")
        XCTAssertTrue(try roles("Albert Rivera, leader of the centre-right Ciudadanos, spoke.").contains("Albert Rivera -leader-> Ciudadanos"))
        // a person's name after the camp word stays a person's
        XCTAssertTrue(try typedNames("The conservative Sebastian Kurz won.").contains("Sebastian Kurz|person"))
    }
}
