import Foundation

/// The sovereign state a city of the gazetteer lies in (`Resources/Lexicons/city_countries.tsv`),
/// where its name says which: "Almaty" -> Kazakhstan, "Geneva" -> Switzerland (its namesakes
/// elsewhere are at most a fifth its size), but not "Valencia" (Spain's and Venezuela's alike).
/// Read on first use: only a dateline that names no capital asks.
///
/// ```swift
/// CityCountries.country(of: "Almaty")  // "Kazakhstan"
/// ```
enum CityCountries {
    /// City name as the gazetteer spells it -> the canonical name of its country.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        // a missing file places no dateline city, which CityCountriesTests catches
        try? Lexicons.forEachRow("city_countries.tsv") { fields in
            guard fields.count == 2 else { return }
            table[fields[0]] = fields[1]
        }
        return table
    }()

    /// The country the city the gazetteer calls `city` lies in, if its name says which.
    static func country(of city: String) -> String? {
        table[city]
    }
}
