import KGModel

/// Gives each fact of an extracted document a date, after the facts are found.
///
/// ```swift
/// var document = extractor.extract(text)
/// document = FactDating.date(document, publishedOn: CalendarDate(iso: "2022-02-22"))
/// document.facts[0].date        // 2022-02-21 for "Putin recognized Donetsk on Monday"
/// document.facts[0].dateSource  // .relative
/// ```
/// The date expression nearest the fact's evidence span wins; a relative one needs the
/// publication date, and without it the fact has no date.
public enum FactDating {
    public static func date(_ document: ExtractedDocument, publishedOn published: CalendarDate?) -> ExtractedDocument {
        var dated = document
        var expressionsBySentence: [Int: [DateExpression]] = [:]
        var sentenceByIndex: [Int: Sentence] = [:]
        for sentence in document.sentences { sentenceByIndex[sentence.index] = sentence }
        for (position, fact) in document.facts.enumerated() {
            var best: (distance: Int, date: CalendarDate, source: FactDateSource)?
            if let sentence = sentenceByIndex[fact.sentence] {
                let expressions = expressionsBySentence[fact.sentence] ?? DateExpression.scan(sentence.text)
                expressionsBySentence[fact.sentence] = expressions
                // Fact spans are document offsets; expressions are offsets into the sentence.
                let factStart = fact.span.start - sentence.span.start
                let factEnd = fact.span.end - sentence.span.start
                for expression in expressions {
                    guard let date = expression.resolve(against: published) else { continue }
                    let distance =
                        expression.range.upperBound <= factStart
                        ? factStart - expression.range.upperBound
                        : expression.range.lowerBound >= factEnd ? expression.range.lowerBound - factEnd : 0
                    if let closer = best, closer.distance <= distance { continue }
                    best = (distance, date, expression.isRelative ? .relative : .sentence)
                }
            }
            if let best {
                dated.facts[position].date = best.date
                dated.facts[position].dateSource = best.source
            } else if let published {
                dated.facts[position].date = published
                dated.facts[position].dateSource = .document
            } else {
                dated.facts[position].date = nil
                dated.facts[position].dateSource = nil
            }
        }
        return dated
    }
}
