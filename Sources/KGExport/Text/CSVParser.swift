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
enum CSVParser {
    static func parse(_ text: String, file: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }

        func endRecord() {
            fields.append(field)
            // A line holding nothing at all is not a record.
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count && scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case "\"":
                throw ExportError.badInput(FileLocation(file: file, line: line),
                                           "a quote inside an unquoted field; quote the whole field and double the quote")
            case "\r" where index < scalars.count && scalars[index] == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted {
                    throw ExportError.badInput(FileLocation(file: file, line: line),
                                               "text after a closing quote; a quoted field must end at a comma or line end")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw ExportError.badInput(FileLocation(file: file, line: quoteLine), "unterminated quoted field")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
