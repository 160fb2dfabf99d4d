import CPrefetch

/// Asking for weight slots ahead of their look-up.
extension PackedWeights {
    /// Asks for the home slots of `keys` to be brought into the cache, without waiting for them,
    /// so that looking the keys up soon after finds them there and their misses overlap.
    ///
    /// A hint only: what is looked up afterwards is the same with or without it.
    ///
    /// ```swift
    /// weights.prefetch(sentenceWordFeatures)
    /// ```
    func prefetch(_ keys: UnsafeBufferPointer<UInt32>) {
        let slots = self.slots.base, mask = self.mask
        for key in keys { kg_prefetch(slots + (Int(key) & mask)) }
    }
}
