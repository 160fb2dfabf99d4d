import KGModel

/// Tells what an unknown capitalized name is from its words and the words around it: an averaged
/// perceptron trained on the entity layer of UD English GUM train (`scripts/train_name_typer.py`).
///
/// The rules ask it only where no cue decides (no title, first name, head noun or gazetteer entry).
///
/// ```swift
/// // "We walked up to Varnaka, the old quarter."  -> location
/// // "Varnaka wrote the laws of the city."        -> person
/// ```
struct NameTyper: Sendable {
    /// What the typer can answer; `none` is no entity.
    enum Label: Int, CaseIterable, Sendable {
        case none, person, location, organization

        var entityType: EntityType? {
            switch self {
            case .none: nil
            case .person: .person
            case .location: .location
            case .organization: .organization
            }
        }
    }

    /// Feature -> one weight per label, in `Label` order.
    var weights: [String: [Float]] = [:]

    var isEmpty: Bool { weights.isEmpty }

    /// Reads `feature<TAB>label<TAB>weight` rows.
    mutating func add(_ cols: [String]) {
        guard cols.count >= 3, let label = ["none", "person", "location", "organization"].firstIndex(of: cols[1]),
            let weight = Float(cols[2])
        else { return }
        weights[cols[0], default: [0, 0, 0, 0]][label] += weight
    }

    /// The label of the name `tokens[range]` in its sentence. The feature templates match the
    /// training script's `features`.
    func label(_ tokens: [Token], range: Range<Int>, sentence: Range<Int>, isFirstName: (String) -> Bool) -> Label {
        let words = tokens[range].map(\.lower)
        let prev = range.lowerBound > sentence.lowerBound ? tokens[range.lowerBound - 1].lower : "<s>"
        let prev2 = range.lowerBound > sentence.lowerBound + 1 ? tokens[range.lowerBound - 2].lower : "<s>"
        let next = range.upperBound < sentence.upperBound ? tokens[range.upperBound].lower : "</s>"
        let last = words.last ?? ""
        var features = [
            "bias", "f:" + words[0], "l:" + last, "n:\(min(range.count, 3))", "s3:" + String(last.suffix(3)),
            "p:" + prev, "p2:" + prev2, "x:" + next, "px:" + prev + "|" + next,
        ]
        features += words.map { "w:" + $0 }
        if isFirstName(tokens[range.lowerBound].text) { features.append("fn") }
        if tokens[range].allSatisfy({ $0.text == $0.text.uppercased() }) { features.append("caps") }
        if range.lowerBound == sentence.lowerBound { features.append("initial") }
        var scores: [Float] = [0, 0, 0, 0]
        for feature in features {
            guard let row = weights[feature] else { continue }
            for k in 0..<4 { scores[k] += row[k] }
        }
        var best = 0
        for k in 1..<4 where scores[k] > scores[best] { best = k }
        return Label(rawValue: best) ?? .none
    }
}
