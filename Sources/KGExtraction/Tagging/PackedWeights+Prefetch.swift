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

    /// Asks for the home slot of one key at a time, as the keys are made.
    ///
    /// The parser makes a step's features (a hundred hash mixes) and then looks them all up;
    /// asking for each one's slot as soon as it is made overlaps the slot's cache miss with the
    /// making of the others, instead of waiting for all of them once the last one is made.
    ///
    /// ```swift
    /// let prefetcher = weights.prefetcher
    /// prefetcher.prefetch(key)
    /// ```
    package struct Prefetcher {
        fileprivate let slots: UnsafeMutablePointer<Slot>
        fileprivate let mask: Int

        @inline(__always)
        package func prefetch(_ key: UInt32) { kg_prefetch(slots + (Int(key) & mask)) }
    }

    package var prefetcher: Prefetcher { Prefetcher(slots: slots.base, mask: mask) }
}
