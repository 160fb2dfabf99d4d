import Foundation

/// What went wrong loading or training a dependency parser.
///
/// ```swift
/// do { _ = try DependencyParser(contentsOf: url) }
/// catch let error as ParsingError { print(error.localizedDescription) }
/// // "parser.bin: not a valid parser model: missing KGPARSER header"
/// ```
public enum ParsingError: Error, Equatable, LocalizedError {
    /// A model file that is truncated, of another format or of another version.
    case malformedModel(file: String, reason: String)
    /// A file that could not be read or written.
    case unreadable(file: String, reason: String)
    /// Training data the parser cannot learn from or the model format cannot hold.
    case unusableTrainingData(reason: String)

    public var errorDescription: String? {
        switch self {
        case let .malformedModel(file, reason): "\(file): not a valid parser model: \(reason)"
        case let .unreadable(file, reason): "\(file): \(reason)"
        case let .unusableTrainingData(reason): "cannot train the parser: \(reason)"
        }
    }
}
