/// A token with its part of speech and dictionary form.
public struct TaggedWord: Sendable, Hashable {
    public let form: String
    public let pos: PartOfSpeech
    /// The dictionary form for verbs, auxiliaries and nouns; the form as written otherwise.
    public let lemma: String

    public init(form: String, pos: PartOfSpeech, lemma: String) {
        self.form = form
        self.pos = pos
        self.lemma = lemma
    }
}

/// The tagger and the lemmatizer together: tokens in, tagged and lemmatized words out.
///
/// ```swift
/// let words = try WordTagger.bundled().tag(["Russia", "was", "condemned", "by", "NATO"])
/// words[2].lemma            // "condemn"
/// words[2].pos.xpos         // .VBN
/// ```
public struct WordTagger: Sendable {
    public let tagger: PerceptronTagger
    public let lemmatizer: Lemmatizer

    public init(tagger: PerceptronTagger, lemmatizer: Lemmatizer) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
    }

    /// The bundled model and lexicon (each loaded once per process).
    public static func bundled() throws -> WordTagger {
        WordTagger(tagger: try PerceptronTagger.bundled(), lemmatizer: try Lemmatizer.bundled())
    }

    /// Each token of a sentence, tagged and lemmatized.
    public func tag(_ tokens: [String]) -> [TaggedWord] {
        zip(tokens, tagger.tagDetailed(tokens)).map { form, pos in
            TaggedWord(form: form, pos: pos, lemma: lemmatizer.lemma(form, pos: pos))
        }
    }
}
