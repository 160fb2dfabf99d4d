import Foundation

/// The model file: a small little-endian binary format.
///
/// `KGTAGGER`, version (u32); labels (u32 count, then UPOS and Penn tag as u8-length strings);
/// tag dictionary (u32 count, u32 word hashes, u8 labels); features (u32 count, u32 keys, u8
/// entries per row), entries (u32 count, u8 labels), f32 scale, i16 weights (weight = i16 * scale);
/// then u8 1 and the first pass's model, nested, for a two-pass model, else u8 0; then the word
/// class lexicon (u32 count, u32 word hashes, u8 class masks).
extension PerceptronTagger {
    static let magic = Array("KGTAGGER".utf8)
    static let formatVersion: UInt32 = 2

    /// The model shipped in the KGExtraction bundle, loaded on first use and shared.
    ///
    /// ```swift
    /// let tagger = try PerceptronTagger.bundled()
    /// ```
    public static func bundled() throws -> PerceptronTagger {
        try bundledModel.get()
    }

    private static let bundledModel: Result<PerceptronTagger, TaggingError> = {
        do {
            let url = try BundledResource.url(named: "tagger.bin")
            return .success(try PerceptronTagger(contentsOf: url))
        } catch let error as TaggingError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(file: "Models/tagger.bin", reason: error.localizedDescription))
        }
    }()

    /// Loads a model written by `write(to:)`.
    public convenience init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaggingError.unreadable(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(serialized: data, file: url.path)
    }

    /// Decodes a model from its bytes; `file` only names the source in errors.
    public convenience init(serialized data: Data, file: String = "<model>") throws {
        var reader = ByteReader(data: data, file: file)
        try self.init(reader: &reader, file: file)
        guard reader.isAtEnd else { throw TaggingError.malformedModel(file: file, reason: "trailing bytes") }
    }

    private convenience init(reader: inout ByteReader, file: String) throws {
        guard try reader.bytes(Self.magic.count) == Self.magic else {
            throw TaggingError.malformedModel(file: file, reason: "missing KGTAGGER header")
        }
        let version: UInt32 = try reader.integer()
        guard version == Self.formatVersion else {
            throw TaggingError.malformedModel(file: file, reason: "format version \(version), expected \(Self.formatVersion)")
        }
        let labelCount = Int(try reader.integer() as UInt32)
        var labels: [PartOfSpeech] = []
        for _ in 0..<labelCount {
            let uposName = try reader.shortString()
            guard let upos = UPOS(rawValue: uposName) else {
                throw TaggingError.malformedModel(file: file, reason: "unknown UPOS '\(uposName)'")
            }
            labels.append(PartOfSpeech(upos: upos, xpos: PennTag(treebankTag: try reader.shortString())))
        }
        guard !labels.isEmpty else { throw TaggingError.malformedModel(file: file, reason: "no labels") }

        let dictionaryCount = Int(try reader.integer() as UInt32)
        let dictionaryKeys: [UInt32] = try reader.array(count: dictionaryCount)
        let dictionaryLabels: [UInt8] = try reader.array(count: dictionaryCount)

        let featureCount = Int(try reader.integer() as UInt32)
        let featureKeys: [UInt32] = try reader.array(count: featureCount)
        let rowLengths: [UInt8] = try reader.array(count: featureCount)
        let entryCount = Int(try reader.integer() as UInt32)
        let entryLabels: [UInt8] = try reader.array(count: entryCount)
        guard entryCount < PackedWeights.maximumEntries else {
            throw TaggingError.malformedModel(file: file, reason: "more than \(PackedWeights.maximumEntries) weights")
        }
        let scale: Float = Float(bitPattern: try reader.integer())
        let quantized: [Int16] = try reader.array(count: entryCount)
        let hasFirstPass: UInt8 = try reader.integer()
        let firstPass = hasFirstPass == 1 ? try PerceptronTagger(reader: &reader, file: file) : nil
        let lexiconCount = Int(try reader.integer() as UInt32)
        let lexiconKeys: [UInt32] = try reader.array(count: lexiconCount)
        let lexiconMasks: [UInt8] = try reader.array(count: lexiconCount)
        // duplicates are counted while the tables are built: a `Set` of every key cost start-up
        let lexicon = WordClassLexicon(keys: lexiconKeys, masks: lexiconMasks)
        guard !lexiconKeys.contains(0), lexicon.duplicateKeyCount == 0 else {
            throw TaggingError.malformedModel(file: file, reason: "zero or duplicate lexicon keys")
        }
        guard firstPass.map({ $0.labels == labels }) ?? true else {
            throw TaggingError.malformedModel(file: file, reason: "the two passes have different labels")
        }

        var rowStarts = [Int32](repeating: 0, count: featureCount + 1)
        for row in 0..<featureCount { rowStarts[row + 1] = rowStarts[row] + Int32(rowLengths[row]) }
        guard Int(rowStarts[featureCount]) == entryCount else {
            throw TaggingError.malformedModel(file: file, reason: "row lengths do not add up to the entry count")
        }
        guard dictionaryLabels.allSatisfy({ Int($0) < labelCount }), entryLabels.allSatisfy({ Int($0) < labelCount }) else {
            throw TaggingError.malformedModel(file: file, reason: "label number out of range")
        }
        guard !dictionaryKeys.contains(0), !featureKeys.contains(0) else {
            throw TaggingError.malformedModel(file: file, reason: "zero or duplicate keys")
        }
        self.init(
            labels: labels, tagDictionaryKeys: dictionaryKeys, tagDictionaryLabels: dictionaryLabels,
            featureKeys: featureKeys, rowStarts: rowStarts, entryLabels: entryLabels,
            quantizedWeights: quantized, weightScale: scale, firstPass: firstPass,
            lexicon: lexicon
        )
        guard duplicateKeyCount == 0 else {
            throw TaggingError.malformedModel(file: file, reason: "zero or duplicate keys")
        }
    }

    /// The model's bytes, as `init(serialized:)` reads them.
    public func serialized() -> Data {
        var writer = ByteWriter()
        serialize(into: &writer)
        return writer.data
    }

    private func serialize(into writer: inout ByteWriter) {
        writer.append(Self.magic)
        writer.append(Self.formatVersion)
        writer.append(UInt32(labels.count))
        for label in labels {
            writer.appendShortString(label.upos.rawValue)
            writer.appendShortString(label.xpos.rawValue)
        }
        writer.append(UInt32(tagDictionaryKeys.count))
        tagDictionaryKeys.forEach { writer.append($0) }
        writer.append(tagDictionaryLabels)
        writer.append(UInt32(featureKeys.count))
        featureKeys.forEach { writer.append($0) }
        writer.append((0..<featureKeys.count).map { UInt8(rowStarts[$0 + 1] - rowStarts[$0]) })
        writer.append(UInt32(entryLabels.count))
        writer.append(entryLabels)
        writer.append(weightScale.bitPattern)
        quantizedWeights.forEach { writer.append(UInt16(bitPattern: $0)) }
        if let firstPass {
            writer.append(UInt8(1))
            firstPass.serialize(into: &writer)
        } else {
            writer.append(UInt8(0))
        }
        writer.append(UInt32(lexicon.keys.count))
        lexicon.keys.forEach { writer.append($0) }
        writer.append(lexicon.masks)
    }

    /// Writes the model; the file is replaced only once it is complete.
    public func write(to url: URL) throws {
        do {
            try serialized().write(to: url, options: .atomic)
        } catch {
            throw TaggingError.unreadable(file: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}

/// Little-endian appends for the model file.
struct ByteWriter {
    private(set) var data = Data()

    mutating func append(_ bytes: [UInt8]) { data.append(contentsOf: bytes) }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func appendShortString(_ text: String) {
        let bytes = Array(text.utf8.prefix(255))
        append(UInt8(bytes.count))
        append(bytes)
    }
}

/// Little-endian reads for the model file; running out of bytes is a `TaggingError`.
struct ByteReader {
    private let bytes: [UInt8]
    private let file: String
    private var offset = 0

    init(data: Data, file: String) {
        bytes = [UInt8](data)
        self.file = file
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func bytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, count <= bytes.count - offset else {
            throw TaggingError.malformedModel(file: file, reason: "truncated at byte \(offset)")
        }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func integer<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard size <= bytes.count - offset else {
            throw TaggingError.malformedModel(file: file, reason: "truncated at byte \(offset)")
        }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return T(littleEndian: value)
    }

    mutating func array<T: FixedWidthInteger>(count: Int) throws -> [T] {
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= (bytes.count - offset) / size else {
            throw TaggingError.malformedModel(file: file, reason: "truncated at byte \(offset)")
        }
        let start = offset
        let values = bytes.withUnsafeBytes { raw in
            // One copy on little-endian machines (all kg runs on); element by element elsewhere.
            guard 1.littleEndian == 1, let base = raw.baseAddress else {
                return (0..<count).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * size, as: T.self)) }
            }
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                if let target = buffer.baseAddress {
                    UnsafeMutableRawPointer(target).copyMemory(from: base + start, byteCount: count * size)
                }
                initialized = count
            }
        }
        offset += count * size
        return values
    }

    mutating func shortString() throws -> String {
        let length = Int(try integer() as UInt8)
        return String(decoding: try bytes(length), as: UTF8.self)
    }
}
