/// Decodes HTML character references: `&amp;`, `&#233;`, `&#xE9;` and the named entities news
/// pages use.
///
/// ```swift
/// HTMLEntities.decode("Caf&eacute; &amp; bar &#8212; &#x201C;hi&#x201D;")  // "Café & bar — “hi”"
/// ```
/// An unknown or malformed reference is left as written, as browsers do.
public enum HTMLEntities {
    public static func decode(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(in: scalars, at: i) {
                // One scalar at a time: UnicodeScalarView.append(contentsOf:) copies the whole
                // view on every call, which made a page of 1M references take minutes.
                for scalar in decoded.unicodeScalars { out.append(scalar) }
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text a reference at `start` stands for and how many scalars it spans, or nil.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        var body = ""
        // Longest named entity is short; a bounded scan keeps a stray "&" cheap.
        while end < scalars.count, end - start <= 32, scalars[end] != ";" {
            let scalar = scalars[end]
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" else { break }
            body.unicodeScalars.append(scalar)
            end += 1
        }
        let hasSemicolon = end < scalars.count && scalars[end] == ";"
        let length = end - start + (hasSemicolon ? 1 : 0)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, !digits.isEmpty else { return nil }
            return (String(numericScalar(value)), length)
        }
        // Named references need their ";", except the few legacy ones browsers accept bare.
        guard let decoded = named[body], hasSemicolon || legacyBare.contains(body) else { return nil }
        return (decoded, length)
    }

    /// Numeric references in 0x80...0x9F mean Windows-1252, as browsers read them.
    private static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9f { return TextDecoder.windows1252Scalar(UInt8(value)) }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let legacyBare: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{a0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201a}", "ldquo": "\u{201c}",
        "rdquo": "\u{201d}", "bdquo": "\u{201e}", "laquo": "\u{ab}", "raquo": "\u{bb}",
        "lsaquo": "\u{2039}", "rsaquo": "\u{203a}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "copy": "\u{a9}", "reg": "\u{ae}", "trade": "\u{2122}", "deg": "\u{b0}", "plusmn": "\u{b1}",
        "times": "\u{d7}", "divide": "\u{f7}", "middot": "\u{b7}", "para": "\u{b6}", "sect": "\u{a7}",
        "euro": "\u{20ac}", "pound": "\u{a3}", "yen": "\u{a5}", "cent": "\u{a2}", "dollar": "$",
        "shy": "\u{ad}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwnj": "\u{200c}", "zwj": "\u{200d}", "dagger": "\u{2020}", "Dagger": "\u{2021}",
        "permil": "\u{2030}", "frac12": "\u{bd}", "frac14": "\u{bc}", "frac34": "\u{be}",
        "sup2": "\u{b2}", "sup3": "\u{b3}", "iexcl": "\u{a1}", "iquest": "\u{bf}", "ordm": "\u{ba}",
        "ordf": "\u{aa}", "micro": "\u{b5}", "acute": "\u{b4}", "uml": "\u{a8}", "cedil": "\u{b8}",
        "Agrave": "\u{c0}", "Aacute": "\u{c1}", "Acirc": "\u{c2}", "Atilde": "\u{c3}", "Auml": "\u{c4}",
        "Aring": "\u{c5}", "AElig": "\u{c6}", "Ccedil": "\u{c7}", "Egrave": "\u{c8}", "Eacute": "\u{c9}",
        "Ecirc": "\u{ca}", "Euml": "\u{cb}", "Igrave": "\u{cc}", "Iacute": "\u{cd}", "Icirc": "\u{ce}",
        "Iuml": "\u{cf}", "ETH": "\u{d0}", "Ntilde": "\u{d1}", "Ograve": "\u{d2}", "Oacute": "\u{d3}",
        "Ocirc": "\u{d4}", "Otilde": "\u{d5}", "Ouml": "\u{d6}", "Oslash": "\u{d8}", "Ugrave": "\u{d9}",
        "Uacute": "\u{da}", "Ucirc": "\u{db}", "Uuml": "\u{dc}", "Yacute": "\u{dd}", "THORN": "\u{de}",
        "szlig": "\u{df}", "agrave": "\u{e0}", "aacute": "\u{e1}", "acirc": "\u{e2}", "atilde": "\u{e3}",
        "auml": "\u{e4}", "aring": "\u{e5}", "aelig": "\u{e6}", "ccedil": "\u{e7}", "egrave": "\u{e8}",
        "eacute": "\u{e9}", "ecirc": "\u{ea}", "euml": "\u{eb}", "igrave": "\u{ec}", "iacute": "\u{ed}",
        "icirc": "\u{ee}", "iuml": "\u{ef}", "eth": "\u{f0}", "ntilde": "\u{f1}", "ograve": "\u{f2}",
        "oacute": "\u{f3}", "ocirc": "\u{f4}", "otilde": "\u{f5}", "ouml": "\u{f6}", "oslash": "\u{f8}",
        "ugrave": "\u{f9}", "uacute": "\u{fa}", "ucirc": "\u{fb}", "uuml": "\u{fc}", "yacute": "\u{fd}",
        "thorn": "\u{fe}", "yuml": "\u{ff}", "Yuml": "\u{178}", "OElig": "\u{152}", "oelig": "\u{153}",
        "Scaron": "\u{160}", "scaron": "\u{161}", "Zcaron": "\u{17d}", "zcaron": "\u{17e}",
        "Ccaron": "\u{10c}", "ccaron": "\u{10d}", "Sacute": "\u{15a}", "sacute": "\u{15b}",
        "Lstrok": "\u{141}", "lstrok": "\u{142}", "fnof": "\u{192}", "circ": "\u{2c6}", "tilde": "\u{2dc}",
        "Alpha": "\u{391}", "alpha": "\u{3b1}", "Beta": "\u{392}", "beta": "\u{3b2}",
        "Gamma": "\u{393}", "gamma": "\u{3b3}", "Delta": "\u{394}", "delta": "\u{3b4}",
        "pi": "\u{3c0}", "mu": "\u{3bc}", "Omega": "\u{3a9}", "omega": "\u{3c9}",
        "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}",
        "minus": "\u{2212}", "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}", "asymp": "\u{2248}",
        "infin": "\u{221e}",
    ]
}
