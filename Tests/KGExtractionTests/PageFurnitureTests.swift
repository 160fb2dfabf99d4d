import KGExtraction
import KGModel
import XCTest

final class PageFurnitureTests: ExtractionTestCase {
    func testCommentSectionAndTeasersProduceNoEntities() throws {
        let text = """
            Chile condemned Peru on Friday.

            Leave a Reply
            Maria Gonzalez says Argentina is wonderful.
            """
        let doc = try extract(text)
        XCTAssertNil(entity(doc, "Argentina"))
        XCTAssertEqual(facts(doc), ["Chile -condemn-> Peru"])
    }

    func testNavigationShareLinesAndForeignBoilerplateAreDropped() throws {
        let text = """
            Follow us on social media
            Share this article
            Sed ut perspiciatis unde omnis iste natus error sit voluptatem Brazil.
            Votre adresse e-mail ne sera jamais Mexico.
            Egypt criticized Ethiopia over the dam.
            """
        let doc = try extract(text)
        XCTAssertEqual(Set(doc.entities.map(\.name)), ["Egypt", "Ethiopia"])
    }

    func testTruncatedTeaserAndTagCloudAreDropped() throws {
        let text = """
            Japan warned China about the drills.
            Coach Ronaldo Mendes praised the Portugal team after a long...
            dronesDefenceJapanChinaTaiwanNavyExercisesPacific
            """
        let doc = try extract(text)
        XCTAssertNil(entity(doc, "Portugal"))
        XCTAssertNil(entity(doc, "Taiwan"))
    }

    func testInlineAlsoReadLinkIsCut() throws {
        let doc = try extract("Kenya recalled its envoy.Also Read - Somalia Expels Ethiopian Diplomats Amid Row")
        XCTAssertNil(entity(doc, "Somalia"))
        XCTAssertNotNil(entity(doc, "Kenya"))
    }

    func testTitleIsTheFirstHeadlineLikeLine() throws {
        let doc = try extract("Skip to content\nPeru And Chile Sign Border Accord\nPeru signed the accord with Chile.")
        XCTAssertEqual(doc.title, "Peru And Chile Sign Border Accord")
    }
}

final class MorePageFurnitureTests: ExtractionTestCase {
    func testShareBarAndSkipLinkAreFurniture() throws {
        let doc = try extract("Skip to main content\nFacebook Twitter Email\nPeru protested to Chile.")
        XCTAssertNil(entity(doc, "Facebook"))
        XCTAssertNil(doc.title)
    }

    func testOrdinaryWordsLikeSearchOrPublishedDoNotMakeASentenceFurniture() throws {
        let doc = try extract("The report published on Monday said Peru attacked Chile during the search.")
        XCTAssertTrue(facts(doc).contains("Peru -attack-> Chile"))
    }
}

final class WebPageFurnitureLineTests: ExtractionTestCase {
    func testTagLinesTickersBreadcrumbsAndMastheadsProduceNothing() throws {
        let text = """
            EASTERN PLAINS TODAY
            Home > World > Middle East
            Breaking: Polls closed in Montenegro parliamentary vote
            Chile condemned Peru on Friday.
            Tags: Belarus, Lithuania, Poland, Protests, Elections, Opposition, Tractor works, Minsk, Vilnius
            """
        let doc = try extract(text)
        XCTAssertEqual(Set(doc.entities.map(\.name)), ["Chile", "Peru"], "\(doc.entities)")
    }

    func testTeaserHeadingOpensAFurnitureSection() throws {
        let text = """
            Chile condemned Peru on Friday.

            More from Eastern Plains Today
            - Navalny flown to Berlin for treatment after suspected poisoning
            """
        let doc = try extract(text)
        XCTAssertNil(entity(doc, "Berlin"), "\(doc.entities)")
    }

