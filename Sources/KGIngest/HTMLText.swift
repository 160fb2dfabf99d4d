/// The readable text of an HTML page: tags gone, scripts and styles gone, entities decoded.
///
/// ```swift
/// let page = HTMLText("<title>Talks</title><p>Paris &amp; Berlin</p><script>x()</script>")
/// page.title  // "Talks"
/// page.text   // "Paris & Berlin"
/// ```
/// Block elements (paragraphs, headings, list items, `<br>`) end a line so sentences do not run
/// together; runs of spaces inside a line become one. The `<head>` contributes only its title.
/// A tolerant scanner, not a parser: news pages are rarely valid HTML. A hidden element that is
/// never closed (a `<nav>` or `<svg>` missing its end tag) hides nothing, so a broken menu cannot
/// swallow the article after it.
public struct HTMLText: Sendable {
    public private(set) var title: String?
    public private(set) var text: String

    public init(_ html: String) {
        var scanner = Scanner(html)
        scanner.run()
        if !scanner.openHidden.isEmpty {
            // Read again with those openings taken as plain tags; once is enough, because
            // ignoring an opening never leaves another one unclosed.
            scanner = Scanner(html, ignoringOpeningsAt: Set(scanner.openHidden.map(\.start)))
            scanner.run()
        }
        title = scanner.title.map(Self.collapseSpaces).flatMap { $0.isEmpty ? nil : $0 }
        text = Self.assemble(scanner.output)
    }

