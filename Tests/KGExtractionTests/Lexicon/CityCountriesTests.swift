import XCTest

@testable import KGExtraction

/// The state a city lies in, where its name says which.
final class CityCountriesTests: XCTestCase {
    func testACityWithNoLargeNamesakeNamesItsState() {
        XCTAssertEqual(CityCountries.country(of: "Almaty"), "Kazakhstan")
        XCTAssertEqual(CityCountries.country(of: "Geneva"), "Switzerland")  // not Geneva, Illinois
        XCTAssertEqual(CityCountries.country(of: "Apia"), "Samoa")
    }

    func testACityWithALargeNamesakeInAnotherStateNamesNone() {
        XCTAssertNil(CityCountries.country(of: "Valencia"))  // Spain's and Venezuela's
        XCTAssertNil(CityCountries.country(of: "Cambridge"))
        XCTAssertNil(CityCountries.country(of: "Kazakhstan"))  // a state, not a city
    }

    func testEveryStateTheTableNamesIsACountryOfTheGazetteer() throws {
        var countries = Set<String>()
        try Lexicons.forEachRow("gazetteer.tsv") { fields in
            if fields.count == 4, fields[2] == "country" { countries.insert(fields[1]) }
        }
        let named = Set(CityCountries.table.values)
        XCTAssertGreaterThan(CityCountries.table.count, 10_000)
        XCTAssertEqual(named.subtracting(countries), [])
    }
}
