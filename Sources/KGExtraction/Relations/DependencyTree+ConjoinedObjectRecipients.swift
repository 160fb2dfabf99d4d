extension DependencyTree {
    /// The tree with a "to" phrase after a verb's conjoined objects hung on the verb: "would send
    /// eight water units and a field hospital to Chile", parsed with "to Chile" on "hospital".
    ///
    /// A greedy parser attaches a prepositional phrase to the nearest noun; after a list of things a
    /// verb of giving or sending moves, the "to" phrase names where all of them go, not a part of
    /// the last thing. Mended only for such verbs (`transferVerbs`), only when the first object has
    /// no "to" phrase of its own ("aid to Chile and weapons to Peru" pairs each thing with its own
    /// place) and the phrase ends the last conjunct's words.
    ///
    /// ```swift
    /// // "Kenya sent food and tents to Chile ." with "Chile" an nmod of "tents": it becomes an obl of "sent"
    /// let mended = tree.withRecipientsOfConjoinedObjectsOnTheirVerbs(transferVerbs: isTransferVerb, toWords: isTo)
    /// ```
    func withRecipientsOfConjoinedObjectsOnTheirVerbs(transferVerbs: [Bool], toWords: [Bool]) -> DependencyTree {
        guard transferVerbs.count == count, toWords.count == count, transferVerbs.contains(true) else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for object in 0..<count where labels[object] == .obj {
            guard let verb = heads[object], verb < object, transferVerbs[verb],
                !hasToPhrase(object, toWords: toWords, heads: heads, labels: labels)
            else { continue }
            for conjunct in (object + 1)..<count where heads[conjunct] == object && labels[conjunct] == .conj {
                for place in (conjunct + 1)..<count where heads[place] == conjunct && labels[place].base == "nmod" {
                    guard isMarkedByTo(place, toWords: toWords, heads: heads, labels: labels),
                        !((place + 1)..<count).contains(where: { heads[$0] == conjunct && labels[$0].base != "punct" })
                    else { continue }
                    heads[place] = verb
                    labels[place] = .obl
                    changed = true
                }
            }
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// Whether `noun` has an `nmod` marked by "to".
    private func hasToPhrase(_ noun: Int, toWords: [Bool], heads: [Int?], labels: [DependencyLabel]) -> Bool {
        (0..<count).contains { heads[$0] == noun && labels[$0].base == "nmod" && isMarkedByTo($0, toWords: toWords, heads: heads, labels: labels) }
    }

    /// Whether `nominal`'s preposition (`case`) is "to".
    private func isMarkedByTo(_ nominal: Int, toWords: [Bool], heads: [Int?], labels: [DependencyLabel]) -> Bool {
        (0..<nominal).contains { heads[$0] == nominal && labels[$0].base == "case" && toWords[$0] }
    }

    /// Forms of the verbs whose "to" phrase names where the things they move go (a closed class):
    /// the verbs `withRecipientsOfConjoinedObjectsOnTheirVerbs` mends.
    static let transferForms: WordSet = [
        "send", "sends", "sent", "sending", "deliver", "delivers", "delivered", "delivering", "ship", "ships", "shipped",
        "shipping", "supply", "supplies", "supplied", "supplying", "sell", "sells", "sold", "selling", "give", "gives", "gave",
        "given", "giving", "provide", "provides", "provided", "providing", "export", "exports", "exported", "exporting",
        "transfer", "transfers", "transferred", "transferring", "donate", "donates", "donated", "donating", "lend", "lends",
        "lent", "lending", "dispatch", "dispatches", "dispatched", "dispatching", "deploy", "deploys", "deployed",
        "deploying", "fly", "flies", "flew", "flown", "flying", "offer", "offers", "offered", "offering", "pledge", "pledges",
        "pledged", "pledging", "hand", "hands", "handed", "handing",
    ]
}
