import KGModel
import XCTest

@testable import KGExtraction

/// Invented sentences for the verb, action-noun and role classes the lexicon generator derives from
/// CAMEO's verb patterns, PETRARCH2's agents and WordNet, beyond any hand-picked word.
final class RelationLexiconClassTests: ExtractionTestCase {
    func testVerbOfAnUncodedBlockTakesTheRootItsPatternsShare() throws {
        let found = facts(try extract("Kenya restored diplomatic ties with Somalia on Tuesday."))
        XCTAssertTrue(found.contains("Kenya -restore-> Somalia"), "\(found)")
    }

    /// "faced China": a verb CAMEO codes but whose uses in news name no coded act ("faces charges",
    /// "faced Lasconi in the run-off"); a plain tree may still state it, uncoded.
    func testFacingIsNoCodedAct() throws {
        let doc = try extract("Indonesia faced China in the Natuna Sea.")
        XCTAssertFalse(doc.facts.contains { $0.action == "face" && $0.cameo != .uncoded }, "\(facts(doc))")
    }

    /// "was sworn in by Congress": an office given (05), not an oath sworn at someone (11).
    func testSwearingInIsGivingAnOffice() throws {
        let doc = try extract("Senate President Luis Gonzalez Macchi was sworn in by Congress hours later.")
        XCTAssertTrue(doc.facts.contains { $0.action == "swear in" && $0.cameo == .root(.engageInDiplomaticCooperation) }, "\(facts(doc))")
        XCTAssertFalse(doc.facts.contains { $0.action == "swear" }, "\(facts(doc))")
    }

    /// "welcomed Tegucigalpa's decision": a decision is taken toward no one.
    func testADecisionNamesNoAct() throws {
        let doc = try extract("Honduras recalled its envoy. Colombia welcomed Tegucigalpa's decision.")
        XCTAssertFalse(doc.facts.contains { $0.action == "decide" }, "\(facts(doc))")
    }

    func testBritishAndAmericanSpellingsGiveOneAction() throws {
        let british = facts(try extract("Ghana recognised Kosovo in 2012."))
        let american = facts(try extract("Ghana recognized Kosovo in 2012."))
        XCTAssertTrue(british.contains("Ghana -recognize-> Kosovo"), "\(british)")
        XCTAssertEqual(british, american)
    }

    func testReceivingAVisitorIsHostingThem() throws {
        let found = facts(try extract("Brazil received Venezuelan opposition leader Edmundo Gonzalez on Wednesday."))
        XCTAssertTrue(found.contains("Brazil -receive-> Edmundo Gonzalez"), "\(found)")
    }

    func testReceivingSomethingFromAnotherIsNotHostingThem() throws {
        let found = facts(try extract("Moldova received a call from Romania on Friday."))
        XCTAssertTrue(found.contains("Romania -call-> Moldova"), "\(found)")
        XCTAssertFalse(found.contains("Moldova -receive-> Romania"), "\(found)")
    }

    func testOffensiveFromCameoPatternsIsAnActOfForce() throws {
        let found = facts(try extract("Azerbaijani forces launched an offensive against Armenian positions."))
        XCTAssertTrue(found.contains("Azerbaijan -fight-> Armenia"), "\(found)")
    }

    func testClosedCompoundAirstrikesIsAnActOfForce() throws {
        let found = facts(try extract("Azerbaijan launched airstrikes on Armenia."))
        XCTAssertTrue(found.contains("Azerbaijan -fight-> Armenia"), "\(found)")
    }

    func testWordNetNominalizationCarriesItsVerb() throws {
        let doc = try extract("Chad's condemnation of Sudan surprised observers.")
        XCTAssertTrue(facts(doc).contains("Chad -condemn-> Sudan"), "\(facts(doc))")
        let lexicons = try Lexicons.load()
        XCTAssertEqual(lexicons.actionNouns["evacuation"]?.lemma, "evacuate")
        XCTAssertEqual(lexicons.actionNouns["airstrikes"]?.cameo, .fight)
        XCTAssertNil(lexicons.actionNouns["administration"], "a body, not an act: the Biden administration")
    }

    func testMediatorAndDiplomatAreRoles() throws {
        let found = facts(try extract("Armenian negotiator Tigran Petrosyan met Ghanaian diplomat Kwame Mensah in Vienna."))
        XCTAssertTrue(found.contains("Tigran Petrosyan -negotiator-> Armenia"), "\(found)")
        XCTAssertTrue(found.contains("Kwame Mensah -diplomat-> Ghana"), "\(found)")
    }

    func testEveryLexiconVerbCarriesACAMEORootCode() throws {
        // load() refuses a verbs.tsv row whose code is not one of the twenty roots.
        let lexicons = try Lexicons.load()
        XCTAssertGreaterThan(lexicons.verbs.count, 1000)
        XCTAssertEqual(lexicons.verbs["condemn"]?.cameo, .disapprove)
    }
}