    func testCommentCountAboveTheArticleOpensNoFurnitureSection() throws {
        let text = """
            Chile recalls envoy
            By Rana Haddad | 12 March 2019
            Comments (58)

            SANTIAGO - Chile recalled its ambassador from Peru on Tuesday after the border talks failed.

            Comments (58)
            Maria Gonzalez: Argentina should mediate. | Reply
            """
        let doc = try extract(text)
        XCTAssertEqual(facts(doc), ["Chile -recall-> Peru"])
        XCTAssertNil(entity(doc, "Argentina"), "\(doc.entities)")
        XCTAssertNil(entity(doc, "Maria Gonzalez"), "\(doc.entities)")
    }

    func testBylineAuthorIsAPersonAndTheRestOfTheLineIsNot() throws {
        let doc = try extract("By Rana Haddad, Middle East correspondent\nChile condemned Peru on Friday.")
        XCTAssertEqual(entity(doc, "Rana Haddad")?.type, .person, "\(doc.entities)")
        XCTAssertNil(entity(doc, "Middle East"), "\(doc.entities)")
        XCTAssertNil(doc.title)
        let staff = try extract("By Staff Reporter | Published 3 hours ago\nChile condemned Peru on Friday.")
        XCTAssertFalse(staff.entities.contains { $0.type == .person }, "\(staff.entities)")
    }

    func testBylineAuthorAfterASeparatorOrWithAHyphenIsWhole() throws {
        let dotted = try extract("July 1, 2009 \u{00B7} 4 min read \u{00B7} by Ana Lucia Ferreira\nChile condemned Peru on Friday.")
        XCTAssertEqual(Set(dotted.entities.map { "\($0.name)|\($0.type)" }), ["Ana Lucia Ferreira|person", "Chile|country", "Peru|country"], "\(dotted.entities)")
        let dated = try extract("By Daniel Okafor \u{00B7} August 8, 2018\nChile condemned Peru on Friday.")
        XCTAssertEqual(Set(dated.entities.map { "\($0.name)|\($0.type)" }), ["Daniel Okafor|person", "Chile|country", "Peru|country"], "\(dated.entities)")
        let hyphened = try extract("By Paolo Reyes-Santiago\nChile condemned Peru on Friday.")
        XCTAssertEqual(
            Set(hyphened.entities.map { "\($0.name)|\($0.type)" }), ["Paolo Reyes-Santiago|person", "Chile|country", "Peru|country"], "\(hyphened.entities)")
    }

    func testReadMoreAloneOnALineOpensAFurnitureSection() throws {
        let text = """
            Chile condemned Peru on Friday after a border clash near Tacna that killed two soldiers.

            Read more
            - Bolivia: protesters arrested in Oruro
            Ecuador calls for calm in the Andes
            """
        let doc = try extract(text)
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Chile|country", "Peru|country", "Tacna|location"], "\(doc.entities)")
    }

    func testPostedByBylineKeepsOnlyItsAuthor() throws {
        let desk = try extract("Posted by Sione Talaku, Moscow bureau\n\nChile condemned Peru on Friday.")
        XCTAssertEqual(
            Set(desk.entities.map { "\($0.name)|\($0.type)" }), ["Sione Talaku|person", "Chile|country", "Peru|country"], "\(desk.entities)")
        let dated = try extract("Posted by Mirela Kostic on April 19, 2013\n\nChile condemned Peru on Friday.")
        XCTAssertEqual(
            Set(dated.entities.map { "\($0.name)|\($0.type)" }), ["Mirela Kostic|person", "Chile|country", "Peru|country"], "\(dated.entities)")
    }

    func testAMastheadMayHoldAPublicationsNounThatIsAVerbToo() throws {
        let doc = try extract("ANDES REPORT ONLINE\n\nChile condemned Peru on Friday after a border clash near Tacna that killed two soldiers.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name)|\($0.type)" }), ["Chile|country", "Peru|country", "Tacna|location"], "\(doc.entities)")
        XCTAssertNil(doc.title, "the masthead is no headline")
    }
}
