import Foundation
import KGStore

/// Runs query-language statements against a store.
///
/// ```swift
/// let engine = QueryEngine(store: store)
/// let result = try engine.run("MATCH (a)-[:condemn]->(b) RETURN a.name, b.name;")
/// ```
/// A short pattern anchored on named nodes reads just their neighbourhood through the store's
/// indexes. Anything else runs on the whole graph's adjacency in memory, loaded once and
/// reloaded when the store changes (another connection's commit or a write through this one).
/// Not for concurrent use: one engine per thread, like the store it reads.
public final class QueryEngine {
    public let store: GraphStore
    /// Polled while a query runs; returning true stops it with an interrupt `QueryError`.
    public var isInterrupted: @Sendable () -> Bool = { false }
    /// Partial paths one statement may explore in variable-length and shortest-path patterns.
    public var expansionLimit = 5_000_000
    /// Partial matches one statement may try in all (chains, cartesian products).
    public var stepLimit = Matcher.defaultStepLimit
    /// Values one statement may hold in its rows (a path counts its nodes and edges), groups and
    /// `collect` lists before it is stopped, which bounds its memory.
    public var rowLimit = Projection.defaultRowLimit
    /// How long one statement may run (`kg query --timeout`, `.timeout`); nil: no limit.
    public var timeout: Duration?

    private var graph: GraphIndex?
    private var fingerprint: GraphFingerprint?
    private var evidence: Evidence
    private var cachedFacts: (fingerprint: GraphFingerprint?, graph: GraphIndex)?
    /// Scratch marks for graph searches, reused by every statement (see `SearchMarks`).
    private let marks = SearchMarks()

    public init(store: GraphStore) {
        self.store = store
        evidence = Evidence(store: store)
    }

    /// Parses, plans and runs one statement.
    ///
    /// - Parameters:
    ///   - statement: the text of one statement; a trailing `;` is optional.
    ///   - parameters: values for `$name` placeholders.
    ///   - sourceName: the file the statement came from, for error messages.
    ///   - firstLine: the line in that file where the statement's first token is (1-based).
    ///   - firstColumn: the column of that token, when the statement did not start a line
    ///     (`ScriptStatement.column`); nil: the text's own columns.
    public func run(
        _ statement: String, parameters: [String: QueryValue] = [:],
        sourceName: String = "query", firstLine: Int = 1,
        firstColumn: Int? = nil
    ) throws -> QueryResult {
        // Built only for an error or a notice: it lexes the statement again.
        func source() -> SourceMap { SourceMap(text: statement, firstLine: firstLine, firstColumn: firstColumn) }
        do {
            let known = try parse(statement)
            let parsed = known.statement
            // Report a missing parameter before reading any of the graph.
            var missing: (name: String, position: Position)?
            for use in known.parameterUses where parameters[use.name] == nil {
                if missing.map({ use.position.offset < $0.position.offset }) ?? true { missing = use }
            }
            if let missing {
                throw Planner.missingParameter(missing.name, at: missing.position)
            }
            let reports = try graph(for: parsed, parameters: parameters)
            let graph = parsed.view == .facts ? try facts(of: reports) : reports
            let plans = try plan(known, parameters: parameters, graph: graph, wholeGraph: !reports.isPartial)
            var result: QueryResult
            if parsed.explain {
                result = QueryResult(columns: ["plan"], rows: PlanDescription.lines(of: plans, graph: graph).map { [.string($0)] })
            } else {
                result = try execute(plans, graph: graph, parameters: parameters)
            }
            let notices = plans.flatMap(\.notices)
            if !notices.isEmpty {
                let source = source()
                result.notices = notices.map { source.error(from: $0, sourceName: sourceName).noticeText }
            }
            return result
        } catch let diagnostic as Diagnostic {
            throw source().error(from: diagnostic, sourceName: sourceName)
        } catch let error as QueryError {
            throw error
        } catch {
            throw QueryError(message: Self.describe(error), sourceName: sourceName)
        }
    }

    /// A statement seen before: parsed once, with its parameter uses, and the plans made for it
    /// over the whole in-memory graph by parameter values. A plan holds node indices of that
    /// graph and the names it looked up in the store, so plans are dropped whenever the graph is
    /// reloaded (any write to the store). A shell session or script asking a question again
    /// skips parsing, name lookups and planning, and its text is hashed once.
    private final class KnownStatement {
        let statement: QueryStatement
        let parameterUses: [(name: String, position: Position)]
        var plans: [[String: QueryValue]: [QueryPlan]] = [:]
        /// The graph load the plans were made after (`graphLoads`).
        var plansLoad = 0

        init(_ statement: QueryStatement) {
            self.statement = statement
            parameterUses = statement.expressions.flatMap(\.parameterUses)
        }
    }

    private var knownStatements: [String: KnownStatement] = [:]
    static let knownStatementLimit = 256
    static let cachedPlanLimit = 256
    /// Counts whole-graph loads: plans made before the last one are stale.
    private var graphLoads = 0

