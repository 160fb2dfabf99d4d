import KGModel

/// A synthetic news-shaped graph: power-law degrees (Chung-Lu, exponent about 2.2), a few
/// country-heavy hubs, 1% of entities in isolated pairs, and about 40 actions with Zipf
/// frequencies; deterministic for a given size and seed.
///
/// ```swift
/// let graph = NewsGraph(relations: 1_000_000)       // 100,000 entities
/// try graph.writeCSV(nodes: "nodes.csv", edges: "edges.csv")
/// ```
/// Node `i` (0-based) is the entity with id `i + 1`; names are `Person 17`, `Country 3` and so on,
/// one per entity, so importing it creates exactly these entities.
public struct NewsGraph: Sendable {
    public enum Kind: Int, CaseIterable, Sendable {
        case person, country, organization, location

        public var typeName: String {
            switch self {
            case .person: return "person"
            case .country: return "country"
            case .organization: return "organization"
            case .location: return "location"
            }
        }

        var namePrefix: String {
            switch self {
            case .person: return "Person"
            case .country: return "Country"
            case .organization: return "Organization"
            case .location: return "Location"
            }
        }
    }

    /// The actions, most frequent first, with their CAMEO root codes; edge frequencies fall as 1/rank.
    public static let actions: [(action: String, cameo: CAMEORootCode)] = [
        ("meet", .consult), ("say", .makePublicStatement), ("condemn", .disapprove),
        ("support", .engageInDiplomaticCooperation), ("sanction", .reduceRelations), ("accuse", .disapprove),
        ("visit", .consult), ("criticize", .disapprove), ("warn", .threaten),
        ("praise", .engageInDiplomaticCooperation), ("attack", .fight), ("negotiate", .consult), ("urge", .demand),
        ("reject", .reject), ("threaten", .threaten), ("welcome", .engageInDiplomaticCooperation), ("host", .consult),
        ("sign", .engageInDiplomaticCooperation), ("deny", .reject), ("demand", .demand),
        ("recognize", .engageInDiplomaticCooperation), ("invade", .fight), ("arrest", .coerce),
        ("expel", .reduceRelations), ("fund", .provideAid), ("investigate", .investigate), ("blame", .disapprove),
        ("endorse", .engageInDiplomaticCooperation), ("oppose", .reject), ("protest", .protest),
        ("appoint", .engageInDiplomaticCooperation), ("accept", .yield), ("aid", .provideAid),
        ("block", .reduceRelations), ("thank", .engageInDiplomaticCooperation), ("question", .investigate),
        ("ally", .engageInDiplomaticCooperation), ("bomb", .fight), ("pressure", .threaten), ("court", .consult),
    ]

    public let seed: UInt64
    public private(set) var kinds: [Kind] = []
    /// Per kind, a running number for names: `Person 17` is the 17th person.
    public private(set) var serials: [Int32] = []
    public private(set) var sources: [Int32] = []
    public private(set) var targets: [Int32] = []
    /// Index into `NewsGraph.actions`.
    public private(set) var actionIndices: [UInt8] = []
    /// The first node of the isolated pairs; nodes from here on come in pairs joined by one edge.
    public let firstIsolatedNode: Int

    public var nodeCount: Int { kinds.count }
    public var edgeCount: Int { sources.count }

    public func name(of node: Int) -> String {
        "\(kinds[node].namePrefix) \(serials[node])"
    }

    /// A graph of `relations` edges over `relations / 10` entities (at least 10).
    public init(relations: Int, seed: UInt64 = 2_022) {
        self.seed = seed
        var random = SeededGenerator(seed: seed)
        let entities = max(10, relations / 10)
        // 1% of entities in isolated pairs: an even number, at least one pair.
        let isolated = max(2, (entities / 100) & ~1)
        let connected = entities - isolated
        firstIsolatedNode = connected
        let hubEdges = max(0, relations - isolated / 2)

        // Chung-Lu weights by rank: w = (rank + 3)^(-1 / (2.2 - 1)); the offset keeps the largest
        // hub near 2% of all edge ends, as the biggest countries are in real news.
        let exponent = -1.0 / 1.2
        var cumulative = [Double](repeating: 0, count: connected)
        var total = 0.0
        for rank in 0..<connected {
            total += pow(Double(rank + 4), exponent)
            cumulative[rank] = total
        }
        // Ranks land on shuffled node numbers, so hubs are not simply the first ids.
        var nodeOfRank = Array(0..<Int32(connected))
        for index in stride(from: connected - 1, to: 0, by: -1) {
            let other = Int(random.next() % UInt64(index + 1))
            nodeOfRank.swapAt(index, other)
        }

        // Types: countries are half of the top 1% of ranks and 5% overall.
        var kinds = [Kind](repeating: .person, count: entities)
        let topRanks = max(1, connected / 100)
        for rank in 0..<connected {
            let countryShare = rank < topRanks ? 0.5 : 0.0455
            let draw = random.unit()
            let kind: Kind
            if draw < countryShare {
                kind = .country
            } else {
                // The rest split 60 : 25 : 10 among persons, organizations and locations.
                let rest = (draw - countryShare) / (1 - countryShare) * 95
                kind = rest < 60 ? .person : rest < 85 ? .organization : .location
            }
            kinds[Int(nodeOfRank[rank])] = kind
        }
        for node in connected..<entities {
            kinds[node] = node % 2 == 0 ? .person : .organization
        }
        var counters = [Int32](repeating: 0, count: Kind.allCases.count)
        var serials = [Int32](repeating: 0, count: entities)
        for node in 0..<entities {
            counters[kinds[node].rawValue] += 1
            serials[node] = counters[kinds[node].rawValue]
        }
        self.kinds = kinds
        self.serials = serials

        var actionCumulative: [Double] = []
        var actionTotal = 0.0
        for rank in 1...Self.actions.count {
            actionTotal += 1.0 / Double(rank)
            actionCumulative.append(actionTotal)
        }

        func pick(_ cumulative: [Double], _ total: Double, _ random: inout SeededGenerator) -> Int {
            let target = random.unit() * total
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
            }
            return low
        }

        sources.reserveCapacity(relations)
        targets.reserveCapacity(relations)
        actionIndices.reserveCapacity(relations)
        for _ in 0..<hubEdges {
            let source = nodeOfRank[pick(cumulative, total, &random)]
            var target = nodeOfRank[pick(cumulative, total, &random)]
            while target == source { target = nodeOfRank[pick(cumulative, total, &random)] }
            sources.append(source)
            targets.append(target)
            actionIndices.append(UInt8(pick(actionCumulative, actionTotal, &random)))
        }
        for pair in stride(from: connected, to: entities - 1, by: 2) where sources.count < relations {
            sources.append(Int32(pair))
            targets.append(Int32(pair + 1))
            actionIndices.append(UInt8(pick(actionCumulative, actionTotal, &random)))
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
