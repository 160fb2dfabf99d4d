import Foundation

/// Something worth telling the user about one input file that did not stop the ingest.
public struct IngestWarning: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: warning: message`
    public var description: String { "\(path): warning: \(message)" }
}

/// Where an ingest is, for a progress bar.
public struct IngestProgress: Sendable {
    public var completed: Int
    public var total: Int
    public var currentPath: String

    public init(completed: Int, total: Int, currentPath: String) {
        self.completed = completed
        self.total = total
        self.currentPath = currentPath
    }
}

/// What one ingest did.
public struct IngestReport: Sendable {
    /// Documents added or replaced.
    public var documentsIngested = 0
    /// Of `documentsIngested`, those that replaced an earlier version of the same file.
    public var documentsReplaced = 0
    /// Documents whose content was already in the store, unchanged.
    public var documentsUnchanged = 0
    /// Files skipped (binary, empty, unreadable); each has a warning.
    public var documentsSkipped = 0
    public var entitiesAdded = 0
    /// Entities removed because a replaced document was the last to mention them.
    public var entitiesRemoved = 0
    public var relationsAdded = 0
    /// Bytes of the files read (ingested or unchanged).
    public var bytesRead = 0
    public var warnings: [IngestWarning] = []
    public var seconds: Double = 0

    public init() {}
}