    private func parse(_ statement: String) throws -> KnownStatement {
        if let known = knownStatements[statement] { return known }
        let known = KnownStatement(try Parser.parse(statement))
        if knownStatements.count >= Self.knownStatementLimit { knownStatements.removeAll(keepingCapacity: true) }
        knownStatements[statement] = known
        return known
    }

    private func plan(
        _ known: KnownStatement, parameters: [String: QueryValue], graph: GraphIndex, wholeGraph: Bool
    ) throws -> [QueryPlan] {
        // A neighbourhood graph is read afresh for each statement: its plans are not kept.
        guard wholeGraph else { return try Planner.plan(known.statement, graph: graph, store: store, parameters: parameters) }
        if known.plansLoad != graphLoads {
            known.plans.removeAll()
            known.plansLoad = graphLoads
        }
        if let plans = known.plans[parameters] { return plans }
        let plans = try Planner.plan(known.statement, graph: graph, store: store, parameters: parameters)
        if known.plans.count >= Self.cachedPlanLimit { known.plans.removeAll(keepingCapacity: true) }
        known.plans[parameters] = plans
        return plans
    }

    /// The most relations a short anchored statement reads through the store's indexes (its
    /// anchors' neighbourhood) before it loads the whole graph instead; smaller when the graph's
    /// snapshot is current, which makes the whole graph cheap.
    public var neighbourhoodLimit = 20_000
    public var neighbourhoodLimitWithSnapshot = 5_000

    /// Graphs with at least this many edges are saved beside the database after a full load, so
    /// the next process reads them back at disk speed (`GraphIndex.loadSnapshot`).
    public var snapshotThreshold = 50_000

    /// Makes the graph snapshot beside the store current, so the next process to query it starts
    /// from the file: `kg import` and `kg ingest` call it after writing. Does nothing when the
    /// snapshot is already current, or when the graph is smaller than `snapshotThreshold` edges
    /// (then no file is written; a full load is cheap).
    ///
    /// ```swift
    /// try GraphImporter(store: store).importCSV(nodesPath: "nodes.csv", edgesPath: "edges.csv")
    /// try QueryEngine(store: store).refreshGraphSnapshot()
    /// ```
    public func refreshGraphSnapshot() throws {
        guard !GraphIndex.hasCurrentSnapshot(of: store) else { return }
        _ = try currentGraph()
    }

    /// The graph of facts over `reports`, kept with the whole graph it was built from.
    private func facts(of reports: GraphIndex) throws -> GraphIndex {
        guard !reports.isPartial, graph != nil else { return reports.mergingReports() }
        if let cachedFacts, cachedFacts.fingerprint == fingerprint { return cachedFacts.graph }
        let merged = reports.mergingReports()
        cachedFacts = (fingerprint, merged)
        return merged
    }

