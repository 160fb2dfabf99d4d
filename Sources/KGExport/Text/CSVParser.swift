/// One CSV record with the line it starts on.
struct CSVRecord {
    var fields: [String]
    var line: Int
}

/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes doubled, line
/// breaks); blank lines are skipped.
///
/// ```swift
/// try CSVParser.parse("id,name\n1,\"Smith, J.\"\n", file: "nodes.csv")
/// // [CSVRecord(fields: ["id", "name"], line: 1), CSVRecord(fields: ["1", "Smith, J."], line: 2)]
/// ```
/// Works on the UTF-8 bytes: an unquoted field becomes a String straight from its bytes (short
/// ones, like ids and actions, without a heap allocation), so a million-row table parses in a
/// fraction of a second.
enum CSVParser {
    static func parse(_ text: String, file: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(in: text, file: file) { records.append(CSVRecord(fields: $0, line: $1)) }
        return records
    }

    /// Calls `body` with each record's fields and the line it starts on, in order.
    static func forEachRecord(in text: String, file: String, _ body: ([String], Int) throws -> Void) throws {
        var text = text
        try text.withUTF8 { all in
            // SQLite and C strings end at NUL: a name holding one would be stored cut short.
            if let nul = all.firstIndex(of: 0) {
                let before = all[..<nul]
                let line = before.count { $0 == UInt8(ascii: "\n") } + 1
                let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
                // Columns count characters: skip UTF-8 continuation bytes.
                let column = all[lineStart..<nul].count { $0 & 0xC0 != 0x80 } + 1
                throw ExportError.badInput(FileLocation(file: file, line: line, column: column), "NUL character in a field")
            }
            var index = 0
            if all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF { index = 3 }
            let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
            let carriageReturn = UInt8(ascii: "\r")
            var fields: [String] = []
            var line = 1
            var recordLine = 1
            var quoted: [UInt8] = []
            // A quoted empty field makes the line a record even when it is the only field.
            var sawQuote = false

            func field(_ start: Int, _ end: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self)
            }
            func endRecord() throws {
                // A line holding nothing at all is not a record.
                if !(fields.count == 1 && fields[0].isEmpty && !sawQuote) { try body(fields, recordLine) }
                fields.removeAll(keepingCapacity: true)
                sawQuote = false
            }

            while index < all.count {
                // At the start of a field.
                if all[index] == quote {
                    let quoteLine = line
                    quoted.removeAll(keepingCapacity: true)
                    index += 1
                    var closed = false
                    while index < all.count {
                        let byte = all[index]
                        index += 1
                        if byte == quote {
                            guard index < all.count && all[index] == quote else {
                                closed = true
                                break
                            }
                            quoted.append(quote)
                            index += 1
                        } else {
                            if byte == newline { line += 1 }
                            quoted.append(byte)
                        }
                    }
                    guard closed else {
                        throw ExportError.badInput(FileLocation(file: file, line: quoteLine), "unterminated quoted field")
                    }
                    fields.append(String(decoding: quoted, as: UTF8.self))
                    if index < all.count, all[index] != comma, all[index] != newline, all[index] != carriageReturn {
                        throw ExportError.badInput(
                            FileLocation(file: file, line: line),
                            "text after a closing quote; a quoted field must end at a comma or line end")
                    }
                    sawQuote = true
                } else {
                    let start = index
                    while index < all.count {
                        let byte = all[index]
                        if byte == comma || byte == newline || byte == carriageReturn { break }
                        if byte == quote {
                            throw ExportError.badInput(
                                FileLocation(file: file, line: line),
                                "a quote inside an unquoted field; quote the whole field and double the quote")
                        }
                        index += 1
                    }
                    fields.append(field(start, index))
                }
                // After a field: a comma, a line end, or the end of the text.
                guard index < all.count else { break }
                let separator = all[index]
                index += 1
                if separator == comma {
                    if index == all.count { fields.append("") }
                    continue
                }
                if separator == carriageReturn && index < all.count && all[index] == newline { index += 1 }
                try endRecord()
                line += 1
                recordLine = line
            }
            if !fields.isEmpty { try endRecord() }
        }
    }
}
