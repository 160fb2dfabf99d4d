import KGExtraction

/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): what each transition
/// costs, in gold arcs it makes unreachable, from any configuration.
///
/// A transition of cost 0 keeps the best tree still reachable reachable, so training can follow
/// the model's own mistakes and still learn the best next move from there. For a projective gold
/// tree, a path of cost-0 transitions from the start builds exactly that tree.
///
/// ```swift
/// let oracle = ArcHybridOracle(tree: gold, labelNumbers: numbers)
/// oracle.cost(of: .shift, in: state) // 0
/// ```
package struct ArcHybridOracle: Sendable {
    /// Each word's gold head; the root is `wordCount`.
    let heads: [Int]
    /// Each word's gold label number (-1 for a label the parser does not know).
    let labels: [Int]

    /// `labelNumbers` numbers the parser's labels.
    package init(tree: DependencyTree, labelNumbers: [DependencyLabel: Int]) {
        let count = tree.heads.count
        heads = tree.heads.map { $0 ?? count }
        labels = tree.labels.map { labelNumbers[$0] ?? -1 }
    }

    /// The unlabelled costs of SHIFT, LEFT and RIGHT in `state` (whether or not they are allowed).
    package func unlabelledCosts(in state: ArcHybridConfiguration) -> (shift: Int, left: Int, right: Int) {
        let count = heads.count
        let s0 = state.stackElement(0), s1 = state.stackElement(1)
        let front = state.bufferFront
        var left = 0, right = 0, shift = 0
        if s0 >= 0 && s0 < count {
            // s0's own dependents still in the buffer are lost either way.
            var dependentsInBuffer = 0
            for word in front..<count where heads[word] == s0 { dependentsInBuffer += 1 }
            let head = heads[s0]
            let headInRestOfBuffer = head > front && head < count
            left = dependentsInBuffer + ((head == s1 || headInRestOfBuffer) ? 1 : 0)
            right = dependentsInBuffer + ((head >= front && head < count) ? 1 : 0)
        }
        if front < count {
            // The buffer's first word, once pushed, can take a head only from s0 or the buffer,
            // and dependents only from the buffer.
            let stack = state.stack
            for (position, word) in stack.enumerated() {
                if word < count && heads[word] == front { shift += 1 }
                if position < stack.count - 1 && heads[front] == word { shift += 1 }
            }
        }
        return (shift, left, right)
    }

    /// What `transition` costs in `state`, counting a gold arc with the wrong label as one lost arc.
    package func cost(of transition: ParserTransition, in state: ArcHybridConfiguration) -> Int {
        let costs = unlabelledCosts(in: state)
        return cost(of: transition, in: state, unlabelled: costs)
    }

    package func cost(
        of transition: ParserTransition, in state: ArcHybridConfiguration,
        unlabelled costs: (shift: Int, left: Int, right: Int)
    ) -> Int {
        let s0 = state.stackElement(0)
        switch transition {
        case .shift:
            return costs.shift
        case let .left(label):
            guard s0 >= 0 && s0 < heads.count else { return costs.left }
            return costs.left + ((heads[s0] == state.bufferFront && labels[s0] != label) ? 1 : 0)
        case let .right(label):
            guard s0 >= 0 && s0 < heads.count else { return costs.right }
            return costs.right + ((heads[s0] == state.stackElement(1) && labels[s0] != label) ? 1 : 0)
        }
    }
}
