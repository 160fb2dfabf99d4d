import KGExtraction
import XCTest

/// A title after the head noun of an institution named before ("ministry spokeswoman", "assembly
/// speaker") is held in that institution, its holder named right after it or after a comma
/// (`RoleExtractor.headTitles`).
final class RoleHeadTitleTests: ExtractionTestCase {
    func testTheHolderMayFollowAComma() throws {
        XCTAssertEqual(
            try roles(
                "BEIJING (Reuters) - China's foreign ministry rejected the report. Another foreign ministry spokeswoman, Li Mei, "
                    + "said Australia should be ashamed."),
            ["Li Mei -spokeswoman-> Chinese Foreign Ministry"])
        XCTAssertEqual(
            try roles(
                "SAN SALVADOR (Reuters) - El Salvador's Legislative Assembly removed the judges. The new assembly speaker, "
                    + "Tomas Quispe, said the judges had put lives at risk."),
            ["Tomas Quispe -speaker-> Legislative Assembly"])
    }

    func testNoNameAfterTheCommaStatesNoHolder() throws {
        XCTAssertEqual(
            try roles("BEIJING (Reuters) - China's foreign ministry rejected the report. A ministry spokeswoman, who declined to be named, denied it."),
            [])
    }
}
