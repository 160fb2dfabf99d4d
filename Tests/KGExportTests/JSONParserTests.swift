import XCTest

@testable import KGExport

/// The hand-written JSON parser `kg import` reads node-link files with: strict JSON, errors at
/// file:line:column.
final class JSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> LocatedJSON {
        try JSONParser.parse(Array(text.utf8), file: "g.json")
    }

    private func assertFails(
        _ bytes: [UInt8], at line: Int, _ column: Int, _ message: String,
        file: StaticString = #filePath, lineNumber: UInt = #line
    ) {
        XCTAssertThrowsError(try JSONParser.parse(bytes, file: "g.json"), file: file, line: lineNumber) { error in
            XCTAssertEqual(
                error as? ExportError,
                .badInput(FileLocation(file: "g.json", line: line, column: column), "invalid JSON: " + message),
                file: file, line: lineNumber)
        }
    }

    func testNumbersKeepTheirKind() throws {
        guard case .array(let values) = try parse("[0, -0, 12, -7, 0.5, 1e3, -2.5E-2]").value else { return XCTFail() }
        let described = values.map { value -> String in
            switch value.value {
            case .int(let int): return "int \(int)"
            case .double(let double): return "double \(double)"
            default: return "other"
            }
        }
        XCTAssertEqual(described, ["int 0", "int 0", "int 12", "int -7", "double 0.5", "double 1000.0", "double -0.025"])
    }

    func testLeadingZerosAreRefused() {
        assertFails(Array("[1, 007]".utf8), at: 1, 5, "leading zeros are not allowed in numbers")
        assertFails(Array("{\"x\": -01}".utf8), at: 1, 8, "leading zeros are not allowed in numbers")
    }

    func testNumbersNeedDigitsAroundThePointAndExponent() {
        assertFails(Array("[1.]".utf8), at: 1, 4, "expected a digit, found ']'")
        assertFails(Array("[.5]".utf8), at: 1, 2, "expected a value, found '.'")
        assertFails(Array("[1e]".utf8), at: 1, 4, "expected a digit, found ']'")
    }

    func testInvalidUTF8IsAnErrorAtTheByte() {
        // "caf" + a lone 0xE9 (Latin-1 é): not UTF-8.
        let bytes: [UInt8] = Array("{\n  \"name\": \"caf".utf8) + [0xE9] + Array("\"\n}".utf8)
        assertFails(bytes, at: 2, 15, "not UTF-8 text (byte 0xe9); save the file as UTF-8")
    }

    func testValidUTF8AndEscapesAreRead() throws {
        let value = try parse("[\"Zelensk\u{FF}y\", \"\\u00e9\\ud83d\\ude00\\n\"]")
        guard case .array(let values) = value.value, case .string(let first) = values[0].value,
            case .string(let second) = values[1].value
        else { return XCTFail() }
        XCTAssertEqual(first, "Zelensk\u{FF}y")
        XCTAssertEqual(second, "\u{E9}\u{1F600}\n")
        // Columns count characters, not bytes.
        XCTAssertEqual(values[1].column, 15)
    }

    func testUnpairedSurrogateAndControlCharactersAreRefused() {
        assertFails(Array("[\"\\ud83d x\"]".utf8), at: 1, 9, "unpaired surrogate in \\u escape")
        assertFails(Array("[\"a\tb\"]".utf8), at: 1, 4, "control character in string (escape it, e.g. \\n)")
    }

    func testNestingUpToTheLimitIsReadAndDeeperIsRefused() throws {
        let limit = JSONParser.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        XCTAssertNoThrow(try parse(deepest))
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        assertFails(Array(tooDeep.utf8), at: 1, limit + 1, "nested too deeply (more than \(limit) levels)")
        // Far deeper input fails the same way instead of exhausting the stack.
        XCTAssertThrowsError(try parse(String(repeating: "{\"a\":", count: 200_000)))
    }

    func testTextAfterTheValueAndTruncationAreReported() {
        assertFails(Array("{} x".utf8), at: 1, 4, "unexpected text after the JSON value")
        assertFails(Array("{\"nodes\": [".utf8), at: 1, 12, "expected a value, found end of file")
    }
}
