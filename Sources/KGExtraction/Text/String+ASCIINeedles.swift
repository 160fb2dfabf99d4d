/// Searches for ASCII text that ask Foundation only when the bytes cannot answer.
///
/// Foundation's `contains(_:)` and `replacingOccurrences(of:with:)` search through CoreFoundation,
/// about 9,000 instructions a call, and the name and role rules ask them of most names. No
/// character is canonically equivalent to an ASCII one but the K of the Kelvin sign, `;` and
/// `` ` ``: text whose bytes lack a needle made of other ASCII characters holds no match, and an
/// ASCII text that has them holds one (no combining mark can follow a byte there, and a needle
/// without CR or LF splits no CR LF).
///
/// ```swift
/// "Nicolas Maduro".containsASCII(" ")  // true, without Foundation
/// "Lund - Berg".holdsBytes(of: " - ")    // true: then `replacingOccurrences` is worth asking
/// ```
extension String {
    /// Whether the text's UTF-8 holds `needle`'s bytes: false rules out any match Foundation finds
    /// of an ASCII `needle` (see above).
    func holdsBytes(of needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, pattern.count <= bytes.count else { return pattern.isEmpty }
                var start = 0
                let last = bytes.count - pattern.count
                while start <= last {
                    if bytes[start] == first {
                        var matched = 1
                        while matched < pattern.count && bytes[start + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// `contains(needle)` for an ASCII `needle` (no K, `;` or `` ` ``): decided by the bytes when
    /// they hold no match or the text is ASCII, else asked of Foundation as before.
    func containsASCII(_ needle: String) -> Bool {
        guard holdsBytes(of: needle) else { return false }
        return ASCIIFolding.isASCII(self) || contains(needle)
    }
}

extension String {
    /// `replacingOccurrences(of: needle, with: replacement)`, Foundation asked only when the bytes
    /// hold a match.
    func replacingASCIIMatches(of needle: String, with replacement: String) -> String {
        holdsBytes(of: needle) ? replacingOccurrences(of: needle, with: replacement) : self
    }
}
