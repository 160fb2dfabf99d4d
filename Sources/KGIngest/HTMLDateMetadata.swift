import Foundation
import KGModel

/// The publication date an HTML page declares about itself, read from the raw markup.
///
/// ```swift
/// let found = HTMLDateMetadata.find(in: #"<meta property="article:published_time" content="2022-02-21T18:04:00Z">"#)
/// found.date       // 2022-02-21
/// found.unreadable // []
/// ```
/// Looked for in order: `<meta property="article:published_time">` (and its `name=`/`itemprop=`
/// cousins `datePublished`, `pubdate`, `date`), JSON-LD `"datePublished"`, then the first
/// `<time datetime>`. A value that is not an ISO 8601 date is reported in `unreadable` (the ingest
/// warns about it) and the next source is tried.
struct HTMLDateMetadata {
    var date: CalendarDate?
    /// Values found but not understood, as "where: value".
    var unreadable: [String] = []

    static let metaNames: Set<String> = [
        "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
        "dc.date.issued", "og:published_time",
    ]

    static func find(in html: String) -> HTMLDateMetadata {
        var result = HTMLDateMetadata()
        var candidates: [(origin: String, value: String)] = []
        var timeCandidates: [(origin: String, value: String)] = []
        let scalars = Array(html.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<" else { i += 1; continue }
            var end = i + 1
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let scalar = scalars[end]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    break
                }
                end += 1
            }
            let tag = String(String.UnicodeScalarView(scalars[i..<min(end + 1, scalars.count)]))
            let lowered = tag.lowercased()
            if lowered.hasPrefix("<meta") {
                let attributes = Self.attributes(of: tag)
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                if Self.metaNames.contains(key), let content = attributes["content"] {
                    candidates.append(("<meta \(key)>", content))
                }
            } else if lowered.hasPrefix("<time"), let value = Self.attributes(of: tag)["datetime"] {
                timeCandidates.append(("<time datetime>", value))
            } else if lowered.hasPrefix("<script"), lowered.contains("ld+json") {
                let bodyStart = min(end + 1, scalars.count)
                var bodyEnd = bodyStart
                while bodyEnd < scalars.count, !(scalars[bodyEnd] == "<" && bodyEnd + 1 < scalars.count && scalars[bodyEnd + 1] == "/") {
                    bodyEnd += 1
                }
                let body = String(String.UnicodeScalarView(scalars[bodyStart..<bodyEnd]))
                if let value = Self.jsonString(named: "datePublished", in: body) {
                    candidates.append(("JSON-LD datePublished", value))
                }
                end = bodyEnd
            }
            i = end + 1
        }
        for candidate in candidates + timeCandidates.prefix(1) {
            let value = candidate.value.trimmingCharacters(in: .whitespaces)
            if let date = CalendarDate(iso: value) {
                result.date = date
                return result
            }
            result.unreadable.append("\(candidate.origin): '\(value)'")
        }
        return result
    }

    /// The `name="value"` pairs of one tag, names lower-cased, entities in values decoded.
    static func attributes(of tag: String) -> [String: String] {
        var attributes: [String: String] = [:]
        let scalars = Array(tag.unicodeScalars)
        var i = 1
        while i < scalars.count, !scalars[i].properties.isWhitespace { i += 1 }  // the tag name
        while i < scalars.count {
            while i < scalars.count, scalars[i].properties.isWhitespace || scalars[i] == "/" { i += 1 }
            let nameStart = i
            while i < scalars.count, scalars[i] != "=", scalars[i] != ">", !scalars[i].properties.isWhitespace { i += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<i])).lowercased()
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
            guard i < scalars.count, scalars[i] == "=" else {
                if i < scalars.count, scalars[i] == ">" { break }
                continue
            }
            i += 1
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
            guard i < scalars.count else { break }
            var value = String.UnicodeScalarView()
            if scalars[i] == "\"" || scalars[i] == "'" {
                let quote = scalars[i]
                i += 1
                while i < scalars.count, scalars[i] != quote { value.append(scalars[i]); i += 1 }
                i += 1
            } else {
                while i < scalars.count, !scalars[i].properties.isWhitespace, scalars[i] != ">" { value.append(scalars[i]); i += 1 }
            }
            if !name.isEmpty { attributes[name] = HTMLEntities.decode(String(value)) }
        }
        return attributes
    }

    /// The string value of the first `"name": "value"` in JSON text, without parsing it whole
    /// (JSON-LD blocks on news sites are often not valid JSON).
    static func jsonString(named name: String, in json: String) -> String? {
        guard let key = json.range(of: "\"\(name)\"") else { return nil }
        var rest = json[key.upperBound...].drop { $0.isWhitespace }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0.isWhitespace }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }
}
