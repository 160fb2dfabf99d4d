/// Words that tell what kind of thing an unknown capitalized name is.
enum NameCues {
    /// Head nouns of institutions: `... Ministry`, `... Council`, `... Army`.
    static let organizationHeads: Set<String> = [
        "ministry", "council", "agency", "army", "navy", "party", "committee", "commission", "parliament",
        "assembly", "court", "bank", "office", "department", "union", "front", "guard", "police", "service",
        "times", "news", "post", "journal", "institute", "university", "organization", "organisation", "company",
        "corporation", "group", "fund", "foundation", "alliance", "league", "movement", "brigade", "battalion",
        "regiment", "embassy", "senate", "congress", "cabinet", "duma", "rada", "forces", "force", "command",
        "inc", "corp", "ltd", "network", "press", "tribune", "herald", "gazette", "agency", "bureau", "directorate",
        "secretariat", "coalition", "federation", "association", "authority", "administration", "bulletin",
        "chronicle", "review", "magazine", "daily", "school", "college", "academy", "hospital", "church",
        "fleet", "corps", "division", "squadron", "flotilla", "guards", "militia", "brigades",
        "conservatory", "conservatoire", "society", "board", "club", "institution", "laboratory", "laboratories",
        "ministries", "commissions", "councils", "tribunal", "parliaments", "airlines", "airways", "railway",
        "railways", "records", "studios", "publishers", "publishing", "broadcasting", "television", "radio",
        "monastery", "abbey", "seminary", "order", "dynasty", "empire", "orchestra", "choir", "ensemble", "band",
        "motors", "airline", "bros.", "communications", "entertainment", "media", "systems", "technologies",
        "laboratory", "hospital", "clinic", "library", "archives",
    ]
    /// Institutions a country's demonym can name: `Russian army`, `Ukrainian parliament`.
    static let demonymOrganizations: [[String]] = [
        ["armed", "forces"], ["air", "force"], ["foreign", "ministry"], ["defense", "ministry"], ["defence", "ministry"],
        ["interior", "ministry"], ["finance", "ministry"], ["justice", "ministry"], ["health", "ministry"],
        ["emergencies", "ministry"], ["economy", "ministry"], ["security", "service"], ["security", "council"],
        ["national", "guard"], ["central", "bank"], ["general", "staff"], ["army"], ["navy"], ["parliament"],
        ["senate"], ["congress"], ["embassy"], ["military", "command"], ["border", "guard"], ["border", "service"],
        ["state", "department"], ["defense", "department"], ["foreign", "office"], ["supreme", "court"],
        ["constitutional", "court"], ["state", "duma"], ["cabinet"], ["coast", "guard"], ["military"],
        ["upper", "house"], ["lower", "house"], ["national", "assembly"], ["security", "services"], ["intelligence", "service"],
        ["navy"], ["marines"], ["special", "forces"], ["prosecutor", "general", "'s", "office"],
    ]
    /// Institution heads that are one institution under two names: "Chile's military" is its armed forces.
    static let institutionSynonyms: [String: String] = ["Military": "Armed Forces"]

