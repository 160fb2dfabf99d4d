/// The row ids the writer gave a document's sentences or entities, by the extraction's own numbers.
///
/// An extraction numbers its sentences and entities 0, 1, 2, ...: then the ids are an array read at
/// the number, where a `Dictionary<Int, Int>` hashed each number (SipHash) at every mention and fact
/// of every document. Numbers given any other way are kept in a dictionary, as before.
///
/// ```swift
/// var ids = RowIDMap(numbers: [0, 1, 2])
/// ids[1] = 57
/// ids[1]  // 57
/// ids[7]  // nil
/// ```
struct RowIDMap {
    private var dense: [Int?]
    private var sparse: [Int: Int] = [:]
    private let isDense: Bool

    /// A map for rows numbered `numbers`, in the order given.
    init(numbers: some Sequence<Int>) {
        var count = 0
        var inOrder = true
        for number in numbers {
            if number != count { inOrder = false }
            count += 1
        }
        isDense = inOrder
        dense = inOrder ? Array(repeating: nil, count: count) : []
    }

    subscript(number: Int) -> Int? {
        get { isDense && dense.indices.contains(number) ? dense[number] : sparse[number] }
        set {
            if isDense && dense.indices.contains(number) {
                dense[number] = newValue
            } else {
                // a number outside those given: kept aside (the dense part never holds it)
                sparse[number] = newValue
            }
        }
    }
}
