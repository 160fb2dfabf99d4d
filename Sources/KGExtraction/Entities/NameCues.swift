/// Words that tell what kind of thing an unknown capitalized name is.
enum NameCues {
    /// Head nouns of institutions: `... Ministry`, `... Council`, `... Army`.
    static let organizationHeads: WordSet = WordLists.wordSet("NameCues.organizationHeads")
    /// Institutions a country's demonym can name: `Russian army`, `Ukrainian parliament`.
    static let demonymOrganizations: [[String]] = WordLists.phrases("NameCues.demonymOrganizations")
    /// `demonymOrganizations` by their first word, in their order: the recognizer asks at every
    /// capitalized word, and comparing it with each phrase's first word cost about 3,000 instructions.
    static let demonymOrganizationsByFirstWord = WordTable<[[String]]>(
        Dictionary(grouping: demonymOrganizations.filter { !$0.isEmpty }) { $0[0] })
    /// Heads of a state's courts, chambers and ministries, whose own words name them without the
    /// state's demonym (`Russian Duma` is the `Duma`; not `Syrian Democratic Forces` or `Serbian
    /// Orthodox Church`, whose demonym is part of the name).
    static let stateChamberHeads: WordSet = WordLists.wordSet("NameCues.stateChamberHeads")
    /// Institution heads that are one institution under two names: "Chile's military" is its armed forces.
    static let institutionSynonyms: WordTable<String> = ["Military": "Armed Forces"]

    /// Head nouns of places: `... region`, `... Oblast`.
    static let locationHeads: WordSet = WordLists.wordSet("NameCues.locationHeads")

    /// Place head nouns that are also common surnames: after a title and a first name they end a
    /// person's name ("Ambassador Kathryn Hall", "its envoy, Christopher Hill").
    static let surnameHeads: WordSet = ["hall", "hill", "park", "lane", "gates", "bridges", "fields"]
    /// Words that open a place's name: `Mount Rainier`, `Lake Geneva`, `Fort Worth`.
    static let locationOpeners: WordSet = WordLists.wordSet("NameCues.locationOpeners")
    /// Nouns that end a military base's name: "Manas air base", "Bagram airfield".
    static let baseNouns: WordSet = ["base", "airbase", "airfield"]
    /// Words that open an institution's or landmark's name before a state's name or people's word:
    /// `Royal Canadian Mounted Police`, `Free Syrian Army`, `Grand Ethiopian Renaissance Dam`.
    static let stateNameOpeners: WordSet = WordLists.wordSet("NameCues.stateNameOpeners")
    /// Nouns a place's or realm's name continues after with `of`: `Horn of Africa`, `Kingdom of Fife`.
    static let ofNameOpeners: WordSet = WordLists.wordSet("NameCues.ofNameOpeners")
    /// Heads of names that are works, events or awards, not actors: `... Symphony`, `... War`, `Cyclone ...`.
    static let nonEntityHeads: WordSet = WordLists.wordSet("NameCues.nonEntityHeads")
    /// Words that open the name of an event or work: `Cyclone Phailin`, `Operation Sea Lion`.
    static let nonEntityOpeners: WordSet = WordLists.wordSet("NameCues.nonEntityOpeners")
    /// Prepositions after which an unknown name is a place, and a capital is the city.
    static let placePrepositions: WordSet = WordLists.wordSet("NameCues.placePrepositions")
    /// Words that may follow a noun phrase's head: it ends there.
    static let clauseWords: WordSet = WordLists.wordSet("NameCues.clauseWords")
    /// Nouns an institution's name can modify: "army convoys" is not the army.
    static let militaryNouns: WordSet = WordLists.wordSet("NameCues.militaryNouns")
    /// Verbs of travel whose object is a place, not a government.
    static let travelVerbs: WordSet = WordLists.wordSet("NameCues.travelVerbs")
    /// Auxiliaries after which a capital acts: "Lima has", "Quito will".
    static let governmentAuxiliaries: WordSet = WordLists.wordSet("NameCues.governmentAuxiliaries")
    /// Nouns after a capital that make it the government: "the Lima regime".
    static let governmentNouns: WordSet = WordLists.wordSet("NameCues.governmentNouns")
    /// What a government sends or does, or what is done to it, before "from" or "of": "threats from Lima".
    static let governmentActs: WordSet = WordLists.wordSet("NameCues.governmentActs")
    /// Words before a capital that make it a party: "talks with Lima", "pressure on Quito".
    static let partyWords: WordSet = WordLists.wordSet("NameCues.partyWords")
    /// Verbs of addressing someone, before "to": "wrote to Lima".
    static let addressVerbs: WordSet = WordLists.wordSet("NameCues.addressVerbs")
    /// A state's envoys, before "from": "recalled its ambassador from Lima".
    static let envoyNouns: WordSet = WordLists.wordSet("NameCues.envoyNouns")
    /// Verbs of calling an envoy home, before the envoy: "recalled", "withdrew".
    static let recallVerbs: WordSet = WordLists.wordSet("NameCues.recallVerbs")
    /// Regional adjectives that may open an institution's name: "Southern Command".
    static let regionalWords: WordSet = WordLists.wordSet("NameCues.regionalWords")
    /// Adjectives of a faith: no name alone ("Muslim leaders"), a word of an institution's name
    /// before its head ("Muslim Brotherhood", "Christian Democratic Union").
    static let faithWords: WordSet = WordLists.wordSet("NameCues.faithWords")
    /// Lower-case particles inside personal names.
    static let nameParticles: WordSet = WordLists.wordSet("NameCues.nameParticles")
    /// Titles (a closed class) that Somali and Arabic names carry between a given name and the next
    /// name: "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed".
    static let innerNameTitles: WordSet = ["sheikh", "shaikh", "sheik"]
    static let calendarWords: WordSet = WordLists.wordSet("NameCues.calendarWords")
    /// Speech verbs after which a capitalized name is a person.
    static let speechForms: WordSet = WordLists.wordSet("NameCues.speechForms")