    /// Head nouns of places: `... region`, `... Oblast`.
    static let locationHeads: Set<String> = [
        "region", "oblast", "province", "republic", "valley", "river", "sea", "mountains", "island", "islands",
        "peninsula", "strait", "gulf", "district", "county", "city", "square", "street", "airport", "bridge",
        "state", "territory", "krai", "governorate", "prefecture", "canton", "basin", "desert", "plain", "lake",
        "bay", "harbor", "harbour", "port", "coast", "beach", "heights", "hills", "mountain", "ocean", "channel",
        "avenue", "road", "lane", "boulevard", "park", "hill", "mount", "mt.", "island", "valley", "creek", "falls",
        "center", "centre", "museum", "gallery", "station", "cathedral", "palace", "castle", "temple", "tower",
        "hall", "tube", "tunnel", "gate", "garden", "gardens", "market", "stadium", "arena", "theatre", "theater",
        "zoo", "canal", "forest", "reef", "cape", "isle", "islands", "peninsula", "highway", "plaza", "quarter",
        "village", "town", "township", "borough", "parish", "shire", "land", "lands", "mountains", "range",
        "ave", "ave.", "blvd", "blvd.", "st", "st.", "rd", "rd.", "terrace", "turnpike", "expressway", "freeway", "trail",
        "mosque", "synagogue", "shrine", "minster", "plateau", "cliffs", "voivodeship", "voivodship", "place", "drive",
        "pier", "wharf", "lighthouse", "fort", "monument", "memorial", "cemetery", "hotel", "airport", "harbour",
    ]
    /// Words that open a place's name: `Mount Rainier`, `Lake Geneva`, `Fort Worth`.
    static let locationOpeners: Set<String> = ["mount", "mt.", "mt", "lake", "cape", "fort", "port", "isle", "saint", "st.", "san", "santa", "los", "las"]
    /// Nouns a place's or realm's name continues after with `of`: `Horn of Africa`, `Kingdom of Fife`.
    static let ofNameOpeners: Set<String> = ["horn", "cape", "kingdom", "duchy", "isle", "republic", "state", "states", "gulf", "bay", "strait", "sea"]
    /// Heads of names that are works, events or awards, not actors: `... Symphony`, `... War`, `Cyclone ...`.
    static let nonEntityHeads: Set<String> = [
        "symphony", "concerto", "sonata", "opera", "proclamation", "act", "acts", "war", "wars", "cyclone", "hurricane",
        "typhoon", "storm", "earthquake", "olympics", "games", "award", "awards", "prize", "trophy", "medal", "festival",
        "series", "show", "album", "lectures", "lecture", "cup", "championship", "championships", "revolution",
        "treaty", "accords", "doctrine", "plan", "program", "programme", "project", "law", "bill", "amendment",
        "declaration", "constitution", "manifesto", "bible", "gospel", "testament", "day", "week", "era", "summit", "charter", "minute",
        "age", "period", "podcast", "tour", "battles", "battle", "mysteries", "revisited", "trilogy",
        "language", "languages", "catholic", "catholicism", "christianity", "islam", "judaism", "buddhism",
        "syndrome", "disease", "disorders", "theory", "effect", "principle", "equation", "theorem",
    ]
    /// Words that open the name of an event or work: `Cyclone Phailin`, `Operation Sea Lion`.
    static let nonEntityOpeners: Set<String> = ["cyclone", "hurricane", "typhoon", "storm", "operation", "battle", "siege", "treaty"]
    /// Prepositions after which an unknown name is a place, and a capital is the city.
    static let placePrepositions: Set<String> = [
        "in", "into", "near", "at", "from", "outside", "around", "toward", "towards", "across", "via", "through",
        "inside", "to", "throughout", "within",
    ]
    /// Words that may follow a noun phrase's head: it ends there.
    static let clauseWords: Set<String> = [
        "in", "on", "at", "to", "of", "and", "or", "has", "have", "had", "is", "was", "were", "are", "said", "says",
        "that", "which", "who", "for", "from", "with", "by", "will", "would", "as", "employees", "officials",
        "spokesman", "spokesperson", "spokeswoman", "chief", "head", "minister", "could", "can", "may", "might",
        "also", "has", "not", "should", "must", "did", "does", "do",
    ]
    /// Nouns an institution's name can modify: "army convoys" is not the army.
    static let militaryNouns: Set<String> = [
        "convoy", "convoys", "vehicles", "vehicle", "units", "unit", "troops", "soldiers", "officers", "officer",
        "personnel", "equipment", "positions", "position", "bases", "base", "hardware", "chief", "commander",
        "commanders", "spokesman", "spokeswoman", "spokesperson", "leadership", "operations", "operation",
        "exercises", "drills", "aircraft", "jets", "helicopters", "tanks", "ships", "vessels", "sources", "source",
        "official", "officials", "statement", "data", "figures", "veterans", "building", "headquarters", "forces", "force",
        "aid", "assistance", "support", "presence", "action", "actions", "operation", "buildup", "build-up", "hardware",
        "intelligence", "experts", "analysts", "bloggers", "spending", "budget", "exercise", "drill", "police",
    ]
    /// Verbs of travel whose object is a place, not a government.
    static let travelVerbs: Set<String> = ["left", "leave", "leaving", "leaves", "visited", "visit", "visiting", "visits",
                                           "reached", "fled", "flee", "fleeing", "toured", "flew", "returned", "arrived",
                                           "evacuated", "bombed", "shelled", "struck", "captured", "encircled", "besieged"]
    /// Auxiliaries after which a capital acts: "Lima has", "Quito will".
    static let governmentAuxiliaries: Set<String> = ["has", "have", "had", "will", "would", "could", "should", "must", "may", "might", "does", "did", "wants", "hopes", "continues"]
    /// Nouns after a capital that make it the government: "the Lima regime".
    static let governmentNouns: Set<String> = ["regime", "government", "authorities", "administration", "leadership", "officials", "diplomats"]
    /// What a government sends or does, or what is done to it, before "from" or "of": "threats from Lima".
    static let governmentActs: Set<String> = ["threats", "threat", "pressure", "demands", "demand", "support", "aid", "response", "warning",
                                              "warnings", "statement", "message", "orders", "signal", "signals", "envoy", "delegation",
                                              "representatives", "officials", "diplomats", "attacks", "aggression", "provocations",
                                              "criticism", "condemnation", "decision", "position", "policy", "policies", "stance",
                                              "behaviour", "behavior", "actions", "request", "invasion", "recognition", "refusal"]
    /// Words before a capital that make it a party: "talks with Lima", "pressure on Quito".
    static let partyWords: Set<String> = ["with", "between", "against", "by", "on", "urged", "told", "accused", "asked", "warned"]
    /// Verbs of addressing someone, before "to": "wrote to Lima".
    static let addressVerbs: Set<String> = ["wrote", "written", "write", "writes", "writing", "appealed", "appeal", "appeals",
                                            "spoke", "speak", "speaks", "talked", "talk", "talks", "complained", "protested",
                                            "sent", "send", "sends", "signaled", "signalled", "reported", "turned", "replied"]
    /// Regional adjectives that may open an institution's name: "Southern Command".
    static let regionalWords: Set<String> = ["southern", "northern", "eastern", "western", "central", "european", "national",
                                             "federal", "supreme", "joint"]
    /// Lower-case particles inside personal names.
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "du", "la", "le", "abu", "ben", "dos", "das", "del"]
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "today", "tonight", "yesterday",
    ]
    /// Speech verbs after which a capitalized name is a person.
    static let speechForms: Set<String> = [
        "said", "says", "told", "added", "stated", "noted", "wrote", "tweeted", "twitted", "stressed", "explained",
        "insisted", "argued", "warned", "claimed", "asked", "replied", "recalled",
    ]
    /// Grammar words that never end a person's name, even capitalized: "Anna And", "Liz The".
    static let functionWords: Set<String> = [
        "the", "a", "an", "and", "but", "or", "if", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "this", "that", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "is", "was", "said",
    ]
    /// Words capitalized only because they start a sentence or a title, never names by themselves.
    static let neverNames: Set<String> = [
        "the", "a", "an", "and", "but", "or", "if", "when", "while", "as", "in", "on", "at", "of", "for", "to",
        "by", "with", "from", "after", "before", "this", "that", "these", "those", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "what", "who",
        "which", "why", "how", "all", "some", "no", "not", "so", "yet", "also", "both", "several", "many",
        "western", "eastern", "northern", "southern", "central", "european", "west", "east", "north", "south",
        "allies", "separatists", "separatist", "rebels", "officials", "official", "breaking", "live", "update",
        "analysis", "opinion", "watch", "video", "photo", "photos", "exclusive", "editorial", "comment",
        "i'm", "i've", "i'd", "i'll",
        "meanwhile", "however", "earlier", "later", "now", "then", "first", "last", "next", "according",
        "asked", "shortly", "today", "tonight", "preparations", "state", "republics", "republic",
        // religious and ethnic groups are groups, not named entities
        "muslims", "muslim", "christians", "christian", "jews", "jewish", "hindus", "buddhists", "sikhs", "catholics",
        "protestants", "shiites", "shia", "sunnis", "sunni", "kurds", "arabs", "tatars", "roma", "evangelicals",
        "orthodox", "islamists", "jihadists", "democrats", "republicans", "conservatives", "liberals", "socialists",
    ]
}