    /// `2 s`, `0.5 s`.
    static func describe(timeout: Duration) -> String {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    private static func describe(_ error: any Error) -> String {
        if let store = error as? StoreError, let text = store.errorDescription { return text }
        return String(describing: error)
    }

    /// The graph a statement runs on: the whole graph when it is already in memory and current;
    /// else, for a short anchored pattern, just the anchors' neighbourhood read through the
    /// indexes; else the whole graph, loaded and kept.
    private func graph(for statement: QueryStatement, parameters: [String: QueryValue]) throws -> GraphIndex {
        let now = try GraphFingerprint.read(from: store)
        if let graph, now == fingerprint { return graph }
        if let scope = try NeighbourhoodScope(statement, parameters: parameters, store: store) {
            let interrupted = isInterrupted
            // With a current snapshot the whole graph costs about as much as reading 25,000
            // relations through the indexes, and stays for the next statement.
            let edgeLimit = GraphIndex.hasCurrentSnapshot(of: store) ? neighbourhoodLimitWithSnapshot : neighbourhoodLimit
            if let around = try GraphIndex.neighbourhood(
                of: scope.seeds, radius: scope.radius, in: store, edgeLimit: edgeLimit,
                isInterrupted: { interrupted() })
            {
                if fingerprint != now { evidence = Evidence(store: store) }
                return around
            }
        }
        return try currentGraph()
    }

    /// The in-memory graph, reloaded when the store changed since it was built.
    private func currentGraph() throws -> GraphIndex {
        let now = try GraphFingerprint.read(from: store)
        if let graph, now == fingerprint { return graph }
        let interrupted = isInterrupted
        let loaded: GraphIndex
        if let snapshot = GraphIndex.loadSnapshot(of: store) {
            loaded = snapshot
        } else {
            // The stamp before reading: a write in between makes the snapshot look stale, never current.
            let stamp = try store.contentStamp()
            loaded = try GraphIndex.load(from: store, isInterrupted: { interrupted() })
            if loaded.edgeCount >= snapshotThreshold && FileManager.default.fileExists(atPath: store.path) {
                // A read-only folder just means no snapshot; the query does not depend on it.
                try? loaded.saveSnapshot(of: store, stamp: stamp)
            }
        }
        graph = loaded
        fingerprint = now
        evidence = Evidence(store: store)
        graphLoads += 1
        return loaded
    }

    /// Runs the stages in turn: each stage's projected rows (WITH) seed the next stage's rows.
    private func execute(_ plans: [QueryPlan], graph: GraphIndex, parameters: [String: QueryValue]) throws -> QueryResult {
        let interrupted = isInterrupted
        let deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
        var inputs: [Row] = [Row(repeating: .unbound, count: plans.first?.slots.count ?? 0)]
        var result = QueryResult(columns: [], rows: [])
        for (index, plan) in plans.enumerated() {
            let evaluator = Evaluator(graph: graph, evidence: evidence, parameters: parameters, slotByName: plan.slotByName)
            let projection = try Projection(clause: plan.projection, layout: plan.layout, evaluator: evaluator, rowLimit: rowLimit)
            let matcher = Matcher(
                plan: plan, evaluator: evaluator, isInterrupted: { interrupted() },
                expansionLimit: expansionLimit, marks: marks)
            matcher.distinctSink = { nodes in projection.acceptDistinctNodes(nodes) }
            matcher.stepLimit = stepLimit
            matcher.deadline = deadline
            matcher.timeoutText = timeout.map(Self.describe(timeout:)) ?? ""
            var wantsMore = true
            for input in inputs where wantsMore {
                try matcher.run(
                    from: input,
                    weighted: { row, weight in
                        wantsMore = try projection.accept(row, weight: weight)
                        return wantsMore
                    })
            }
            if isInterrupted() { throw Diagnostic.interrupted }
            result = try projection.finish()
            if index + 1 < plans.count {
                let next = plans[index + 1]
                inputs = result.rows.map { values in
                    var row = Row(repeating: .unbound, count: next.slots.count)
                    for (slot, value) in values.enumerated() where slot < next.slots.count {
                        row[slot] = Self.binding(for: value, kind: next.slots[slot].kind, in: graph)
                    }
                    return row
                }
            }
        }
        return result
    }

    /// A value carried through WITH as a binding: nodes and edges become graph elements again so
    /// later patterns can start from them.
    private static func binding(for value: QueryValue, kind: SlotKind, in graph: GraphIndex) -> Binding {
        switch (value, kind) {
        case (.null, _):
            return .unbound
        case let (.node(node), .node):
            return graph.index(ofNodeID: node.id).map(Binding.node) ?? .unbound
        case let (.edge(edge), .edge):
            return graph.index(ofEdgeID: edge.id).map(Binding.edge) ?? .unbound
        default:
            return .value(value)
        }
    }
}

/// Maps positions in a statement's text to lines and columns of the file it came from.
struct SourceMap {
    let lines: [Substring]
    let firstLine: Int
    let firstColumn: Int?
    /// Where the first token is in the text.
    let origin: Position

    init(text: String, firstLine: Int, firstColumn: Int?) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        origin = (try? Lexer.tokenize(text).first?.position) ?? Self.firstNonBlank(in: text)
    }

    /// Where the first character that is neither blank nor in a comment is, for text the lexer
    /// rejects (an unterminated string), so its error still names the right line.
    static func firstNonBlank(in text: String) -> Position {
        var line = 1, column = 1, offset = 0
        var inComment = false
        var previous: Character?
        for character in text {
            if character.isNewline {
                inComment = false
                line += 1
                column = 1
            } else if !inComment && !character.isWhitespace {
                let next = text.dropFirst(offset + 1).first
                if (character == "-" || character == "/") && next == character {
                    inComment = true
                } else if !(previous == character && (character == "-" || character == "/")) {
                    return Position(offset: offset, line: line, column: column)
                }
                column += 1
            } else {
                column += 1
            }
            previous = character
            offset += 1
        }
        return .start
    }

    func location(of position: Position) -> SourceLocation {
        let line = firstLine + position.line - origin.line
        if position.line == origin.line, let firstColumn {
            return SourceLocation(line: line, column: firstColumn + position.column - origin.column)
        }
        return SourceLocation(line: line, column: position.column)
    }

    /// The source line for the caret, padded so the caret lines up with the file's columns.
    func sourceLine(of position: Position) -> String? {
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let text = String(lines[position.line - 1]).replacingTabs
        if position.line == origin.line, let firstColumn {
            let tail = text.dropFirst(max(0, origin.column - 1))
            return String(repeating: " ", count: max(0, firstColumn - 1)) + tail
        }
        return text
    }

    func error(from diagnostic: Diagnostic, sourceName: String) -> QueryError {
        guard let position = diagnostic.position else {
            return QueryError(message: diagnostic.message, sourceName: sourceName, isInterrupt: diagnostic.isInterrupt)
        }
        return QueryError(
            message: diagnostic.message, location: location(of: position), sourceName: sourceName,
            sourceLine: sourceLine(of: position), isInterrupt: diagnostic.isInterrupt)
    }
}

extension String {
    /// Tabs as single spaces, so a caret under the line counts columns as the lexer does.
    fileprivate var replacingTabs: String { replacingOccurrences(of: "\t", with: " ") }
}

extension QueryError {
    /// The headline as a note rather than an error: `query:1:20: note: ...`.
    var noticeText: String {
        if let location { return "\(sourceName):\(location): note: \(message)" }
        return "\(sourceName): note: \(message)"
    }
}