    /// Elements whose content is never text to read.
    static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
        // Site chrome rather than article: menus and controls.
        "nav", "button", "select",
    ]

    /// Elements that start or end a line.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "ul",
        "body", "html",
    ]

    /// Joins the scanned text: lines trimmed, spaces collapsed, at most one blank line in a row.
    private static func assemble(_ raw: String) -> String {
        var lines: [String] = []
        var lastWasBlank = true
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = collapseSpaces(String(line))
            if cleaned.isEmpty {
                if !lastWasBlank { lines.append("") }
                lastWasBlank = true
            } else {
                lines.append(cleaned)
                lastWasBlank = false
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension HTMLText {
    /// Walks the markup once, writing text to `output` and the `<title>` to `title`.
    struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0
        var output = ""
        var title: String?
        /// Open hidden elements, innermost last, with where their opening tag starts; text inside
        /// them is dropped.
        var openHidden: [(name: String, start: Int)] = []
        /// How many of `openHidden` have each name, so an end tag of an element that is not open
        /// (`</svg>` under 100,000 open `<nav>`s) costs nothing instead of a walk through them all.
        var openHiddenCount: [String: Int] = [:]
        /// Open elements looked at by end tags: at most one per element ever opened, plus one per
        /// end tag (`HTMLTextBoundsTests` holds it to that).
        var closingSteps = 0
        var inTitle = false
        /// Openings of hidden elements (by the position of their `<`) to treat as plain tags.
        let ignoredOpenings: Set<Int>

        init(_ html: String, ignoringOpeningsAt ignoredOpenings: Set<Int> = []) {
            scalars = Array(html.unicodeScalars)
            self.ignoredOpenings = ignoredOpenings
        }

        mutating func run() {
            var text = String.UnicodeScalarView()
            func flush(_ scanner: inout Scanner) {
                guard !text.isEmpty else { return }
                let decoded = HTMLEntities.decode(String(text))
                if scanner.inTitle {
                    // Appended in place: a title cut into many pieces by tags stays linear.
                    if scanner.title == nil { scanner.title = "" }
                    scanner.title?.append(decoded)
                } else if scanner.openHidden.isEmpty {
                    scanner.output += decoded
                }
                text = String.UnicodeScalarView()
            }
            while position < scalars.count {
                let scalar = scalars[position]
                if scalar == "<", let next = peek(1), next == "!" || next == "/" || next == "?" || isLetter(next) {
                    flush(&self)
                    readMarkup()
                } else {
                    // Whitespace in HTML source is layout, not text: a newline is one space.
                    text.append(scalar == "\n" || scalar == "\t" || scalar == "\r" ? " " : scalar)
                    position += 1
                }
            }
            flush(&self)
        }

        private func peek(_ offset: Int) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
        }

        private func starts(with literal: String, at index: Int) -> Bool {
            var i = index
            for expected in literal.unicodeScalars {
                guard i < scalars.count, Self.lowercasedASCII(scalars[i]) == Self.lowercasedASCII(expected)
                else { return false }
                i += 1
            }
            return true
        }

        private static func lowercasedASCII(_ scalar: Unicode.Scalar) -> UInt32 {
            (scalar >= "A" && scalar <= "Z") ? scalar.value + 32 : scalar.value
        }

        /// Moves past `literal` (case-insensitive), or to the end when it never comes.
        private mutating func skip(past literal: String) {
            while position < scalars.count {
                if starts(with: literal, at: position) {
                    position += literal.unicodeScalars.count
                    return
                }
                position += 1
            }
        }

        /// At a `<`: a comment, doctype, processing instruction or tag.
        private mutating func readMarkup() {
            if starts(with: "<!--", at: position) {
                skip(past: "-->")
                return
            }
            if starts(with: "<![CDATA[", at: position) {
                position += 9
                let start = position
                skip(past: "]]>")
                if openHidden.isEmpty && !inTitle {
                    let end = max(start, position - 3)
                    output += String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)]))
                }
                return
            }
            if peek(1) == "!" || peek(1) == "?" {
                skip(past: ">")
                return
            }
            readTag()
        }

        private mutating func readTag() {
            let start = position
            position += 1  // "<"
            let closing = scalars[position] == "/"
            if closing { position += 1 }
            var name = ""
            while position < scalars.count, isLetter(scalars[position]) || ("0"..."9").contains(scalars[position]) {
                name.unicodeScalars.append(scalars[position])
                position += 1
            }
            name = name.lowercased()
            // Attributes may hold a quoted ">", so walk them with quotes in mind.
            var quote: Unicode.Scalar?
            var selfClosing = false
            while position < scalars.count {
                let scalar = scalars[position]
                position += 1
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    selfClosing = position >= 2 && scalars[position - 2] == "/"
                    break
                }
            }
            apply(tag: name, closing: closing, selfClosing: selfClosing, start: start)
        }

        private mutating func apply(tag name: String, closing: Bool, selfClosing: Bool, start: Int) {
            if name == "title" {
                inTitle = !closing && !selfClosing
                return
            }
            if name == "body" && !closing {
                openHidden.removeAll()  // whatever the head left open, it is over
                openHiddenCount.removeAll()
            }
            if HTMLText.hiddenElements.contains(name) {
                if closing {
                    // An end tag closes its element and whatever it left open inside it. The walk
                    // back only starts when one is open, and passes only over what it removes.
                    var steps = 0
                    if openHiddenCount[name, default: 0] > 0,
                        let index = openHidden.lastIndex(where: {
                            steps += 1; return $0.name == name
                        })
                    {
                        closingSteps += steps
                        for closed in openHidden[index...] { openHiddenCount[closed.name, default: 0] -= 1 }
                        openHidden.removeSubrange(index...)
                    }
                    return
                } else if !selfClosing {
                    // Script and style bodies are raw text: skip straight to their end tag.
                    if name == "script" || name == "style" {
                        skip(past: "</\(name)")
                        skip(past: ">")
                        return
                    }
                    if !ignoredOpenings.contains(start) {
                        openHidden.append((name, start))
                        openHiddenCount[name, default: 0] += 1
                        return
                    }
                } else {
                    return
                }
            }
            if HTMLText.blockElements.contains(name) {
                output += (name == "br" || name == "li" || name == "tr") ? "\n" : "\n\n"
            } else if name == "td" || name == "th" {
                output += " "
            }
        }
    }
}
