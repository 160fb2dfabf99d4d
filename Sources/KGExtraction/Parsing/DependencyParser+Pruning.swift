/// Dropping a trained parser's small weights.
extension DependencyParser {
    /// The same model without the weights whose magnitude is below `magnitude` (in the units of
    /// the averaged perceptron, as `kg train parser --prune` counts them), and without the
    /// features left with no weight.
    ///
    /// What training with `--prune magnitude` would have kept, up to the 16-bit rounding, without
    /// training again. A smaller table is read faster: most of parsing waits on memory.
    ///
    /// ```swift
    /// let smaller = try DependencyParser.bundled().pruned(below: 1.5)
    /// smaller.featureCount  // about three quarters of the bundled model's
    /// ```
    public func pruned(below magnitude: Double) throws -> DependencyParser {
        // compared in quantised units, so that the same threshold keeps the same weights everywhere
        let smallest = magnitude / Double(weightScale)
        var keys: [UInt32] = [], starts: [Int32] = [0], classes: [UInt8] = [], kept: [Int16] = []
        for row in featureKeys.indices {
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1])
            where Double(quantizedWeights[entry].magnitude) >= smallest {
                classes.append(entryClasses[entry])
                kept.append(quantizedWeights[entry])
            }
            if classes.count > Int(starts[starts.count - 1]) {
                keys.append(featureKeys[row])
                starts.append(Int32(classes.count))
            }
        }
        return try DependencyParser(
            labels: labels, featureKeys: keys, rowStarts: starts, entryClasses: classes,
            quantizedWeights: kept, weightScale: weightScale
        )
    }
}
