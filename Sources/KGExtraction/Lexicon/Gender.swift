/// The gender a first name usually has, or a subject pronoun refers to: `she` skips back past
/// the last-named Vladimir to the last-named Kaja.
///
/// ```swift
/// Gender(lexiconCode: "F")      // .feminine (first_names.txt's second column)
/// Gender(subjectPronoun: "he")  // .masculine
/// Gender(lexiconCode: "?")      // nil: the name is given to both
/// ```
enum Gender: Sendable {
    case masculine
    case feminine

    /// The gender `first_names.txt` records for a name: `M` or `F`; `?` (either) is nil.
    init?(lexiconCode: String) {
        switch lexiconCode {
        case "M": self = .masculine
        case "F": self = .feminine
        default: return nil
        }
    }

    /// The gender of a lower-case object pronoun: `him` or `her` (which may also be a possessive).
    init?(objectPronoun: String) {
        // asked of every word of every sentence: a word of another length is neither, told
        // without the failing string comparisons (a call into the runtime each)
        guard objectPronoun.utf8.count == 3 else { return nil }
        switch objectPronoun {
        case "him": self = .masculine
        case "her": self = .feminine
        default: return nil
        }
    }

    /// The gender of a lower-case possessive: `his` or `her`; nil for any other word ("their").
    init?(possessive: String) {
        guard possessive.utf8.count == 3 else { return nil }
        switch possessive {
        case "his": self = .masculine
        case "her": self = .feminine
        default: return nil
        }
    }

    /// The gender of a lower-case subject pronoun: `he` or `she`; nil for any other word.
    init?(subjectPronoun: String) {
        guard subjectPronoun.utf8.count == 2 || subjectPronoun.utf8.count == 3 else { return nil }
        switch subjectPronoun {
        case "he": self = .masculine
        case "she": self = .feminine
        default: return nil
        }
    }
}
