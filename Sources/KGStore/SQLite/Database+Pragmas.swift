extension Database {
    /// Runs `body` with the integer pragma `name` set to `value`, then sets it back to what it was.
    ///
    /// ```swift
    /// try database.withPragma("cache_size", -65_536) { try writeManyRows() }
    /// ```
    /// `name` is one of the store's own constants, never user input: it is spliced into the SQL.
    /// The pragma is set back even when `body` throws; a failure to set it back is ignored, as the
    /// value only tunes speed.
    func withPragma<T>(_ name: String, _ value: Int, _ body: () throws -> T) throws -> T {
        let previous = try scalarInt("PRAGMA \(name)")
        try execute("PRAGMA \(name) = \(value)")
        defer { if let previous { try? execute("PRAGMA \(name) = \(previous)") } }
        return try body()
    }
}
