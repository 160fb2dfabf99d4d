/// Objects a command holds until the process exits, never freed.
///
/// ```swift
/// let extractor = KeptUntilExit.keep(try Extractor())
/// ```
/// The extractor's lexicons and models are hundreds of thousands of small strings, arrays and
/// dictionaries: freeing them one by one when `run()` returns took 35.7 million instructions
/// on one thread after the last document of every `kg ingest` and `kg extract`, just before
/// the process exits and the system takes the memory back at once.
enum KeptUntilExit {
    /// `object`, with one reference that is never released.
    @discardableResult
    static func keep<Object: AnyObject>(_ object: Object) -> Object {
        _ = Unmanaged.passRetained(object)
        return object
    }
}
