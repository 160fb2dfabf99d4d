import Foundation

/// What went wrong reading a treebank or loading a tagging model or lexicon.
///
/// ```swift
/// do { _ = try CoNLLUReader.read(contentsOf: url) }
/// catch let error as TaggingError { print(error.localizedDescription) }
/// // "train.conllu:12: expected 10 tab-separated fields, found 9"
/// ```
public enum TaggingError: Error, Equatable, LocalizedError {
    /// A malformed line in a CoNLL-U file.
    case malformedCoNLLU(file: String, line: Int, reason: String)
    /// A model file that is truncated, of another format or of another version.
    case malformedModel(file: String, reason: String)
    /// A malformed line in a lexicon file (lemma exceptions, verb list).
    case malformedLexicon(file: String, line: Int, reason: String)
    /// A file that could not be read or written.
    case unreadable(file: String, reason: String)
    /// A bundled resource that is missing from the build.
    case missingResource(name: String)
    /// Training data beyond what the model format can hold.
    case trainingDataTooLarge(reason: String)

    public var errorDescription: String? {
        switch self {
        case let .malformedCoNLLU(file, line, reason): "\(file):\(line): \(reason)"
        case let .malformedModel(file, reason): "\(file): not a valid tagger model: \(reason)"
        case let .malformedLexicon(file, line, reason): "\(file):\(line): \(reason)"
        case let .unreadable(file, reason): "\(file): \(reason)"
        case let .missingResource(name): "bundled resource '\(name)' is missing from the build"
        case let .trainingDataTooLarge(reason): "cannot train: \(reason)"
        }
    }
}
