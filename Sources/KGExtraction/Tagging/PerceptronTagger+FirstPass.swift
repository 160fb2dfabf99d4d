/// The first pass of a two-pass model on its own: one prediction per token instead of two.
///
/// About twice as fast as the full model for a small loss in accuracy; the relation rules use it
/// to keep extraction fast.
///
/// ```swift
/// let quick = try PerceptronTagger.bundled().firstPassOnly ?? PerceptronTagger.bundled()
/// quick.tagDetailed(["Chad", "accused", "Sudan"])[1].xpos  // .VBD
/// ```
extension PerceptronTagger {
    /// The first pass reading this model's word classes, or nil for a one-pass model.
    public var firstPassOnly: PerceptronTagger? {
        guard let first = firstPass else { return nil }
        return PerceptronTagger(sharingTablesOf: first, lexicon: lexicon)
    }
}
