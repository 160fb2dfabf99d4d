/// The rows one statement returned, with its column names.
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[QueryValue]]
    /// Things worth telling the user that did not stop the query, each a line like
    /// `query:1:18: note: no entity is named 'Putn'; did you mean 'Putin'?`.
    public var notices: [String]

    public init(columns: [String], rows: [[QueryValue]], notices: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.notices = notices
    }
}