    /// Given names spelled like a function word (a closed class), names only when capitalized inside a
    /// name: "Ali Said Abdella", "Mohamed Said Fofana".
    static let givenNamesSpelledLikeWords: WordSet = ["said"]
    /// Grammar words that never end a person's name, even capitalized: "Anna And", "Liz The".
    static let functionWords: WordSet = WordLists.wordSet("NameCues.functionWords")
    /// Words capitalized only because they start a sentence or a title, never names by themselves.
    static let neverNames: WordSet = WordLists.wordSet("NameCues.neverNames")
    /// Words never a name alone that may open an institution's name before its head: "the State
    /// Border Committee", "the State Council".
    static let institutionOpeners: WordSet = ["state"]
    /// Words between the article of a body's apposition and its class noun, at most: "GERB, a small
    /// opposition party".
    static let appositiveClassWords = 4
    /// Adverbs that may stand between a subject and its verb: "Washington also welcomed".
    static let verbAdverbs: WordSet = WordLists.wordSet("NameCues.verbAdverbs")
    /// Lower-case nouns of administrative areas written after a place's name: "Rakhine state".
    static let administrativeNouns: WordSet = WordLists.wordSet("NameCues.administrativeNouns")
    /// Common nouns of kinds of institution that an institution's name follows in apposition:
    /// "the news agency SANA", "rights group Viasna", "the energy company Total".
    static let organizationClassNouns: WordSet = WordLists.wordSet("NameCues.organizationClassNouns")

    /// Nouns for a kind of person, written right before a name they describe: "opposition figure
    /// Siarhei Tsikhanouski", "the blogger Roman Protasevich". A name of two or three plain words
    /// after one is a person's, though no lexicon knows its first name.
    static let personClassNouns: WordSet = WordLists.wordSet("NameCues.personClassNouns")
    /// Heads of institutions' names that, capitalized after "the", stand for the institution named in
    /// full before: "the League" (the Arab League), "the Commission", "the Front" (a closed class).
    static let shortFormHeads: WordSet = [
        "league", "council", "commission", "court", "tribunal", "union", "alliance", "front", "movement", "assembly", "agency",
        "committee", "organisation", "organization", "bank", "fund", "coalition", "mission", "forum",
    ]
    /// The particles joined by a hyphen to an Arabic surname or place word ("al-Maliki", "el-Sheikh").
    static let arabicSurnameParticles: WordSet = ["al", "el"]
    /// Arabic nouns that open a place's name before an "al-" word: "Ras al-Ain", "Deir al-Balah" (a
    /// person's name opens with a given name instead).
    static let arabicPlaceOpeners: WordSet = WordLists.wordSet("NameCues.arabicPlaceOpeners")
    /// Arabic nouns that open a group's name before an "al-" word: "Jaish al-Adl", "Ahrar al-Sham".
    static let arabicBodyOpeners: WordSet = WordLists.wordSet("NameCues.arabicBodyOpeners")
    /// Plural nouns of armed people an unknown acronym before them names the force of: "KFOR peacekeepers".
    static let forceNouns: WordSet = WordLists.wordSet("NameCues.forceNouns")
    /// Lower-case nouns of a party or an armed group written after its name, which names the body
    /// whatever its words: "the New Democracy party", "his Falintil guerrillas".
    static let bodyNouns: WordSet = WordLists.wordSet("NameCues.bodyNouns")
    /// Those of `bodyNouns` that a one-word name stands before as the armed body's own name ("his Falintil
    /// guerrillas"), unlike a movement named from its people ("the Houthi movement" is the Houthis).
    static let armedBodyNouns: WordSet = WordLists.wordSet("NameCues.armedBodyNouns")
    /// Lower-case words that say a body is armed or outlawed, written between its name and its noun
    /// ("the Seleka rebel coalition") or before its name ("the banned Akramiya group").
    static let armedBodyModifiers: WordSet = WordLists.wordSet("NameCues.armedBodyModifiers")
    /// Nouns of a body that a name before them names only when an armed modifier says it is a body
    /// ("the Seleka rebel coalition", not "the Lau group" of islands nor "the Adani group" alone).
    static let armedBodyClassNouns: WordSet = WordLists.wordSet("NameCues.armedBodyClassNouns")
    /// Nouns of places a name follows with "of": "the town of Palma", "south of Crete".
    static let placeClassNouns: WordSet = WordLists.wordSet("NameCues.placeClassNouns")
    /// Lower-case nouns of facilities written after a place's name: "the Habur border crossing".
    static let facilityNouns: WordSet = WordLists.wordSet("NameCues.facilityNouns")
    /// Lower-case nouns of a landmark written after its name, which it keeps: "the Cenepa river",
    /// "Comoro airport" (unlike "Rakhine state", whose name stands without the noun).
    static let landmarkNouns: WordSet = WordLists.wordSet("NameCues.landmarkNouns")
    /// Lower-case nouns of media written after a medium's name: "Al Masirah television".
    static let mediaNouns: WordSet = WordLists.wordSet("NameCues.mediaNouns")
    /// Adjectives of intent after "is" or "was" that make a capital the government: "Moscow was ready".
    static let intentAdjectives: WordSet = WordLists.wordSet("NameCues.intentAdjectives")
}
