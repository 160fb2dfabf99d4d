import Foundation

/// The model file: a small little-endian binary format, like the tagger's.
///
/// `KGPARSER`, version (u32); labels (u32 count, then u8-length strings); features (u32 count,
/// u32 keys, u8 entries per row); entries (u32 count, u8 transition classes), f32 scale, i16
/// weights (weight = i16 * scale).
extension DependencyParser {
    static let magic = Array("KGPARSER".utf8)
    /// Changes whenever the file layout or the feature templates change.
    static let formatVersion: UInt32 = 2

    /// The model shipped in the KGExtraction bundle, loaded on first use and shared.
    ///
    /// ```swift
    /// let parser = try DependencyParser.bundled()
    /// ```
    public static func bundled() throws -> DependencyParser {
        try bundledModel.get()
    }

    private static let bundledModel: Result<DependencyParser, ParsingError> = {
        do {
            let url = try BundledResource.url(named: "parser.bin")
            return .success(try DependencyParser(contentsOf: url))
        } catch let error as ParsingError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(file: "Models/parser.bin", reason: error.localizedDescription))
        }
    }()

    /// Loads a model written by `write(to:)`.
    public convenience init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ParsingError.unreadable(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(serialized: data, file: url.path)
    }

    /// Decodes a model from its bytes; `file` only names the source in errors.
    public convenience init(serialized data: Data, file: String = "<model>") throws {
        func malformed(_ reason: String) -> ParsingError { .malformedModel(file: file, reason: reason) }
        var reader = ByteReader(data: data, file: file)
        do {
            guard try reader.bytes(Self.magic.count) == Self.magic else { throw malformed("missing KGPARSER header") }
            let version: UInt32 = try reader.integer()
            guard version == Self.formatVersion else {
                throw malformed("format version \(version), expected \(Self.formatVersion)")
            }
            let labelCount = Int(try reader.integer() as UInt32)
            guard labelCount <= 127 else { throw malformed("\(labelCount) labels, at most 127") }
            var labels: [DependencyLabel] = []
            for _ in 0..<labelCount { labels.append(DependencyLabel(rawValue: try reader.shortString())) }
            guard labels.contains(DependencyLabel(rawValue: "root")) else { throw malformed("no 'root' label") }

            let featureCount = Int(try reader.integer() as UInt32)
            let featureKeys: [UInt32] = try reader.array(count: featureCount)
            let rowLengths: [UInt8] = try reader.array(count: featureCount)
            let entryCount = Int(try reader.integer() as UInt32)
            guard entryCount < PackedWeights.maximumEntries else {
                throw malformed("more than \(PackedWeights.maximumEntries) weights")
            }
            let entryClasses: [UInt8] = try reader.array(count: entryCount)
            let scale = Float(bitPattern: try reader.integer())
            let quantized: [Int16] = try reader.array(count: entryCount)
            guard reader.isAtEnd else { throw malformed("trailing bytes") }

            var rowStarts = [Int32](repeating: 0, count: featureCount + 1)
            for row in 0..<featureCount { rowStarts[row + 1] = rowStarts[row] + Int32(rowLengths[row]) }
            guard Int(rowStarts[featureCount]) == entryCount else {
                throw malformed("row lengths do not add up to the entry count")
            }
            let classCount = ParserTransition.classCount(labelCount: labelCount)
            guard entryClasses.allSatisfy({ Int($0) < classCount }) else { throw malformed("transition class out of range") }
            guard !featureKeys.contains(0) else { throw malformed("zero feature key") }
            guard scale.isFinite else { throw malformed("weight scale is not finite") }
            try self.init(
                labels: labels, featureKeys: featureKeys, rowStarts: rowStarts, entryClasses: entryClasses,
                quantizedWeights: quantized, weightScale: scale
            )
            guard weights.duplicateKeyCount == 0 else { throw malformed("duplicate feature keys") }
        } catch let error as TaggingError {
            // The byte reader is shared with the tagger and reports truncation in its terms.
            if case let .malformedModel(_, reason) = error { throw malformed(reason) }
            throw error
        }
    }

    /// The model's bytes, as `init(serialized:)` reads them.
    public func serialized() -> Data {
        var writer = ByteWriter()
        writer.append(Self.magic)
        writer.append(Self.formatVersion)
        writer.append(UInt32(labels.count))
        for label in labels { writer.appendShortString(label.rawValue) }
        writer.append(UInt32(featureKeys.count))
        featureKeys.forEach { writer.append($0) }
        writer.append((0..<featureKeys.count).map { UInt8(rowStarts[$0 + 1] - rowStarts[$0]) })
        writer.append(UInt32(entryClasses.count))
        writer.append(entryClasses)
        writer.append(weightScale.bitPattern)
        quantizedWeights.forEach { writer.append(UInt16(bitPattern: $0)) }
        return writer.data
    }

    /// Writes the model; the file is replaced only once it is complete.
    public func write(to url: URL) throws {
        do {
            try serialized().write(to: url, options: .atomic)
        } catch {
            throw ParsingError.unreadable(file: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
