import XCTest

@testable import KGIngest

final class HTMLTextTests: XCTestCase {
    func testScriptsStylesAndCommentsAreDropped() {
        let page = HTMLText(
            """
            <style>p { color: red }</style><p>Kept</p><script>if (a < b) { alert("</p>") }</script>
            <!-- a <p>comment</p> --><noscript>Enable JS</noscript>
            """)
        XCTAssertEqual(page.text, "Kept")
    }

    func testParagraphsAreSeparatedAndInlineTagsJoinText() {
        let page = HTMLText("<p>NATO <b>condemned</b>\n  Russia.</p><p>Second<br>line</p>")
        XCTAssertEqual(page.text, "NATO condemned Russia.\n\nSecond\nline")
    }

    func testNamedAndNumericEntitiesAreDecoded() {
        let page = HTMLText("<p>Caf&eacute; &amp; bar &#8212; &#x201C;hi&#x201D; &nbsp;AT&T &bogus;</p>")
        XCTAssertEqual(page.text, "Café & bar — “hi” AT&T &bogus;")
    }

    func testQuotedGreaterThanInAttributesDoesNotEndTheTag() {
        XCTAssertEqual(HTMLText(#"<a title="a > b" href='x'>link</a> text"#).text, "link text")
    }

    func testTitleComesFromTheHeadAndIsNotBodyText() {
        let page = HTMLText("<html><head><title> Talks &amp; Sanctions </title><meta charset=utf-8></head><body><h1>Talks</h1></body>")
        XCTAssertEqual(page.title, "Talks & Sanctions")
        XCTAssertEqual(page.text, "Talks")
    }

    func testBodyTextSurvivesAnUnclosedHead() {
        XCTAssertEqual(HTMLText("<head><title>T</title><body><p>Body</p>").text, "Body")
    }

    func testLessThanThatIsNotATagIsKept() {
        XCTAssertEqual(HTMLText("<p>3 < 4 and 5 <= 6</p>").text, "3 < 4 and 5 <= 6")
    }
}

extension HTMLTextTests {
    func testNavigationMenusAreNotArticleText() {
        XCTAssertEqual(HTMLText("<nav><ul><li>Home</li></ul></nav><p>Story</p>").text, "Story")
    }
}

extension HTMLTextTests {
    func testUnclosedNavigationStillYieldsTheArticle() {
        let page = HTMLText("<body><nav><ul><li>Home</li><li>World</li></ul><p>Talks resumed in Geneva.</p></body>")
        XCTAssertTrue(page.text.contains("Talks resumed in Geneva."), page.text)
    }

    func testUnclosedSVGStillYieldsTheText() {
        let page = HTMLText("<p>Before</p><svg viewBox='0 0 10 10'><path d='M0 0'/><p>After the icon.</p>")
        XCTAssertEqual(page.text, "Before\n\nAfter the icon.")
    }

    func testClosingAnElementClosesWhatItLeftOpen() {
        // The svg inside the menu is never closed; the menu's end tag ends both.
        let page = HTMLText("<nav><a>Home</a><svg><path/></nav><p>Story</p>")
        XCTAssertEqual(page.text, "Story")
    }

    func testStrayEndTagsOfHiddenElementsHideNothing() {
        XCTAssertEqual(HTMLText("<p>One</p></nav></svg><p>Two</p>").text, "One\n\nTwo")
    }
}

/// Hostile markup is read in time linear in its size: counted in steps, not timed.
final class HTMLTextBoundsTests: XCTestCase {
    /// End tags of hidden elements that are not open, under thousands of open ones, cost nothing.
    func testEndTagsOfElementsNotOpenDoNotWalkTheOpenOnes() {
        let open = 5_000
        let html =
            "<p>before</p>" + String(repeating: "<nav>menu ", count: open) + String(repeating: "</svg>", count: open)
            + "<p>after</p>"
        var scanner = HTMLText.Scanner(html)
        scanner.run()
        XCTAssertEqual(scanner.openHidden.count, open)
        // Before: each </svg> walked all 5,000 open <nav>s (25 million steps).
        XCTAssertLessThanOrEqual(scanner.closingSteps, open)
        // An end tag that closes them walks back only over what it removes.
        var closing = HTMLText.Scanner(html + "</nav>")
        closing.run()
        XCTAssertEqual(closing.openHidden.count, open - 1)
        XCTAssertLessThanOrEqual(closing.closingSteps, open + 1)
        // The never-closed menus hide nothing (the page is read again with them as plain tags).
        XCTAssertTrue(HTMLText(html).text.hasSuffix("after"))
    }

    func testAMillionCharacterReferencesDecodeWhole() {
        let html = "<p>" + String(repeating: "Tom &amp; Jerry &#233; ", count: 50_000) + "</p>"
        let text = HTMLText(html).text
        XCTAssertEqual(text.unicodeScalars.filter { $0 == "&" }.count, 50_000)
        XCTAssertEqual(text.unicodeScalars.filter { $0 == "\u{E9}" }.count, 50_000)
        XCTAssertFalse(text.contains("&amp;"))
    }

    func testATitleCutIntoManyPiecesIsWhole() {
        let html = "<title>" + String(repeating: "a<b>b</b>", count: 20_000) + "</title><p>body</p>"
        XCTAssertEqual(HTMLText(html).title, String(repeating: "ab", count: 20_000))
    }
}
