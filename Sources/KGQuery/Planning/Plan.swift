/// What a variable (or an anonymous pattern element) holds while rows are matched.
enum SlotKind: Sendable {
    case node
    case edge
    /// A variable-length relationship: the nodes and edges it walked, left to right in the pattern.
    case walk
    case path
    /// A value carried through WITH that is not a node or relationship (a count, a name, a list).
    case value
}

/// One place in a row: a named variable or an anonymous pattern element.
struct Slot: Sendable {
    var name: String
    var kind: SlotKind
    var isAnonymous: Bool
    var position: Position
}

/// Which edges of a node a step follows.
enum TraversalDirection: Sendable {
    case outgoing, incoming, both

    var reversed: TraversalDirection {
        switch self {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .both: return .both
        }
    }
}

/// The constraints of a node pattern, resolved against the graph.
struct NodeFilter: Sendable {
    /// Allowed types; nil: any.
    var types: Set<String>? {
        didSet { typeMask = Self.typeMask(of: types) }
    }
    /// Allowed nodes from `{name: ...}` or `{id: ...}`; nil: any.
    var candidates: Set<Int32>? {
        didSet { orderedCandidates = candidates?.sorted() }
    }
    /// `candidates` in ascending order, sorted once when the plan is made rather than at every run.
    private(set) var orderedCandidates: [Int32]?
    /// A readable form for EXPLAIN.
    var summary: String
    /// `types` as a bit per type code (`GraphIndex.nodeTypeCodes`), so a check hashes no string.
    private(set) var typeMask: UInt64?

    init(types: Set<String>?, candidates: Set<Int32>?, summary: String) {
        self.types = types
        self.candidates = candidates
        self.summary = summary
        typeMask = Self.typeMask(of: types)
        orderedCandidates = candidates?.sorted()
    }

    static let any = NodeFilter(types: nil, candidates: nil, summary: "")

    var isUnconstrained: Bool { types == nil && candidates == nil }

    func accepts(_ node: Int32, in graph: GraphIndex) -> Bool {
        if let candidates, !candidates.contains(node) { return false }
        if let typeMask {
            return typeMask & (1 << UInt64(graph.nodeTypeCodes[Int(node)])) != 0
        }
        if let types, !types.contains(graph.nodeTypes[Int(node)]) { return false }
        return true
    }
}

/// An edge property that a relationship pattern's `{...}` can constrain.
enum EdgeField: String, CaseIterable, Sendable {
    case id, action, cameo, kind, document, sentence, confidence
    /// When it happened (`YYYY-MM-DD`; a fact's earliest report), and where that date came from.
    case date, dateSource
    /// How many reports the edge stands for (1 for a report), their documents, first and last date.
    case reports, documents, firstDate, lastDate
}

/// The constraints of a relationship pattern, resolved against the graph.
struct EdgeFilter: Sendable {
    /// Allowed action indices; nil: any.
    var actions: Set<Int32>?
    /// `{cameo: "11"}` and the like, checked with the evaluator.
    var properties: [(EdgeField, QueryValue)]
    var summary: String

    var isUnconstrained: Bool { actions == nil && properties.isEmpty }

    /// The one action allowed, when exactly one is: a hop can then read just that action's edges.
    var singleAction: Int32? {
        guard let actions, actions.count == 1 else { return nil }
        return actions.first
    }
}

/// One piece of a path variable's pattern, in pattern order.
enum PathElement: Sendable {
    case node(Int)
    case edge(Int)
    case walk(Int)
}

/// One operation of a plan; the executor runs them in order, each extending or filtering rows.
enum PlanStep: Sendable {
    /// Binds `slot` to every node passing the filter (by candidates, by type, or all nodes).
    case scanNodes(slot: Int, filter: NodeFilter)
    /// `slot` is already bound: keep the row if its node passes the filter.
    case checkNode(slot: Int, filter: NodeFilter)
    /// Binds `from`, the edge and `to` from every edge with one of the pattern's actions: the
    /// start when those edges are fewer than the nodes a scan would visit.
    case scanEdges(Expansion, fromFilter: NodeFilter)
    /// Follows one edge from the node in `from` to a node bound (or checked) in `to`.
    case expand(Expansion)
    /// Follows a variable-length walk, binding `edgeSlot` to the walk.
    case expandVariable(Expansion, minimum: Int, maximum: Int)
    /// The distinct nodes a variable-length walk can end on, found breadth-first; the walk itself
    /// is not bound (the planner picks it when no one reads the walk and the projection ignores
    /// how many rows share an end, see `Planner.specializeCounting`).
    case reachVariable(Expansion, minimum: Int, maximum: Int)
    /// The last hop of a plan whose projection only counts rows: the hop's matching edges are
    /// counted per `from` node (and cached) and passed on as one row weighing that many.
    case countLastHop(Expansion)
    /// A `reachVariable` whose ends only `count(DISTINCT to)` reads, and nothing else: the
    /// search's reached nodes go to the count in one batch, no row per end.
    case countReach(Expansion, minimum: Int, maximum: Int)
    /// `(a)-[r1]-(middle)-[r2]-(c)` when only `count(*)` reads it: for each middle node the hops
    /// on either side are counted and multiplied (less the pairs that would bind one edge twice),
    /// instead of enumerating every pair. Both expansions start at `middle`.
    case countHopPairs(middle: Int, filter: NodeFilter, first: Expansion, second: Expansion)
    /// Shortest walks from `from` to `to` (both already bound, or `to` bound by the search).
    case shortestPath(Expansion, minimum: Int, maximum: Int, all: Bool)
    /// Assembles a path variable from bound slots.
    case buildPath(slot: Int, elements: [PathElement])
    /// Keeps rows for which the condition is true.
    case filter(Expression)
    /// Starts an OPTIONAL MATCH whose steps run up to the `optionalEnd` at `end`; when they match
    /// nothing the row continues past `end` with `slots` (the clause's new variables) null.
    case optionalStart(end: Int, slots: [Int])
    /// Marks that the OPTIONAL MATCH starting at `start` matched.
    case optionalEnd(start: Int)
}

/// The common part of the steps that follow edges.
struct Expansion: Sendable {
    var from: Int
    var edgeSlot: Int
    var to: Int
    /// The direction to follow from `from`.
    var direction: TraversalDirection
    var edgeFilter: EdgeFilter
    var toFilter: NodeFilter
    /// True when `to` was bound before this step, so the step only checks it.
    var toIsBound: Bool
    /// True when the step walks the pattern right to left (its walk is stored reversed).
    var walksBackward: Bool
    /// The MATCH clause, for relationship uniqueness.
    var clause: Int
}

/// What one statement will do: the slots of a row, the matching steps, and the projection.
struct QueryPlan: Sendable {
    var slots: [Slot]
    var steps: [PlanStep]
    let projection: ReturnClause
    var notices: [Diagnostic]
    /// Variables by name, to their slot.
    let slotByName: [String: Int]
    /// What the projection needs to know about its items, worked out once per plan.
    let layout: ProjectionLayout

    init(slots: [Slot], steps: [PlanStep], projection: ReturnClause, notices: [Diagnostic], slotByName: [String: Int]) {
        self.slots = slots
        self.steps = steps
        self.projection = projection
        self.notices = notices
        self.slotByName = slotByName
        layout = ProjectionLayout(clause: projection, slotByName: slotByName)
    }
}
