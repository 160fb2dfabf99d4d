/// Stable 64-bit hashes for tagger features.
///
/// Swift's `Hasher` is seeded per process, so a model keyed by it could not be saved; these
/// hashes (FNV-1a over UTF-8, then a SplitMix64 finaliser) are the same on every run and
/// platform, which is what lets the model file store feature keys instead of feature strings.
///
/// ```swift
/// let key = FeatureHash.combine(FeatureHash.of("call"), 7)
/// ```
package enum FeatureHash {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over the UTF-8 bytes of `text`.
    package static func of(_ text: Substring.UTF8View) -> UInt64 {
        var hash = fnvOffset
        for byte in text {
            hash = (hash ^ UInt64(byte)) &* fnvPrime
        }
        return hash
    }

    package static func of(_ text: String) -> UInt64 { of(Substring(text).utf8) }

    /// Mixes two hashes into one; order matters.
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let mixed = finalize(first &+ 0x9e37_79b9_7f4a_7c15 &* (second | 1) ^ (second &<< 17))
        // 0 marks an empty slot in `FeatureIndex`.
        return mixed == 0 ? 1 : mixed
    }

    /// The 32 bits a model stores for a feature or word hash, never 0 (0 marks an empty slot).
    ///
    /// Half the size of the full hash in the model file; the few collisions this allows among
    /// a few hundred thousand features cost no measurable accuracy (the hashing trick).
    package static func narrow(_ hash: UInt64) -> UInt32 {
        let narrowed = UInt32(truncatingIfNeeded: hash ^ (hash &>> 32))
        return narrowed == 0 ? 1 : narrowed
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    package static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z &>> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z &>> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z &>> 31)
    }
}
