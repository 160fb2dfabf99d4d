/// Finds actions: a CAMEO verb (or the noun that carries it) between entity mentions.
///
/// Handles active and passive voice (`by` agent), coordinated subjects and objects, relative
/// clauses (`X, who ..., accused Y`), control (`X ordered Y to enter Z`, `X's decision to
/// recognise Z`), possessive and nominal actions (`Russia's recognition of Donetsk`), compounds
/// (`Russian-backed Donetsk`), and skips negated, hypothetical and questioned verbs.
///
/// ```swift
/// // "Russia was condemned by NATO." -> Fact(NATO, "condemn", Russia, cameo "11")
/// ```
struct ActionExtractor {
    let lexicons: Lexicons

    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "'s", "any", "every"]
    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "without", "unlikely", "refused", "failed"]
    static let hypotheticals: Set<String> = ["might", "may", "could", "would", "should", "if", "whether", "unless", "can"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s"]
    static let clauseBreaks: Set<String> = [".", ";", ":", "that", "who", "which", "because", "but", "while", "when", "if",
                                            "although", "though", "whereas", "since", "until", "unless", "as", "\u{201C}", "\u{201D}", "\"", "\u{AB}", "\u{BB}", "?", "!", "according"]
    static let prepositions: Set<String> = ["in", "on", "at", "of", "from", "to", "into", "against", "with", "for", "by", "about",
                                            "over", "under", "between", "among", "toward", "towards", "through", "across", "near", "after", "before", "within", "during", "like"]
    static let motionLemmas: Set<String> = ["cross", "enter", "move", "head", "send", "deploy", "dispatch", "march", "station", "mass",
                                            "order", "withdraw", "advance", "invade", "transfer", "relocate", "mobilize", "mobilise", "push"]
    static let objectControl: Set<String> = ["order", "ask", "urge", "instruct", "request", "call", "tell", "force", "invite",
                                             "encourage", "allow", "authorize", "authorise", "push", "press", "warn", "direct", "command"]
    /// Words between a controlling verb or noun and "to V" that pass the actor through.
    static let transparent: Set<String> = ["to", "want", "wants", "wanted", "try", "tries", "trying", "tried", "continue",
                                           "continues", "continued", "prepare", "prepares", "preparing", "prepared", "begin", "begins",
                                           "began", "plan", "plans", "planned", "planning", "decide", "decided", "decides", "seek",
                                           "seeks", "sought", "going", "is", "are", "was", "were", "still", "also", "has", "have",
                                           "had", "decision", "move", "plan", "attempt", "bid", "intention", "readiness", "efforts",
                                           "effort", "agreed", "agrees", "offered", "offers", "pledged", "promised", "threatened",
                                           "vowed", "expected", "set", "ready", "moved", "moves", "formally", "already", "will", "once",
                                           "again", "now", "then", "immediately", "able", "intends", "intend", "aims", "aim"]
    /// Verb forms that work as prepositions or adjectives.
    static let nonVerbForms: Set<String> = ["according", "including", "regarding", "concerning", "following", "given",
                                            "based", "considering", "pending", "during", "excluding", "alleged", "so-called"]
    static let speechLemmas: Set<String> = ["say", "state", "add", "note", "stress", "report", "announce", "declare", "quote"]

    func extract(_ s: SentenceView) -> [Fact] {
        var facts: [Fact] = []
        let isQuestion = s.tokens[s.range.upperBound - 1].text == "?"
        if isQuestion { return [] }
        // relative clauses ", who|which ..." : [start, end) and the antecedent mention
        var relative: [(range: Range<Int>, antecedent: Int?)] = []
        for i in s.range where ["who", "which"].contains(s.lower(i)) && s.lower(i - 1) == "," {
            var j = i + 1
            while s.range.contains(j), ![",", ".", ";"].contains(s.lower(j)) { j += 1 }
            relative.append((i - 1..<j, s.mention(endingBefore: i - 1)))
        }
        // appositions: "X, a 14-year-old boy from Irving, Texas, was ..." (closed by a second comma)
        for i in s.range where s.lower(i) == "," && ["a", "an", "the"].contains(s.lower(i + 1)) || s.lower(i) == "," && s.roleAt[i + 1] != nil {
            guard let antecedent = s.mention(endingBefore: i) else { continue }
            var j = i + 1
            var commas = 0
            var end: Int?
            while s.range.contains(j), j < i + 16, ![".", ";"].contains(s.lower(j)) {
                if s.lower(j) == "," {
                    commas += 1
                    // "from Irving, Texas," keeps going: a place after a comma continues the apposition
                    if let m = s.mention(startingAt: j + 1), s.mentions[m].type != .person, s.lower(s.mentions[m].range.upperBound) == "," {
                        j = s.mentions[m].range.upperBound
                        continue
                    }
                    end = j
                    break
                }
                if isVerbUse(s, j) { break }
                j += 1
            }
            if let end { relative.append((i..<(end + 1), antecedent)) }
        }
        var objectsOfVerb: [Int: [Int]] = [:]  // verb token -> object mentions (for control)
        var subjectsOfVerb: [Int: [Int]] = [:]

        for v in s.range {
            let t = s.tokens[v]
            guard t.isWord, s.mentionAt[v] == nil, s.roleAt[v] == nil else { continue }
            // "Russian-backed Donetsk": a compound verb after a mention
            if t.attached, s.lower(v - 1) == "-", let actor = s.mention(endingBefore: v - 1), let verb = lexicons.verbs[t.lower],
               t.lower.hasSuffix("ed") {
                var j = v + 1
                while s.range.contains(j), j <= v + 3, s.mention(startingAt: j) == nil, s.tokens[j].isWord { j += 1 }
                if let object = s.mention(startingAt: j) {
                    add(&facts, s, [actor], verb, [object], v, 0.75)
                }
                continue
            }
            // control verbs ("begin", "decide") are no actions, but their subject carries on to the infinitive
            if let verb = lexicons.verbs[t.lower], Self.controlOnly.contains(verb.lemma), isVerbUse(s, v),
               let subj = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) {
                subjectsOfVerb[v] = [subj]
                continue
            }
            if let verb = lexicons.verbs[t.lower], !Self.nonVerbForms.contains(t.lower), !Self.controlOnly.contains(verb.lemma) {
                // a noun after a determiner or a demonym: "the move", "Russian forces"
                if !isVerbUse(s, v) {
                    if let noun = lexicons.actionNouns[t.lower] { nominal(&facts, s, v, noun, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) }
                    continue
                }
                if isNegatedOrHypothetical(s, v) { continue }
                if verb.lemma == "say" || verb.lemma == "tell" || Self.speechLemmas.contains(verb.lemma) {
                    if let subj = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) {
                        subjectsOfVerb[v] = [subj]
                    }
                    speech(&facts, s, v, verb)
                    continue
                }
                let passive = isPassive(s, v)
                var subjects: [Int] = []
                var objects: [Int] = []
                if passive {
                    subjects = agent(s, v)
                    if let o = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) { objects = coordinatedLeft(s, o) }
                } else {
                    if let subj = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) {
                        subjects = coordinatedLeft(s, subj)
                    }
                    objects = object(s, v, lemma: verb.lemma, violent: ["18", "19", "20"].contains(verb.cameo))
                }
                // "the two regions that Russia recognized": the antecedent is the object
                if !passive, objects.isEmpty, let first = subjects.first, ["that", "which"].contains(s.lower(s.mentions[first].range.lowerBound - 1)) {
                    var k = s.mentions[first].range.lowerBound - 2
                    if s.lower(k) == "," { k -= 1 }  // "the two areas, which he recognized"
                    while s.range.contains(k), k >= s.mentions[first].range.lowerBound - 8, !isVerbUse(s, k),
                          !NameCues.calendarWords.contains(s.lower(k)), s.lower(k) != "," {
                        if let m = s.mentionAt[k] {
                            let span = s.mentions[m]
                            let partOf = span.type == .country && s.lower(span.range.lowerBound - 1) == "of" || governingPreposition(s, span.range.lowerBound) == "of"
                            if !partOf { objects = [m]; break }
                            k = span.range.lowerBound - 1
                            continue
                        }
                        k -= 1
                    }
                }
                // "X and Y met": a reciprocal verb with two subjects links them
                if objects.isEmpty, subjects.count >= 2, Self.reciprocalLemmas.contains(verb.lemma), !passive {
                    add(&facts, s, [subjects[0]], verb, Array(subjects.dropFirst()), v, 0.7)
                }
                subjectsOfVerb[v] = subjects
                objectsOfVerb[v] = objects
                if !subjects.isEmpty && !objects.isEmpty {
                    add(&facts, s, subjects, verb, objects, v, passive ? 0.75 : 0.85)
                }
                continue
            }
            if let noun = lexicons.actionNouns[t.lower] { nominal(&facts, s, v, noun, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) }
        }
        communication(&facts, s, subjectsOfVerb: subjectsOfVerb)
        received(&facts, s, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
        return facts
    }

    // MARK: - pieces

    func add(_ facts: inout [Fact], _ s: SentenceView, _ subjects: [Int], _ verb: VerbEntry, _ objects: [Int], _ at: Int, _ confidence: Double) {
        for subjectMention in subjects {
            for objectMention in objects {
                for subject in s.mentions[subjectMention].entities {
                    for object in s.mentions[objectMention].entities where subject != object {
                        facts.append(fact(s, subject, subjectMention, verb, object, objectMention, at, confidence))
                    }
                }
            }
        }
    }

    func fact(_ s: SentenceView, _ subjectEntity: Int, _ subject: Int, _ verb: VerbEntry, _ objectEntity: Int, _ object: Int,
              _ at: Int, _ confidence: Double) -> Fact {
        do {
            do {
                let from = min(s.mentions[subject].range.lowerBound, at, s.mentions[object].range.lowerBound)
                let to = max(s.mentions[subject].range.upperBound, at + 1, s.mentions[object].range.upperBound)
                let distance = Double(to - from)
                let anaphoric = s.mentions[subject].group.count + s.mentions[object].group.count > 0
                return Fact(subject: subjectEntity, object: objectEntity, action: verb.lemma, cameo: verb.cameo, kind: .action,
                            sentence: s.index, span: s.span(from, to),
                            confidence: max(0.3, confidence - distance * 0.01 - (anaphoric ? 0.15 : 0)))
            }
        }
    }

    /// A known verb form used as a verb: not after a determiner, a demonym or a hyphen.
    func isVerbUse(_ s: SentenceView, _ i: Int) -> Bool {
        let w = s.lower(i)
        guard lexicons.verbs[w] != nil, !Self.nonVerbForms.contains(w), s.roleAt[i] == nil, s.mentionAt[i] == nil else { return false }
        if Self.determiners.contains(s.lower(i - 1)) || s.lower(i - 1) == "-" { return false }
        if let m = s.mention(endingBefore: i), s.mentions[m].isDemonym { return false }
        let previous = s.lower(i - 1)
        // "in occupied Donetsk", "in charge of": after a preposition it is not a finite verb
        if Self.prepositions.contains(previous) && previous != "to" { return false }
        let base = lexicons.verbs[w].map { $0.lemma == w } ?? false
        if base, s.range.contains(i - 1), s.tokens[i - 1].isWord, !s.tokens[i - 1].isCapitalized, s.mentionAt[i - 1] == nil,
           !previous.hasSuffix("s"), !previous.hasSuffix("ly"), !Self.baseFormOpeners.contains(previous) {
            return false  // "the military command": a base form needs "to", a modal or a plural subject
        }
        // "of peacekeeping forces": a plural noun inside a prepositional phrase
        if w.hasSuffix("s"), !base, Self.prepositions.contains(s.lower(i - 2)) && s.mentionAt[i - 1] == nil && !s.tokens[i - 1].isCapitalized {
            return false
        }
        // "struck targets": a verb form right after another verb is its object noun
        if !w.hasSuffix("ing"), !w.hasSuffix("ed"), lexicons.verbs[previous] != nil, !Self.transparent.contains(previous),
           s.mentionAt[i - 1] == nil, s.roleAt[i - 1] == nil { return false }
        // "as fighting spreads": a gerund opening a clause is its subject, not a verb
        if w.hasSuffix("ing"), ["as", "while", "when", "since", "until", "because"].contains(previous) { return false }
        // "an emergency meeting", "an emergency public meeting": a gerund inside a noun phrase
        if w.hasSuffix("ing"), Self.determiners.contains(s.lower(i - 3)), s.range.contains(i - 2), s.tokens[i - 1].isWord,
           s.tokens[i - 2].isWord, !s.tokens[i - 1].isCapitalized, !s.tokens[i - 2].isCapitalized,
           lexicons.verbs[s.lower(i - 1)] == nil, lexicons.verbs[s.lower(i - 2)] == nil,
           s.mentionAt[i + 1] == nil, !Self.determiners.contains(s.lower(i + 1)) { return false }
        if w.hasSuffix("ing"), Self.determiners.contains(s.lower(i - 2)), s.range.contains(i - 1), s.tokens[i - 1].isWord,
           !previous.hasSuffix("ly"), !Self.transparent.contains(previous), s.lower(i - 2) != "'s" || s.mentionAt[i - 1] == nil,
           s.mentionAt[i + 1] == nil, !Self.determiners.contains(s.lower(i + 1)) { return false }
        if w.hasSuffix("s"), !base, !w.hasSuffix("ss"), s.lower(i + 1) == "to", s.range.contains(i + 2), s.tokens[i + 2].isWord,
           !s.tokens[i + 2].isCapitalized { return false }  // "forces to maintain"
        return true
    }

    /// Nouns naming a part of a place: "regions of Ukraine" is not Ukraine.
    static let partNouns: Set<String> = ["region", "regions", "area", "areas", "part", "parts", "territory", "territories",
                                         "east", "west", "north", "south", "city", "cities", "town", "towns", "province",
                                         "provinces", "border", "borders", "republic", "republics", "districts", "district"]
    /// Verbs whose object may be an actor named through its act: "condemned Russia's decision".
    static let judgingLemmas: Set<String> = ["condemn", "criticize", "criticise", "denounce", "reject", "welcome", "support",
                                             "praise", "recognize", "recognise", "dismiss", "regret", "oppose", "back",
                                             "endorse", "slam", "blame", "deplore", "protest", "applaud", "hail", "deny", "consider"]
    /// Motion verbs whose direct object is what moves: "deploy troops", "send forces".
    static let themeLemmas: Set<String> = ["deploy", "send", "dispatch", "move", "station", "mass", "transfer", "mobilize",
                                           "mobilise", "withdraw", "relocate", "redeploy"]
    /// Verbs of appeal: "called for a meeting of X" addresses X.
    static let appealLemmas: Set<String> = ["call", "ask", "appeal", "urge", "request", "demand", "press", "push"]
    /// Verbs whose subject also performs the action noun they govern: "ordered the deployment".
    static let lightLemmas: Set<String> = ["order", "launch", "conduct", "carry", "stage", "announce", "reach", "begin", "start",
                                           "make", "give", "hold", "authorize", "authorise", "approve", "sign", "mount",
                                           "complete", "finalize", "propose", "offer", "pledge", "promise", "decide", "plan",
                                           "continue", "step", "intensify", "escalate", "resume", "declare", "impose", "extend",
                                           "issue", "deliver", "provide", "seek", "sign", "instruct", "direct"]
    static let blockingPrepositions: Set<String> = ["from", "by", "during", "after", "before", "like", "between", "among",
                                                    "about", "under", "since", "until", "despite", "without", "than", "via",
                                                    "amid", "amidst", "following", "ahead", "beyond", "besides"]
    static let reciprocalLemmas: Set<String> = ["meet", "negotiate", "consult", "clash", "fight", "talk", "agree", "sign",
                                                "cooperate", "reconcile", "confer"]
    /// The length of an adverbial "in ..." phrase starting at `i`, if it is one.
    static func adverbialIn(_ s: SentenceView, _ i: Int) -> Int? {
        let next = s.lower(i + 1)
        if ["particular", "turn", "addition", "fact", "general", "short", "principle", "part"].contains(next) { return 2 }
        if ["this", "that", "any"].contains(next), ["context", "regard", "respect", "sense", "case", "way"].contains(s.lower(i + 2)) { return 3 }
        return nil
    }

    /// Forms of light verbs that the CAMEO lexicon does not list.
    static let lightForms: Set<String> = ["begin", "begins", "began", "begun", "beginning", "start", "starts", "started",
                                          "starting", "hold", "holds", "held", "holding", "make", "makes", "made", "making",
                                          "conduct", "conducts", "conducted", "carry", "carried", "launch", "launched"]
    static let pluralRoles: Set<String> = ["leaders", "presidents", "ministers", "officials", "representatives",
                                           "delegates", "envoys", "governments", "authorities", "heads", "commanders"]
    static let baseFormOpeners: Set<String> = ["to", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
                                               "do", "does", "did", "not", "n't", "i", "we", "you", "they", "and", "or", "also",
                                               "still", "then", "now", "never", "cannot", "people", "children", "police"]
    /// Verbs that pass their actor to an infinitive but are not events themselves.
    static let controlOnly: Set<String> = ["want", "try", "continue", "prepare", "begin", "plan", "decide", "seek", "start", "need", "hope", "wish", "intend"]

    func isNegatedOrHypothetical(_ s: SentenceView, _ v: Int) -> Bool {
        // inside a clause opened by "if"/"unless": a condition, not a fact
        var c = v - 1
        while s.range.contains(c), ![",", ";", ":"].contains(s.lower(c)) {
            if ["if", "unless", "lest"].contains(s.lower(c)) { return true }
            c -= 1
        }
        var i = v - 1
        var steps = 0
        while s.range.contains(i), steps < 4 {
            let w = s.lower(i)
            // "said X would send": reported intent, not a condition, when no "if" is around
            if w == "would", reportedIntent(s, before: i) { i -= 1; steps += 1; continue }
            if Self.negations.contains(w) || Self.hypotheticals.contains(w) { return true }
            if let m = s.mentionAt[i] {
                // "should Russia invade": a conditional written by inversion
                let before = s.lower(s.mentions[m].range.lowerBound - 1)
                return ["should", "if", "unless", "whether", "were", "lest"].contains(before)
            }
            if [",", ";"].contains(w) { break }
            i -= 1
            steps += 1
        }
        return false
    }

    /// A speech verb earlier in the sentence and no condition: "would" reports a stated intent.
    func reportedIntent(_ s: SentenceView, before i: Int) -> Bool {
        let window = s.range.lowerBound..<i
        guard !s.range.contains(where: { ["if", "unless", "whether"].contains(s.lower($0)) }) else { return false }
        return window.contains { QuoteSpeakerResolver.speechForms.contains(s.lower($0)) || ["announced", "promised", "pledged", "vowed"].contains(s.lower($0)) }
    }

    func isPassive(_ s: SentenceView, _ v: Int) -> Bool {
        let w = s.lower(v)
        guard w.hasSuffix("ed") || w.hasSuffix("en") || (lexicons.verbs[w].map { $0.lemma != w && !w.hasSuffix("s") && !w.hasSuffix("ing") } ?? false) else { return false }
        var i = v - 1
        var steps = 0
        while s.range.contains(i), steps < 3 {
            let x = s.lower(i)
            if Self.beForms.contains(x) && x != "'s" { return true }
            if !(x.hasSuffix("ly") || ["also", "already", "not", "been", "being", "since", "then"].contains(x)) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The agent of a passive verb: the mention after `by`, preferring a person in that phrase.
    func agent(_ s: SentenceView, _ v: Int) -> [Int] {
        var i = v + 1
        while s.range.contains(i), i <= v + 6 {
            if s.lower(i) == "by" {
                var found: [Int] = []
                var j = i + 1
                while s.range.contains(j), j <= i + 12, !Self.clauseBreaks.contains(s.lower(j)), s.lower(j) != "," || found.isEmpty,
                      !["after", "before", "as", "since", "until"].contains(s.lower(j)) {
                    if let m = s.mention(startingAt: j), !s.mentions[m].modifierOnly { found.append(m); j = s.mentions[m].range.upperBound; continue }
                    if s.lower(j) == "," { break }
                    j += 1
                }
                if let person = found.first(where: { s.mentions[$0].type == .person }) { return [person] }
                // "by the European Union and NATO": coordinated agents all act
                if let first = found.first, found.count > 1, Set(coordinatedRight(s, first)).isSuperset(of: found) { return found }
                // "by the official Russian news agency TASS": the head, not the demonym before it
                if let head = found.last(where: { !s.mentions[$0].isDemonym }) { return coordinatedRight(s, head) }
                return found.first.map { coordinatedRight(s, $0) } ?? []
            }
            if Self.clauseBreaks.contains(s.lower(i)) { break }
            i += 1
        }
        return []
    }

    /// The subject: the nearest mention to the left in the same clause that is not inside a
    /// prepositional phrase, skipping relative clauses and passing through control verbs.
    func subject(_ s: SentenceView, _ v: Int, relative: [(range: Range<Int>, antecedent: Int?)],
                 subjectsOfVerb: [Int: [Int]], objectsOfVerb: [Int: [Int]]) -> Int? {
        // inside ", who ..." the antecedent is the subject
        if let rel = relative.first(where: { $0.range.contains(v) }) { return rel.antecedent }
        // "X recognised Y and ordered Z": a coordinated verb shares the first verb's subject
        if s.lower(v - 1) == "and" || s.lower(v - 1) == "," && s.lower(v - 2) == "and" || s.lower(v - 2) == "and" && s.lower(v - 1).hasSuffix("ly"),
           let previous = subjectsOfVerb.filter({ $0.key < v && $0.key >= v - 15 && !$0.value.isEmpty }).max(by: { $0.key < $1.key }) {
            return previous.value.first
        }
        // ", accusing Russia of ...": a participle after a comma shares the main verb's subject
        if s.lower(v).hasSuffix("ing"), s.lower(v - 1) == ",",
           let previous = subjectsOfVerb.filter({ $0.key < v && !$0.value.isEmpty }).max(by: { $0.key < $1.key }) {
            return previous.value.first
        }
        var i = v - 1
        var steps = 0
        var sawTo = false
        while s.range.contains(i), steps < 18 {
            if let rel = relative.first(where: { $0.range.upperBound == i + 1 || $0.range.contains(i) && !$0.range.contains(v) }) {
                i = rel.range.lowerBound - 1
                steps += 1
                continue
            }
            let w = s.lower(i)
            // "X said (that) it would ...": "it" is X when X is a country or a body
            if w == "it" || w == "they", s.mentionAt[i] == nil {
                var k = i - 1
                if s.lower(k) == "that" { k -= 1 }
                if let speakers = subjectsOfVerb[k], let first = speakers.first, s.mentions[first].type != .person,
                   s.mentions[first].type != .location {
                    return first
                }
            }
            if let m = s.mentionAt[i] {
                let span = s.mentions[m]
                let start = span.range.lowerBound
                let before = s.lower(start - 1)
                let possessive = s.lower(span.range.upperBound) == "'s"
                let governing = governingPreposition(s, start)
                // "the leaders of X": a role's holder acts for X
                let roleBeforeOf = before == "of" && (s.roleAt[start - 2] != nil || Self.pluralRoles.contains(s.lower(start - 2)))
                var inPhrase = (Self.prepositions.contains(before) || governing != nil) && !roleBeforeOf
                // "after Putin recognised ...": a conjunction opening a clause whose subject this is
                // "videos of Russian forces crossing into X": a participle right after its noun phrase
                if inPhrase, s.lower(v).hasSuffix("ing"), v - span.range.upperBound <= 2,
                   (span.range.upperBound..<v).allSatisfy({ s.tokens[$0].isWord && !s.tokens[$0].isCapitalized && !isVerbUse(s, $0) }) {
                    inPhrase = false
                }
                if inPhrase, ["after", "before", "since", "until", "as"].contains(governing ?? before)
                    || (governing ?? before) == "with" && s.lower(v).hasSuffix("ing"),
                   (span.range.upperBound..<v).allSatisfy({ s.lower($0).hasSuffix("ly") || Self.transparent.contains(s.lower($0)) }) {
                    inPhrase = false
                }
                if !span.modifierOnly && !inPhrase && (!possessive || sawTo) {
                    return m
                }
                i = start - 1
                steps += 1
                continue
            }
            if w == "to" { sawTo = true }
            // "not going to ... fight X": the negation reaches through the infinitives
            if sawTo, Self.negations.contains(w) || Self.hypotheticals.contains(w) && !(w == "would" && reportedIntent(s, before: i)) {
                return nil
            }
            if let objects = objectsOfVerb[i], sawTo, let first = objects.first,
               let controller = lexicons.verbs[w], Self.objectControl.contains(controller.lemma) { return first }
            if let subjects = subjectsOfVerb[i], let first = subjects.first,
               sawTo || ["and", ","].contains(s.lower(i + 1)) || s.lower(v).hasSuffix("ing") {
                return first
            }
            if Self.clauseBreaks.contains(w) && !(w == "that" && sawTo) { return nil }
            if w == "," && !sawTo {
                // a comma ends the clause unless it closes an apposition or an opening phrase
                if steps > 6 { return nil }
            }
            if isVerbUse(s, i) && !Self.transparent.contains(w) && !sawTo {
                // another verb in between: only "and V" coordination passes (handled above)
                return nil
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// The objects: the first mention to the right within the clause, and those coordinated with it.
    func object(_ s: SentenceView, _ v: Int, lemma: String, violent: Bool = false) -> [Int] {
        var i = v + 1
        var steps = 0
        // where troops move, or where blows land ("struck targets in Gaza"), is the target
        let motion = Self.motionLemmas.contains(lemma) || violent
        var sawPart = false
        var sawOf = false
        while s.range.contains(i), steps < 15 {
            let w = s.lower(i)
            // adverbial "in this context", "in particular", "in turn" do not end the search
            if w == "in", let skip = Self.adverbialIn(s, i) { i += skip; steps += 1; continue }
            if let m = s.mention(startingAt: i) {
                if s.mentions[m].modifierOnly { i = s.mentions[m].range.upperBound; steps += 1; continue }
                let before = governingPreposition(s, i) ?? ""
                // "entered the school of Dr. X": where something moves is a place, not a person
                if motion, before == "of" || sawOf, s.mentions[m].type == .person { return [] }
                if ["in", "at", "near", "within", "inside"].contains(before) && !motion { return [] }
                if before == "of", let of = (max(v + 1, i - 3)..<i).last(where: { s.lower($0) == "of" }), s.lower(of - 1) == "out" { return [] }
                // "deploy Russian troops to X": the demonym names what moves, not where
                if Self.themeLemmas.contains(lemma), s.mentions[m].isDemonym { i = s.mentions[m].range.upperBound; steps += 1; continue }
                // "the Ukraine crisis": a country name modifying a noun is not the object
                if !Self.judgingLemmas.contains(lemma), s.mentions[m].type == .country, !s.mentions[m].isDemonym,
                   ["the", "a", "an"].contains(s.lower(i - 1)), s.mentions[m].range.count == 1, !s.tokens[i].isAllCaps,
                   s.range.contains(s.mentions[m].range.upperBound), s.tokens[s.mentions[m].range.upperBound].isWord,
                   !s.tokens[s.mentions[m].range.upperBound].isCapitalized,
                   lexicons.commonWords.contains(s.lower(s.mentions[m].range.upperBound)),
                   !Self.prepositions.contains(s.lower(s.mentions[m].range.upperBound)),
                   !["and", "or", "to", "as", "that", "which", "who", "on", "in", "over", "is", "was", "has", "had", "will"].contains(s.lower(s.mentions[m].range.upperBound)),
                   !isVerbUse(s, s.mentions[m].range.upperBound) {
                    return []
                }
                if ["from", "by", "during", "after", "before", "like", "between", "among", "over", "about"].contains(before) { return [] }
                // "regions of eastern Ukraine": a part of the country, not the country
                if sawPart && s.mentions[m].type == .country { return [] }
                // "the Georgia Decree": the name goes on, the country is a modifier
                let after = s.mentions[m].range.upperBound
                if s.range.contains(after), s.tokens[after].isWord, s.tokens[after].isCapitalized, s.mentionAt[after] == nil,
                   s.roleAt[after] == nil, !s.tokens[after].startsLine { return [] }
                // "discuss Russia's decision": only verbs that judge an act judge its actor
                if s.lower(after) == "'s" {
                    // "Russia's two republics": the places themselves
                    var k = after + 1
                    while s.range.contains(k), k < after + 4, s.mention(startingAt: k) == nil, s.tokens[k].isWord, !isVerbUse(s, k),
                          !Self.prepositions.contains(s.lower(k)) { k += 1 }
                    if let inner = s.mention(startingAt: k), s.mentions[inner].type == .location { return coordinatedRight(s, inner) }
                    if !Self.judgingLemmas.contains(lemma) && !["on", "to", "into", "near", "along", "toward", "towards"].contains(before) { return [] }
                }
                // "urging Ukrainian President Petro Poroshenko": the person, not the title's country
                var head = s.mentions[m].range.upperBound
                if s.lower(head) == "'s" { head += 1 }
                if let r = s.role(startingAt: head), let p = s.mention(startingAt: s.roles[r].range.upperBound), s.mentions[p].type == .person {
                    return coordinatedRight(s, p)
                }
                return coordinatedRight(s, m)
            }
            if Self.quoteMarks.contains(w), steps > 0 { i += 1; steps += 1; continue }  // "the « Republics of X »"
            if w == ",", ["including", "notably", "especially", "particularly"].contains(s.lower(i + 1)) { i += 2; steps += 1; continue }
            // "the sovereignty, independence and integrity of X": a comma inside a list of nouns
            if w == ",", steps > 0, s.range.contains(i + 1), s.tokens[i + 1].isWord, !s.tokens[i + 1].isCapitalized,
               !Self.determiners.contains(s.lower(i + 1)), !Self.clauseBreaks.contains(s.lower(i + 1)), !isVerbUse(s, i + 1),
               !s.lower(i + 1).hasSuffix("ing"), !s.lower(i + 1).hasSuffix("ly"), !["and", "or", "but"].contains(s.lower(i + 1)) {
                i += 1
                steps += 1
                continue
            }
            if Self.clauseBreaks.contains(w) && !(w == "that" && steps == 0 && Self.objectControl.union(["demand", "request"]).contains(lemma))
                || w == "," { return [] }
            if w == "and", steps > 0, Self.determiners.contains(s.lower(i + 1)) || isVerbUse(s, i + 1) { return [] }
            if steps > 0 && isVerbUse(s, i) && lexicons.actionNouns[w] == nil { return [] }
            if w == "accordance" || w == "addition" || w == "response" { return [] }
            // "praised the attacks on Israel": the mention belongs to the action noun
            if steps > 0, lexicons.actionNouns[w] != nil, !Self.motionLemmas.contains(lemma), Self.determiners.contains(s.lower(i - 1)) || s.tokens[i - 1].isWord,
               !["support", "independence"].contains(w),
               !(Self.appealLemmas.contains(lemma) && ["for", "on"].contains(s.lower(v + 1))) { return [] }
            if Self.partNouns.contains(w), ["of", "in"].contains(s.lower(i + 1)) { sawPart = true }
            // "spoke by phone with X"
            if w == "by", ["phone", "telephone", "video", "videoconference", "videolink", "letter"].contains(s.lower(i + 1)) {
                i += 2
                steps += 1
                continue
            }
            if ["to", "by"].contains(w), lexicons.verbs[s.lower(i + 1)] != nil, s.mentionAt[i + 1] == nil { return [] }
            if w == "to", isInfinitive(s, i + 1) { return [] }
            if w == "of" { sawOf = true }
            if w == "of", s.lower(i + 1).hasSuffix("ing"), s.mentionAt[i + 1] == nil { return [] }  // "accused X of stealing"
            // a phrase of place, time or manner ends the search unless the verb moves things there
            if Self.blockingPrepositions.contains(w) || (["in", "at", "inside", "within", "near"].contains(w) && !motion) { return [] }
            i += 1
            steps += 1
        }
        return []
    }

    /// `X, Y and Z`: commas join only in a list that an `and`/`or`/`&` closes.
    func coordinatedRight(_ s: SentenceView, _ first: Int) -> [Int] {
        var out = [first]
        var closed = [first]
        var end = s.mentions[first].range.upperBound
        while true {
            var j = end
            guard [",", "and", "&", "or"].contains(s.lower(j)) else { break }
            var conjunction = s.lower(j) != ","
            j += 1
            if s.lower(j) == "and" || s.lower(j) == "or" { j += 1; conjunction = true }
            if s.lower(j) == "the" { j += 1 }
            guard var m = s.mention(startingAt: j), !s.mentions[m].modifierOnly,
                  s.lower(s.mentions[m].range.upperBound) != "'s" else { break }
            // "and U.S. Secretary of State Antony Blinken": the person behind the title
            if s.mentions[m].type != .person, let r = s.role(startingAt: s.mentions[m].range.upperBound),
               let p = s.mention(startingAt: s.roles[r].range.upperBound), s.mentions[p].type == .person {
                m = p
            }
            out.append(m)
            end = s.mentions[m].range.upperBound
            if conjunction { closed = out }
        }
        return closed
    }

    /// "to return", "to think": a lower-case word after "to" that is not a determiner or a place adjective.
    func isInfinitive(_ s: SentenceView, _ i: Int) -> Bool {
        guard s.range.contains(i), s.mentionAt[i] == nil, s.tokens[i].isWord, !s.tokens[i].isCapitalized else { return false }
        let w = s.lower(i)
        if Self.determiners.contains(w) || Self.placeAdjectives.contains(w) || s.tokens[i].kind == .number { return false }
        if lexicons.verbs[w] != nil { return true }
        let plural = w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us")
        return lexicons.commonWords.contains(w) && !plural && !w.hasSuffix("ern") && !w.hasSuffix("ed")
    }

    static let placeAdjectives: Set<String> = ["eastern", "western", "northern", "southern", "central", "neighbouring",
                                               "neighboring", "nearby", "both", "all", "other", "several", "many", "two",
                                               "three", "four", "five", "some", "most", "each", "either", "separatist",
                                               "rebel-held", "occupied", "disputed", "breakaway", "self-proclaimed", "new",
                                               "local", "national", "international", "foreign", "global", "regional", "state"]

    /// Where a person's mention starts once its title is counted: "Guyanese President Irfaan Ali".
    func titledStart(_ s: SentenceView, _ m: Int) -> Int {
        var start = s.mentions[m].range.lowerBound
        guard s.mentions[m].type == .person, let r = s.roleAt[start - 1] else { return start }
        start = s.roles[r].range.lowerBound
        if s.lower(start - 1) == "'s" { start -= 1 }
        if let body = s.mention(endingBefore: start), s.mentions[body].type != .person { start = s.mentions[body].range.lowerBound }
        return start
    }

    /// The preposition heading the phrase a mention sits in: `in eastern Ukraine` -> "in".
    func governingPreposition(_ s: SentenceView, _ start: Int) -> String? {
        var i = start - 1
        var steps = 0
        while s.range.contains(i), steps < 4 {
            let w = s.lower(i)
            if w == "to", isInfinitive(s, i + 1) { return nil }  // "to discuss X": a verb's object, not a phrase
            if Self.prepositions.contains(w) { return w }
            guard s.tokens[i].isWord, !s.tokens[i].isCapitalized, s.mentionAt[i] == nil, lexicons.verbs[w] == nil || Self.determiners.contains(w) else { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }

    func coordinatedLeft(_ s: SentenceView, _ last: Int) -> [Int] {
        var out = [last]
        var start = titledStart(s, last)
        while true {
            var j = start - 1
            guard [",", "and", "&"].contains(s.lower(j)) else { break }
            if out.count == 1 && s.lower(j) == "," && s.lower(j - 1) != "and" { break }  // a list ends in "and"
            if s.lower(j) == "and" && s.lower(j - 1) == "," { j -= 1 }
            guard let m = s.mention(endingBefore: j), !s.mentions[m].modifierOnly else { break }
            out.insert(m, at: 0)
            start = titledStart(s, m)
        }
        return out
    }

    /// Speech verbs count only with an entity spoken to or about: `told CNN`, `addressed Ukraine`.
    func speech(_ facts: inout [Fact], _ s: SentenceView, _ v: Int, _ verb: VerbEntry) {
        guard ["tell", "address", "quote", "brief", "inform"].contains(verb.lemma) else { return }
        // "Peskov was quoted ... by TASS"
        if isPassive(s, v) || s.lower(v - 1) == "was" || s.lower(v - 1) == "were" {
            var i = v + 1
            while s.range.contains(i), i <= v + 4, s.lower(i) != "by" { i += 1 }
            if s.lower(i) == "by", let speaker = agent(s, v).first ?? agentAfter(s, i),
               let said = subject(s, v, relative: [], subjectsOfVerb: [:], objectsOfVerb: [:]) {
                add(&facts, s, [speaker], verb, [said], v, 0.65)
            }
            return
        }
        var j = v + 1
        if Self.determiners.contains(s.lower(j)) { j += 1 }
        guard let object = s.mention(startingAt: j) else { return }
        if isPassive(s, v) {
            // "X was quoted ... by Y"
            return
        }
        guard let subj = subject(s, v, relative: [], subjectsOfVerb: [:], objectsOfVerb: [:]) else { return }
        add(&facts, s, coordinatedLeft(s, subj), verb, [object], v, 0.7)
    }

    /// The mention in a `by` phrase starting at `by`, preferring an organization or person over a modifier.
    func agentAfter(_ s: SentenceView, _ by: Int) -> Int? {
        var j = by + 1
        var found: [Int] = []
        while s.range.contains(j), j <= by + 8, !Self.clauseBreaks.contains(s.lower(j)), s.lower(j) != "," {
            if let m = s.mention(startingAt: j) { found.append(m); j = s.mentions[m].range.upperBound; continue }
            j += 1
        }
        return found.last(where: { s.mentions[$0].type != .country }) ?? found.last
    }

    /// "Y received a call from X", "receiving support from X": X did it to Y.
    func received(_ facts: inout [Fact], _ s: SentenceView, relative: [(range: Range<Int>, antecedent: Int?)],
                  subjectsOfVerb: [Int: [Int]], objectsOfVerb: [Int: [Int]]) {
        for v in s.range where ["received", "receives", "receive", "receiving", "got", "gets", "welcomed"].contains(s.lower(v)) && s.lower(v) != "welcomed" {
            var j = v + 1
            var noun: VerbEntry?
            var nounAt = v
            while s.range.contains(j), j <= v + 12, !Self.clauseBreaks.contains(s.lower(j)) {
                if noun == nil, let entry = lexicons.actionNouns[s.lower(j)] { noun = entry; nounAt = j }
                if s.lower(j) == "from", noun != nil { break }
                if s.mentionAt[j] != nil && noun == nil { break }
                j += 1
            }
            guard let noun, s.lower(j) == "from" else { continue }
            var k = j + 1
            if s.lower(k) == "the" { k += 1 }
            guard var giver = s.mention(startingAt: k),
                  let receiver = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
            else { continue }
            // "from Peruvian President Luis Soto": the person, not the title's country
            if let r = s.role(startingAt: s.mentions[giver].range.upperBound),
               let p = s.mention(startingAt: s.roles[r].range.upperBound), s.mentions[p].type == .person {
                giver = p
            }
            add(&facts, s, coordinatedRight(s, giver), noun, [receiver], nounAt, 0.65)
        }
    }

    static let communicationNouns: [String: VerbEntry] = [
        "speech": VerbEntry(lemma: "speak", cameo: "01"), "address": VerbEntry(lemma: "address", cameo: "01"),
        "statement": VerbEntry(lemma: "state", cameo: "01"), "letter": VerbEntry(lemma: "write", cameo: "01"),
        "message": VerbEntry(lemma: "address", cameo: "01"), "remarks": VerbEntry(lemma: "speak", cameo: "01"),
    ]

    /// "X said in a televised address to the Ukrainian people", "in his speech to the nation, X
    /// said": the speaker addresses the entity the words went to.
    func communication(_ facts: inout [Fact], _ s: SentenceView, subjectsOfVerb: [Int: [Int]]) {
        for n in s.range {
            guard let verb = Self.communicationNouns[s.lower(n)], s.lower(n + 1) == "to" else { continue }
            var j = n + 2
            if s.lower(j) == "the" { j += 1 }
            guard let object = s.mention(startingAt: j) else { continue }
            // the speaker: a possessor right before the noun, else the subject of a speech verb in the sentence
            var speaker: Int?
            var k = n - 1
            while s.range.contains(k), k >= n - 4, s.mentionAt[k] == nil, s.lower(k) != "'s" { k -= 1 }
            if s.lower(k) == "'s", let m = s.mention(endingBefore: k) { speaker = m }
            if speaker == nil {
                let speech = subjectsOfVerb.filter { lexicons.verbs[s.lower($0.key)].map { Self.speechLemmas.contains($0.lemma) || $0.lemma == "say" } ?? false }
                speaker = speech.min(by: { abs($0.key - n) < abs($1.key - n) })?.value.first
            }
            guard let speaker else { continue }
            add(&facts, s, [speaker], verb, [object], n, 0.6)
        }
    }

    /// `Russia's recognition of Donetsk`, `the recognition by Russia of Donetsk`, `US sanctions on X`.
    func nominal(_ facts: inout [Fact], _ s: SentenceView, _ n: Int, _ verb: VerbEntry, subjectsOfVerb: [Int: [Int]] = [:],
                 objectsOfVerb: [Int: [Int]] = [:]) {
        var actor: Int?
        var i = n - 1
        if s.lower(i) == "'s" { i -= 1 }
        while s.range.contains(i), s.mentionAt[i] == nil, i >= n - 3, s.tokens[i].isWord, !s.tokens[i].isCapitalized,
              !Self.prepositions.contains(s.lower(i)), !Self.determiners.contains(s.lower(i)) || s.lower(i) == "'s",
              lexicons.verbs[s.lower(i)] == nil || lexicons.actionNouns[s.lower(i)] != nil {
            i -= 1  // "Russia's latest recognition"
        }
        if let m = s.mentionAt[i], s.mentions[m].range.upperBound == i + 1 || s.lower(i + 1) == "'s" {
            if !s.mentions[m].modifierOnly && s.mentions[m].type != .location { actor = m }
        }
        var j = n + 1
        if s.lower(j) == "by", let m = s.mention(startingAt: j + 1) {
            actor = m
            j = s.mentions[m].range.upperBound
        }
        // "Putin ordered the deployment of troops to X": the ordering verb's subject
        var light = false
        if actor == nil {
            var k = n - 1
            while s.range.contains(k), k >= n - 3, Self.determiners.contains(s.lower(k))
                    || (s.tokens[k].isWord && !s.tokens[k].isCapitalized && !isVerbUse(s, k) && !Self.prepositions.contains(s.lower(k))
                        && !Self.lightForms.contains(s.lower(k))) { k -= 1 }
            if let subjects = subjectsOfVerb[k], let first = subjects.first,
               let governing = lexicons.verbs[s.lower(k)], Self.lightLemmas.contains(governing.lemma) {
                actor = first
                light = true
            } else if Self.lightForms.contains(s.lower(k)), lexicons.verbs[s.lower(k)] == nil,
                      let first = subject(s, k, relative: [], subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) {
                actor = first  // "asked the Foreign Ministry to begin consultations with X"
                light = true
            }
        }
        // "the deployment of Russian soldiers in X": the demonym's country moves them
        if actor == nil, Self.themeLemmas.contains(verb.lemma), s.lower(n + 1) == "of", let m = s.mention(startingAt: n + 1 + 1),
           s.mentions[m].isDemonym {
            actor = m
        }
        guard let actor else { return }
        var steps = 0
        var sawPart = false
        while s.range.contains(j), steps < 10 {
            let w = s.lower(j)
            if let m = s.mention(startingAt: j) {
                guard let before = governingPreposition(s, j), ["of", "to", "with", "into", "against", "on", "for", "over", "in"].contains(before) else { return }
                if before == "in" && !Self.themeLemmas.contains(verb.lemma) { return }
                if before == "of" && Self.themeLemmas.contains(verb.lemma) {
                    j = s.mentions[m].range.upperBound  // "deployment of Russian forces": what moves
                    continue
                }
                if s.mentions[m].type == .country && sawPart { return }
                let objects = coordinatedRight(s, m)
                // "reach an agreement with X": the light verb already states it
                let subjectEntities = Set(s.mentions[actor].entities)
                if light, facts.contains(where: { subjectEntities.contains($0.subject) && s.mentions[objects[0]].entities.contains($0.object) }) { return }
                add(&facts, s, [actor], verb, objects, n, 0.7)
                return
            }
            if Self.partNouns.contains(w) { sawPart = true }
            if Self.quoteMarks.contains(w) { j += 1; steps += 1; continue }
            if Self.clauseBreaks.contains(w) || w == "," || w == "and" || isVerbUse(s, j) { return }
            if w == "to", isInfinitive(s, j + 1) { return }
            j += 1
            steps += 1
        }
    }
}
