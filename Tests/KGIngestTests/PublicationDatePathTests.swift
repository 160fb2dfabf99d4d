import KGIngest
import KGModel
import XCTest

final class PublicationDatePathTests: XCTestCase {
    func testDatesInFileNamesAndFolders() {
        XCTAssertEqual(PublicationDate.find(inPath: "/news/2022-02-21-putin.html")?.date.iso, "2022-02-21")
        XCTAssertEqual(PublicationDate.find(inPath: "/news/2022/02/21/story.txt")?.date.iso, "2022-02-21")
        XCTAssertEqual(PublicationDate.find(inPath: "/news/reuters_20220221.txt")?.date.iso, "2022-02-21")
        XCTAssertNil(PublicationDate.find(inPath: "/corpus/000_6ce4e57df64789d1.txt"))
        XCTAssertNil(PublicationDate.find(inPath: "/news/2022-13-45.txt"))
    }
}
