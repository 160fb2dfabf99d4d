import XCTest

@testable import KGIngest

final class TextDecoderTests: XCTestCase {
    func testValidUTF8IsUTF8AndLosesItsByteOrderMark() {
        XCTAssertEqual(
            TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Kyiv \u{2014} Ky\u{EF}v".utf8)),
            .text("Kyiv \u{2014} Ky\u{EF}v", .utf8))
    }

    func testInvalidUTF8IsReadAsWindows1252() {
        // 0x93/0x94 are curly quotes, 0x80 the euro sign, 0xE9 é; 0x81 is unassigned and kept as U+0081.
        XCTAssertEqual(
            TextDecoder.decode([0x93, 0x63, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35, 0x81]),
            .text("\u{201C}caf\u{E9}\u{201D} \u{20AC}5\u{81}", .windows1252))
    }

    func testMixedEncodingsKeepTheirUTF8AndReadOnlyStrayBytesAsWindows1252() {
        // "Café" in UTF-8, then "Zelenskyy’s" with a Windows-1252 apostrophe (0x92): the UTF-8 é
        // must not become "Ã©" (a garbled duplicate entity when the whole file was read as 1252).
        let bytes = Array("Caf\u{E9} owner met ".utf8) + Array("Zelenskyy".utf8) + [0x92, 0x73] + Array(" aide, \u{201C}Kyiv\u{201D}.".utf8)
        XCTAssertEqual(
            TextDecoder.decode(bytes),
            .text("Caf\u{E9} owner met Zelenskyy\u{2019}s aide, \u{201C}Kyiv\u{201D}.", .mixed))
    }

    func testTruncatedAndOverlongSequencesAreNotUTF8() {
        XCTAssertEqual(TextDecoder.decode([0x61, 0xE2, 0x80]), .text("a\u{E2}\u{20AC}", .windows1252))
        XCTAssertEqual(TextDecoder.decode([0xC0, 0xAF]), .text("\u{C0}\u{AF}", .windows1252))
    }

    /// Surrogates, code points past U+10FFFF, overlong forms and stray continuation bytes are not
    /// UTF-8; every well-formed length is.
    func testOnlyWellFormedUTF8IsUTF8() {
        for bytes: [UInt8] in [[0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] {
            guard case let .text(_, encoding) = TextDecoder.decode(Array("x".utf8) + bytes) else { return XCTFail("\(bytes)") }
            XCTAssertNotEqual(encoding, .utf8, "\(bytes)")
        }
        for text in ["x", "caf\u{E9}", "\u{2014}", "\u{10FFFF}\u{1F600}", "\u{D7FF}\u{E000}"] {
            XCTAssertEqual(TextDecoder.decode(Array(text.utf8)), .text(text, .utf8), text)
        }
    }

    func testUTF16WithEitherByteOrderMark() {
        XCTAssertEqual(TextDecoder.decode([0xFF, 0xFE, 0x4B, 0x00, 0x79, 0x00]), .text("Ky", .utf16))
        XCTAssertEqual(TextDecoder.decode([0xFE, 0xFF, 0x00, 0x4B, 0x00, 0x79]), .text("Ky", .utf16))
    }

    func testNulBytesWithoutAByteOrderMarkAreBinary() {
        XCTAssertEqual(TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), .binary)
        // An odd length cannot be UTF-16, whatever its first bytes say.
        XCTAssertEqual(TextDecoder.decode([0xFF, 0xFE, 0x4B, 0x00, 0x79]), .binary)
    }

    func testEveryLineEndingBecomesANewline() {
        XCTAssertEqual(TextDecoder.decode(Array("a\r\nb\rc\nd\r\n\r\ne".utf8)), .text("a\nb\nc\nd\n\ne", .utf8))
    }

    /// Texts too long to be stored inline are searched for a return by their bytes: a return
    /// anywhere is found, and a text without one (non-ASCII included) is given back as it is.
    func testReturnsAreFoundInLongTexts() {
        let line = String(repeating: "Kyiv\u{2019}s envoy ", count: 20)
        XCTAssertEqual(TextDecoder.normalizeLineEndings(line + "\r\n" + line + "\r"), line + "\n" + line + "\n")
        XCTAssertEqual(TextDecoder.normalizeLineEndings("\r" + line), "\n" + line)
        XCTAssertEqual(TextDecoder.normalizeLineEndings(line + "\n" + line), line + "\n" + line)
        XCTAssertEqual(TextDecoder.normalizeLineEndings("a\rb"), "a\nb")
    }
}
