import Foundation
import XCTest

@testable import KGExtraction

/// Bundled files found by their path are the files Foundation's resource search finds.
final class BundledResourceTests: XCTestCase {
    func testAModelOrLexiconFoundByItsPathIsTheOneTheBundleSearchFinds() throws {
        for (name, subdirectory) in [("tagger.bin", "Resources/Models"), ("parser.bin", "Resources/Models"), ("roles.txt", "Resources/Lexicons")] {
            let found = try XCTUnwrap(BundledResource.file(name, in: subdirectory), name)
            let file = name as NSString
            let searched = try XCTUnwrap(
                Bundle.module.url(forResource: file.deletingPathExtension, withExtension: file.pathExtension, subdirectory: subdirectory)
                    ?? Bundle.module.url(forResource: file.deletingPathExtension, withExtension: file.pathExtension, subdirectory: "Models")
                    ?? Bundle.module.url(forResource: file.deletingPathExtension, withExtension: file.pathExtension, subdirectory: "Lexicons"),
                name)
            XCTAssertEqual(found.standardizedFileURL.resolvingSymlinksInPath(), searched.standardizedFileURL.resolvingSymlinksInPath(), name)
            XCTAssertEqual(try Data(contentsOf: found), try Data(contentsOf: searched), name)
        }
        XCTAssertEqual(try BundledResource.url(named: "tagger.bin"), BundledResource.file("tagger.bin", in: "Resources/Models"))
    }

    func testAMissingFileOrADirectoryIsNoFile() {
        XCTAssertNil(BundledResource.file("no-such-model.bin", in: "Resources/Models"))
        XCTAssertNil(BundledResource.file("Models", in: "Resources"))
        XCTAssertNil(BundledResource.file("roles.txt", in: "Resources/Models"))
    }
}
