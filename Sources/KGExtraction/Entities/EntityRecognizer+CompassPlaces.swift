import KGModel

/// A capitalized compass word before a known region's or province's name names a place of its own:
/// "South Kordofan", "North Caucasus", "Lower Shabelle".
extension EntityRecognizer {
    /// Compass words that open a place's own name before a known place's name.
    static let compassOpeners: WordSet = ["north", "south", "east", "west", "upper", "lower"]

    /// Known places of a continent's or an ocean's size, before which a compass word names a part of
    /// the world, not a place of its own: "West Africa", "South Pacific".
    static let worldRegions: WordSet = [
        "africa", "asia", "europe", "america", "americas", "caribbean", "atlantic", "pacific", "mediterranean", "arctic",
        "antarctic", "antarctica", "oceania", "balkans", "indian ocean", "middle east", "sahel", "gulf",
    ]

    /// The end of a place named by a capitalized compass word at `i` and a known place's name that is
    /// no state's, capital's or part of the world's, no longer name going on after it; or nil.
    ///
    /// ```swift
    /// // "Fighting spread to South Kordofan." -> the end of "Kordofan" (at "South")
    /// ```
    func compassPlaceEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        guard tokens[i].isWord, tokens[i].isCapitalized, !tokens[i].isAllCaps, tokens.lower(i, isIn: Self.compassOpeners), i + 1 < end,
            let (placeEnd, entry) = gazetteerMatch(tokens, mask: mask, at: i + 1, end: end),
            entry.type == .location, entry.kind == .name, !Self.worldRegions.contains(entry.canonical.lowercased()),
            !(placeEnd < end && tokens[placeEnd].isWord && tokens[placeEnd].isCapitalized)
        else { return nil }
        return placeEnd
    }
}
