/// Lower-cases ASCII text a byte at a time, where `String.lowercased()` runs the Unicode case
/// mapping (about 1,000 instructions a short word).
///
/// ```swift
/// ASCIIFolding.lowercased("New York")  // "new york"
/// ASCIIFolding.lowercased("Ramos-Horta", hyphensAsSpaces: true)  // "ramos horta"
/// ASCIIFolding.lowercased("José")  // nil
/// ```
/// The office holders' table folds its 18,600 names this way at start-up (`OfficeHolders.asciiKey`
/// built a byte array first). `Lexicons.tokenKey` keeps `lowercased()`, which Swift already
/// answers quickly for ASCII: this was slower there.
enum ASCIIFolding {
    /// `text` with `A`-`Z` lowered (and, when `hyphensAsSpaces`, each `-` a space); nil when
    /// `text` is not ASCII, for the caller's Unicode folding.
    static func lowercased(_ text: String, hyphensAsSpaces: Bool = false) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var highBits: UInt8 = 0
            for byte in bytes { highBits |= byte }
            guard highBits < 0x80 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for index in bytes.indices {
                    let byte = bytes[index]
                    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                        out[index] = byte | 0x20
                    } else if hyphensAsSpaces && byte == UInt8(ascii: "-") {
                        out[index] = UInt8(ascii: " ")
                    } else {
                        out[index] = byte
                    }
                }
                return bytes.count
            }
        }
    }

    /// Whether `text` is ASCII, its bytes read in place (`utf8.allSatisfy` took about 330
    /// instructions a word).
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var bits: UInt8 = 0
            for byte in bytes { bits |= byte }
            return bits < 0x80
        } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }
}
