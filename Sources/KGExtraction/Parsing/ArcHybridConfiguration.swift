/// A parser state of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011).
///
/// Words are numbered `0 ..< wordCount`; the artificial root is `wordCount` and sits at the
/// bottom of the stack. SHIFT pushes the buffer's first word; LEFT attaches the stack's top to
/// the buffer's first word; RIGHT attaches the stack's top to the word below it. The root takes
/// its one dependent (label `root`) last, once the buffer is empty, so every tree has exactly one
/// root. A sentence of n words takes exactly 2n transitions. Besides heads and labels, the
/// configuration keeps what the feature templates read: the two outermost children on each side,
/// the number of children and the set of their labels.
///
/// ```swift
/// var state = ArcHybridConfiguration(wordCount: 2)
/// state.apply(.shift); state.apply(.left(label: 3))   // word 0 <- word 1
/// state.apply(.shift); state.apply(.right(label: 0))  // root -> word 1
/// state.isTerminal // true
/// ```
package struct ArcHybridConfiguration: Sendable {
    package let wordCount: Int
    /// Word numbers, the root (`wordCount`) first.
    package private(set) var stack: [Int]
    /// The buffer is `bufferFront ..< wordCount`.
    package private(set) var bufferFront = 0
    /// Head of each word (and of the root, index `wordCount`); -1 while it has none.
    package private(set) var heads: [Int]
    /// Label number of each word's arc; -1 while it has none.
    package private(set) var labels: [Int]
    /// Leftmost and second-leftmost dependents of each word; -1 when there are none.
    package private(set) var leftmost: [Int]
    package private(set) var leftmost2: [Int]
    /// Rightmost and second-rightmost dependents of each word; -1 when there are none.
    package private(set) var rightmost: [Int]
    package private(set) var rightmost2: [Int]
    package private(set) var leftCount: [Int]
    package private(set) var rightCount: [Int]
    /// Bit `label % 64` set for each label of a left (right) dependent.
    package private(set) var leftLabels: [UInt64]
    package private(set) var rightLabels: [UInt64]

    package init(wordCount: Int) {
        self.wordCount = max(0, wordCount)
        let size = self.wordCount + 1
        stack = [self.wordCount]
        stack.reserveCapacity(size)
        heads = [Int](repeating: -1, count: size)
        labels = heads
        leftmost = heads
        leftmost2 = heads
        rightmost = heads
        rightmost2 = heads
        leftCount = [Int](repeating: 0, count: size)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: size)
        rightLabels = leftLabels
    }

    /// The artificial root's number.
    package var root: Int { wordCount }
    package var isTerminal: Bool { bufferFront == wordCount && stack.count == 1 }
    package var isBufferEmpty: Bool { bufferFront == wordCount }

    /// The stack's `depth`-th element from the top (0: the top), or -1.
    @inline(__always)
    package func stackElement(_ depth: Int) -> Int {
        let index = stack.count - 1 - depth
        return index >= 0 ? stack[index] : -1
    }

    /// The buffer's `offset`-th word (0: the first), or -1.
    @inline(__always)
    package func bufferElement(_ offset: Int) -> Int {
        let index = bufferFront + offset
        return index < wordCount ? index : -1
    }

    /// Whether SHIFT is allowed.
    package var canShift: Bool { bufferFront < wordCount }
    /// Whether LEFT is allowed (with any label but `root`).
    package var canLeft: Bool { stack.count >= 2 && bufferFront < wordCount }
    /// Whether RIGHT is allowed; when `rightTakesRoot`, only with the `root` label.
    package var canRight: Bool { stack.count >= 3 || (stack.count == 2 && bufferFront == wordCount) }
    /// True when the next RIGHT attaches the sentence's one root word to the artificial root.
    package var rightTakesRoot: Bool { stack.count == 2 }

    /// Whether `transition` may be applied; `rootLabel` is the number of the `root` label.
    package func isValid(_ transition: ParserTransition, rootLabel: Int) -> Bool {
        switch transition {
        case .shift: canShift
        case let .left(label): canLeft && label != rootLabel
        case let .right(label): canRight && (label == rootLabel) == rightTakesRoot
        }
    }

    /// Calls `body` with every transition `isValid` allows, in class-number order: SHIFT, then
    /// LEFT and RIGHT by label. The parser and the trainer pick their best transition from these.
    ///
    /// ```swift
    /// state.forEachAllowedTransition(labelCount: 40, rootLabel: 0) { consider($0) }
    /// ```
    @inline(__always)
    package func forEachAllowedTransition(labelCount: Int, rootLabel: Int, _ body: (ParserTransition) -> Void) {
        if canShift { body(.shift) }
        if canLeft {
            for label in 0..<labelCount where label != rootLabel { body(.left(label: label)) }
        }
        if canRight {
            if rightTakesRoot {
                body(.right(label: rootLabel))
            } else {
                for label in 0..<labelCount where label != rootLabel { body(.right(label: label)) }
            }
        }
    }

    /// The one transition allowed, when there is exactly one: SHIFT onto a stack holding only the
    /// root, and RIGHT with `root` once the buffer is empty and one word is left on the stack.
    ///
    /// ```swift
    /// ArcHybridConfiguration(wordCount: 3).onlyAllowedTransition(rootLabel: 0)  // .shift
    /// ```
    @inline(__always)
    package func onlyAllowedTransition(rootLabel: Int) -> ParserTransition? {
        if stack.count <= 1 { return canShift ? .shift : nil }
        if stack.count == 2 && !canShift { return .right(label: rootLabel) }
        return nil
    }

    /// The class numbers (see `ParserTransition`) that hold every allowed transition: SHIFT and
    /// LEFT only while a RIGHT is not allowed, RIGHT only once the buffer is empty.
    ///
    /// ```swift
    /// ArcHybridConfiguration(wordCount: 3).allowedClasses(labelCount: 40)  // 0..<41
    /// ```
    @inline(__always)
    package func allowedClasses(labelCount: Int) -> Range<Int> {
        let all = ParserTransition.classCount(labelCount: labelCount)
        if !canShift { return (1 + labelCount)..<all }
        return canRight ? 0..<all : 0..<(1 + labelCount)
    }

    /// Applies a transition; an invalid one (see `isValid`) leaves the configuration unchanged.
    package mutating func apply(_ transition: ParserTransition) {
        switch transition {
        case .shift:
            guard canShift else { return }
            stack.append(bufferFront)
            bufferFront += 1
        case let .left(label):
            guard canLeft else { return }
            let dependent = stack.removeLast()
            attach(dependent, to: bufferFront, label: label)
        case let .right(label):
            guard canRight else { return }
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: label)
        }
    }

    /// LEFT children arrive right to left and RIGHT children left to right, so each new child
    /// is the outermost one on its side.
    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            leftmost2[head] = leftmost[head]
            leftmost[head] = dependent
            leftCount[head] += 1
            leftLabels[head] |= bit
        } else {
            rightmost2[head] = rightmost[head]
            rightmost[head] = dependent
            rightCount[head] += 1
            rightLabels[head] |= bit
        }
    }
}
