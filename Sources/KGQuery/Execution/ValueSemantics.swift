/// Cypher's rules for comparing values: `null` propagates, numbers compare across int and
/// float, strings compare case-sensitively, other kinds are incomparable.
///
/// ```swift
/// ValueSemantics.equals(.int(1), .double(1))  // true
/// ValueSemantics.equals(.null, .int(1))       // nil (unknown)
/// ```
enum ValueSemantics {
    static func number(_ value: QueryValue) -> Double? {
        switch value {
        case let .int(v): return Double(v)
        case let .double(v): return v
        default: return nil
        }
    }

    /// Three-valued equality: nil when either side is null.
    static func equals(_ a: QueryValue, _ b: QueryValue) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case let (.int(x), .int(y)): return x == y
        case (.int, .double), (.double, .int), (.double, .double):
            return number(a) == number(b)
        case let (.node(x), .node(y)): return x.id == y.id
        case let (.edge(x), .edge(y)): return x.id == y.id
        case let (.list(x), .list(y)):
            guard x.count == y.count else { return false }
            var unknown = false
            for (left, right) in zip(x, y) {
                switch equals(left, right) {
                case .some(false): return false
                case .none: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        default: return a == b
        }
    }

    /// Three-valued ordering for `<` and friends: nil when null or incomparable kinds.
    static func compare(_ a: QueryValue, _ b: QueryValue) -> Int? {
        switch (a, b) {
        case let (.string(x), .string(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.bool(x), .bool(y)): return x == y ? 0 : (!x ? -1 : 1)
        default:
            guard let x = number(a), let y = number(b) else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        }
    }

    /// A total order for ORDER BY: by kind, then value; null sorts after everything.
    static func sortOrder(_ a: QueryValue, _ b: QueryValue) -> Int {
        let (rankA, rankB) = (rank(a), rank(b))
        if rankA != rankB { return rankA < rankB ? -1 : 1 }
        if let compared = compare(a, b) { return compared }
        switch (a, b) {
        case let (.node(x), .node(y)): return x.name != y.name ? (x.name < y.name ? -1 : 1) : (x.id < y.id ? -1 : (x.id == y.id ? 0 : 1))
        case let (.edge(x), .edge(y)): return x.id < y.id ? -1 : (x.id == y.id ? 0 : 1)
        case let (.path(x), .path(y)):
            if x.length != y.length { return x.length < y.length ? -1 : 1 }
            return x.rendered < y.rendered ? -1 : (x.rendered == y.rendered ? 0 : 1)
        case let (.list(x), .list(y)):
            for (left, right) in zip(x, y) {
                let order = sortOrder(left, right)
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        default: return 0
        }
    }

    private static func rank(_ value: QueryValue) -> Int {
        switch value {
        case .node: return 0
        case .edge: return 1
        case .list: return 2
        case .path: return 3
        case .string: return 4
        case .bool: return 5
        case .int, .double: return 6
        case .null: return 7
        }
    }

    /// The truth of a condition: only `true` counts; null and other values do not.
    static func isTrue(_ value: QueryValue) -> Bool {
        if case .bool(true) = value { return true }
        return false
    }
}
