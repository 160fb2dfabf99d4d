import Dispatch
import Foundation
import KGModel

extension Extractor {
    /// A value loaded on another thread while this one goes on: the parser's model, the lexicons
    /// and the tagger load at once when an extractor is made (wall time; the work is the same).
    ///
    /// ```swift
    /// let parser = BackgroundLoad { try DependencyParser.bundled() }
    /// let tagger = try WordTagger.bundled()  // meanwhile, on this thread
    /// let model = try parser.value()         // waits for the parser if it is not loaded yet
    /// ```
    final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
        // `@unchecked Sendable`: `result` is written once before `done` is signalled and read only
        // after waiting for it.
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<Value, any Error> = .failure(NotLoaded())

        /// Never seen: `value()` reads the result only once the load has set it.
        struct NotLoaded: Error {}

        init(_ load: @escaping @Sendable () throws -> Value) {
            // a thread of its own, not the shared queue: that queue runs a block per core at once,
            // so a load waiting for another load (the lexicons for the gazetteer) would hold a
            // place the other needs, and the loads would queue behind each other
            let thread = Thread {
                self.result = Result { try load() }
                self.done.signal()
            }
            // the lexicons' loaders recurse little, but a main thread's stack costs nothing unused
            thread.stackSize = 8 << 20
            thread.start()
        }

        /// The loaded value, or the error loading it threw; waits until it is loaded.
        func value() throws -> Value {
            done.wait()
            done.signal()  // later calls do not wait
            return try result.get()
        }
    }

    /// Builds the tables shared by all documents that would otherwise be built during the first
    /// one (spelling variants of names, the word lists, the office holders), so that they load with
    /// the rest.
    static func warmSharedTables() {
        _ = AliasKey.lookupKey("Kyiv")
        _ = WordLists.list("")
        _ = OfficeHolders.table
    }
}
