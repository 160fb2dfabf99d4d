/// Turns a file's bytes into text, or says why they are not text.
///
/// ```swift
/// TextDecoder.decode(Array("caf\u{e9}".utf8))        // .text("café", .utf8)
/// TextDecoder.decode([0x63, 0x61, 0x66, 0xe9])        // .text("café", .windows1252)
/// TextDecoder.decode([0x50, 0x4b, 0x00, 0x03])        // .binary
/// ```
/// UTF-8 first (a byte-order mark is dropped); bytes that are not valid UTF-8 are read as
/// Windows-1252, which is what old news feeds and Word exports mostly are. A file that mixes the
/// two (a UTF-8 page with a pasted Windows-1252 quote) keeps its valid UTF-8 sequences as UTF-8
/// and reads only the stray bytes as Windows-1252, so "Zelenskyy" with a UTF-8 "’" in one
/// paragraph and a cp1252 one in another is the same name. Line endings become `\n` so
/// character offsets do not depend on the platform that wrote the file.
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
        /// Valid UTF-8 sequences as UTF-8, the other bytes as Windows-1252.
        case mixed = "UTF-8 and Windows-1252"
    }

    public enum Outcome: Equatable, Sendable {
        case text(String, Encoding)
        /// The bytes hold a NUL, so they are not a text file.
        case binary
    }

    public static func decode(_ bytes: [UInt8]) -> Outcome {
        if let text = decodeUTF16WithByteOrderMark(bytes) {
            return .text(normalizeLineEndings(text), .utf16)
        }
        if bytes.contains(0) { return .binary }
        var body = bytes[...]
        if body.starts(with: [0xef, 0xbb, 0xbf]) { body = body.dropFirst(3) }
        // validated and made in one pass: a generic transcoding to test the bytes, then a second
        // validation to make the string, read each byte of a non-ASCII file three times
        if let text = String(validating: body, as: UTF8.self) {
            return .text(normalizeLineEndings(text), .utf8)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        var sawMultibyteUTF8 = false
        var decoder = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        decoding: while true {
            switch decoder.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if encoded.count > 1 { sawMultibyteUTF8 = true }
                scalars.append(UTF8.decode(encoded))
                offset += encoded.count
            case let .error(length):
                // Each byte of a broken sequence is a Windows-1252 character of its own.
                for byte in body[offset..<(offset + length)] { scalars.append(windows1252Scalar(byte)) }
                offset += length
            case .emptyInput:
                break decoding
            }
        }
        return .text(normalizeLineEndings(String(scalars)), sawMultibyteUTF8 ? .mixed : .windows1252)
    }

    /// The character Windows-1252 gives `byte`; the five unassigned bytes map to the C1 controls
    /// of the same value, as the WHATWG encoding standard does.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte <= 0x9f {
            let mapped = windows1252High[Int(byte - 0x80)]
            return Unicode.Scalar(mapped) ?? Unicode.Scalar(byte)
        }
        return Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
        0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
        0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
        0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
    ]

    private static func decodeUTF16WithByteOrderMark(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xfe, 0xff): bigEndian = true
        case (0xff, 0xfe): bigEndian = false
        default: return nil
        }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2 - 1)
        for i in stride(from: 2, to: bytes.count, by: 2) {
            let (high, low) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(high) << 8 | UInt16(low))
        }
        guard isValid(units, as: UTF16.self) else { return nil }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether `units` decode without a single error (`String(decoding:)` would repair them).
    private static func isValid<Units: Collection, Codec: UnicodeCodec>(
        _ units: Units, as codec: Codec.Type
    ) -> Bool where Units.Element == Codec.CodeUnit {
        let failed = transcode(
            units.makeIterator(), from: codec, to: UTF32.self,
            stoppingOnError: true, into: { _ in })
        return !failed
    }

    static func normalizeLineEndings(_ text: String) -> String {
        // a "\r" scalar is the byte 13 and no other scalar holds that byte: the bytes are searched in
        // place (asking the scalar view, or the byte view element by element, cost ten times more)
        let hasReturn = text.utf8.withContiguousStorageIfAvailable { $0.contains(13) } ?? text.unicodeScalars.contains("\r")
        guard hasReturn else { return text }
        var out = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasReturn = true
                continue
            }
            if scalar == "\n" && previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = false
            out.append(scalar)
        }
        return String(out)
    }
}
