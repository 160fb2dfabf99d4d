/// Where in the extractor's source a fact was made: the rule's file and line, for measuring each
/// rule's right and wrong facts (`kg extract --origins FILE`).
///
/// It plays no part in a fact's identity: the same fact made by two rules is one fact, so two
/// origins always compare equal and hash alike.
///
/// ```swift
/// FactOrigin(file: #fileID, line: #line).description  // "KGExtraction/Relations/RoleExtractor.swift:40"
/// ```
public struct FactOrigin: Hashable, Sendable, CustomStringConvertible {
    public let file: StaticString
    public let line: UInt

    public init(file: StaticString, line: UInt) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    /// Always true: an origin describes a fact without telling facts apart.
    public static func == (_: FactOrigin, _: FactOrigin) -> Bool { true }

    public func hash(into _: inout Hasher) {}
}
