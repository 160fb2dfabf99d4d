import KGModel
import Synchronization

/// `AliasKey.lookupKey` of the names documents give, kept for every later document on every
/// extraction thread.
///
/// ```swift
/// SharedLookupKeys.lookupKey("Volodymyr Zelenskiy")  // made once, then read
/// ```
/// The mention resolver asks the key of each name and surname a document gives (some 45 a
/// document, about 7,500 instructions each: spelling variants, folding, a string per word); the
/// same names come back in document after document (countries, leaders), so a key is made once
/// per process and read afterwards, where a memo per document made it again for each one. A key
/// depends on the name alone, so the answers are `AliasKey.lookupKey`'s whichever document or
/// thread asked first. At most `capacity` keys are kept; past that the memo starts over.
enum SharedLookupKeys {
    private static let keys = Mutex<[String: String]>([:])

    /// The most names kept (a few megabytes of short strings).
    static let capacity = 50_000

    /// `AliasKey.lookupKey(name)`.
    static func lookupKey(_ name: String) -> String {
        if let known = keys.withLock({ $0[name] }) { return known }
        // made outside the lock: another thread may make the same key meanwhile, and keeps the same
        let made = AliasKey.lookupKey(name)
        keys.withLock { keys in
            if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
            keys[name] = made
        }
        return made
    }
}
