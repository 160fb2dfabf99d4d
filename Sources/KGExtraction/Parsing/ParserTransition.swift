/// One move of the arc-hybrid transition system, numbered as the parser's weights number classes.
///
/// Class 0 is SHIFT, `1 + l` is LEFT with label `l`, `1 + labelCount + l` is RIGHT with label `l`.
///
/// ```swift
/// let move = ParserTransition(class: 5, labelCount: 40) // .left(label: 4)
/// move.classNumber(labelCount: 40)                      // 5
/// ```
package enum ParserTransition: Hashable, Sendable {
    /// Moves the buffer's first word onto the stack.
    case shift
    /// Makes the buffer's first word the head of the stack's top, and pops it.
    case left(label: Int)
    /// Makes the stack's second word the head of its top, and pops it.
    case right(label: Int)

    package init(class number: Int, labelCount: Int) {
        if number == 0 {
            self = .shift
        } else if number <= labelCount {
            self = .left(label: number - 1)
        } else {
            self = .right(label: number - 1 - labelCount)
        }
    }

    package func classNumber(labelCount: Int) -> Int {
        switch self {
        case .shift: 0
        case let .left(label): 1 + label
        case let .right(label): 1 + labelCount + label
        }
    }

    /// Classes for `labelCount` labels: SHIFT and a LEFT and a RIGHT per label.
    package static func classCount(labelCount: Int) -> Int { 1 + 2 * labelCount }
}
