/// The feature templates of the greedy averaged perceptron, left to right.
///
/// Each feature is a 64-bit key: the template's number mixed with the values it reads. The
/// previous tags are the tagger's own predictions (as in training), so tagging is greedy. A
/// second-pass model also reads the first pass's labels around the token ("guide" labels):
/// that is how a left-to-right tagger gets to see the tags to its right.
package enum TaggerFeatures {
    static let baseCount = 27
    static let guidedCount = 33

    package static func count(guided: Bool) -> Int { guided ? guidedCount : baseCount }

    /// Tag numbers standing for "before the sentence" in the previous-tag templates.
    package static let startTag = -1
    package static let start2Tag = -2

    /// Fills `features` (`count(guided:)` elements) for the token at `position`; `guide`, when
    /// given, holds the first pass's labels of the whole sentence.
    @inline(__always)
    package static func extract(
        at position: Int, in keys: [TokenKeys], previousTag: Int, previousTag2: Int,
        guide: [Int]?, into features: UnsafeMutablePointer<UInt32>
    ) {
        let current = keys[position]
        let prev1 = position >= 1 ? keys[position - 1] : .start1
        let prev2 = position >= 2 ? keys[position - 2] : (position == 1 ? .start1 : .start2)
        let next1 = position + 1 < keys.count ? keys[position + 1] : .end1
        let next2 = position + 2 < keys.count ? keys[position + 2] : (position + 1 == keys.count ? .end2 : .end1)
        let tag1 = UInt64(bitPattern: Int64(previousTag))
        let tag2 = UInt64(bitPattern: Int64(previousTag2))
        func key(_ template: UInt64, _ value: UInt64) -> UInt64 { FeatureHash.combine(template, value) }
        func store(_ index: Int, _ hash: UInt64) { features[index] = FeatureHash.narrow(hash) }

        store(0, key(0, 0))  // bias
        store(1, key(1, current.word))
        store(2, key(2, current.norm))
        store(3, key(3, current.suffix1))
        store(4, key(4, current.suffix2))
        store(5, key(5, current.suffix3))
        store(6, key(6, current.prefix1))
        store(7, key(7, current.prefix2))
        store(8, key(8, current.prefix3))
        store(9, key(9, current.shape))
        store(10, key(10, current.flags))
        store(11, key(11, tag1))
        store(12, key(12, tag2))
        store(13, key(key(13, tag1), tag2))
        store(14, key(key(14, tag1), current.norm))
        store(15, key(15, prev1.norm))
        store(16, key(16, prev1.suffix3))
        store(17, key(17, prev2.norm))
        store(18, key(18, next1.norm))
        store(19, key(19, next1.suffix3))
        store(20, key(20, next2.norm))
        store(21, key(21, next1.shape))
        store(22, key(key(22, prev1.norm), current.norm))
        store(23, key(key(23, current.norm), next1.norm))
        store(24, key(24, current.wordClasses))
        store(25, key(key(25, tag1), current.wordClasses))
        store(26, key(key(26, current.wordClasses), next1.wordClasses))
        guard let guide else { return }
        func guideLabel(_ offset: Int) -> UInt64 {
            let index = position + offset
            return guide.indices.contains(index) ? UInt64(guide[index]) : UInt64(bitPattern: Int64(-10 - offset))
        }
        let here = guideLabel(0), after1 = guideLabel(1), after2 = guideLabel(2)
        store(27, key(27, here))
        store(28, key(28, after1))
        store(29, key(key(29, after1), after2))
        store(30, key(key(30, tag1), after1))
        store(31, key(key(31, here), current.norm))
        store(32, key(key(32, after1), next1.norm))
    }
}
