import KGExtraction
import XCTest

/// A company's country stated by a demonym or a possessive before the class noun that introduces
/// its name (`RoleExtractor+Companies`): the exact facts of each text.
final class RoleCompanyNationalityTests: ExtractionTestCase {
    func testADemonymBeforeATradeNounIsTheCompanysCountry() throws {
        XCTAssertEqual(try all("Kenyan telecoms giant Safaricom raised its prices on Monday."), ["Safaricom -giant-> Kenya"])
        XCTAssertEqual(
            try all("Brazilian state oil company Petrobras signed a deal with Bolivia."),
            ["Petrobras -company-> Brazil", "Petrobras -sign-> Bolivia"])
    }

    func testAPossessiveBeforeATradeNounInAppositionIsTheCompanysCountry() throws {
        XCTAssertEqual(
            try all("Ghana's state power monopoly, Volta River Authority, cut supplies to Togo."),
            ["Volta River Authority -monopoly-> Ghana", "Volta River Authority -cut-> Togo"])
    }

    func testAGroupIsACompanyOnlyAfterAnIndustry() throws {
        XCTAssertEqual(try all("French mining group Eramet suspended its operations in Gabon."), ["Eramet -group-> France"])
        XCTAssertEqual(try roles("The Kenyan rights group Haki Africa accused the police of abuses."), [])
    }

    func testAMediumsCountryBeforeItsNameIsItsStanding() throws {
        // (left out until the annotated tuning sets showed annotators keep it: "Dutch broadcaster NOS")
        XCTAssertEqual(try roles("Russian news agency TASS reported the talks."), ["TASS -agency-> Russia"])
    }
}
