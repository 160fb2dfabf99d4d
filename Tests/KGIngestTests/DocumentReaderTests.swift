import Foundation
import KGIngest
import KGModel
import KGTestSupport
import XCTest

final class DocumentReaderTests: XCTestCase {
    private func text(of result: DocumentReader.ReadResult) -> String? {
        if case let .document(document, _) = result { return document.text }
        return nil
    }

    private func warnings(of result: DocumentReader.ReadResult) -> [String] {
        switch result {
        case let .document(_, warnings): return warnings.map(\.description)
        case let .skipped(warning): return [warning.description]
        }
    }

    func testFolderIsSearchedRecursivelyInSortedOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "b")
        try folder.write("a/z.md", "z")
        try folder.write("a/page.HTML", "<p>p</p>")
        try folder.write("c.pdf", "not read")
        try folder.write(".hidden/x.txt", "hidden")
        try folder.write("a/.x.txt", "hidden")
        let files = try DocumentReader.files(in: [folder.path])
        XCTAssertEqual(
            files.map { String($0.dropFirst(folder.path.count + 1)) },
            ["a/page.HTML", "a/z.md", "b.txt"])
    }

    func testRelativePathsBecomeAbsoluteAndDuplicatesAreDropped() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "a")
        let files = try DocumentReader.files(in: [file, folder.path, folder.path + "/./a.txt"])
        XCTAssertEqual(files, [file])
    }

    func testMissingPathIsAnErrorNamingIt() {
        XCTAssertThrowsError(try DocumentReader.files(in: ["/no/such/folder"])) { error in
            XCTAssertEqual(error as? IngestError, .missingPath("/no/such/folder"))
            XCTAssertEqual((error as? LocalizedError)?.errorDescription, "/no/such/folder: no such file or folder")
        }
    }

    func testFolderWithoutTextFilesIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("image.png", bytes: [0x89, 0x50])
        XCTAssertThrowsError(try DocumentReader.files(in: [folder.path])) { error in
            XCTAssertEqual(error as? IngestError, .noTextFiles(folder: folder.path))
        }
    }

    func testFileWithNulBytesIsSkippedAsBinary() {
        let result = DocumentReader.read(bytes: [0x41, 0x00, 0x42], path: "/x/a.txt")
        XCTAssertNil(text(of: result))
        XCTAssertEqual(warnings(of: result), ["/x/a.txt: warning: binary file (contains NUL bytes); skipped"])
    }

    func testEmptyFileIsSkippedWithAWarning() {
        let result = DocumentReader.read(bytes: [], path: "/x/a.txt")
        XCTAssertNil(text(of: result))
        XCTAssertEqual(warnings(of: result), ["/x/a.txt: warning: empty file; skipped"])
    }

    func testWhitespaceOnlyFileIsSkipped() {
        XCTAssertNil(text(of: DocumentReader.read(bytes: Array(" \n\t\n".utf8), path: "/x/a.txt")))
    }

    func testInvalidUTF8IsDecodedAsWindows1252WithAWarning() {
        // "Caf\xe9 \x93quoted\x94 \x80" in Windows-1252.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80]
        let result = DocumentReader.read(bytes: bytes, path: "/x/a.txt")
        XCTAssertEqual(text(of: result), "Café \u{201c}q\u{201d} €")
        XCTAssertEqual(warnings(of: result), ["/x/a.txt: warning: not valid UTF-8; decoded as Windows-1252"])
    }

    func testValidUTF8HasNoWarningAndLosesItsByteOrderMark() {
        let result = DocumentReader.read(bytes: [0xef, 0xbb, 0xbf] + Array("Zelenskyy, Kyiv – ok".utf8), path: "/x/a.txt")
        XCTAssertEqual(text(of: result), "Zelenskyy, Kyiv – ok")
        XCTAssertEqual(warnings(of: result), [])
    }

    func testUTF16WithByteOrderMarkIsText() {
        let bytes: [UInt8] = [0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]
        XCTAssertEqual(text(of: DocumentReader.read(bytes: bytes, path: "/x/a.txt")), "Hi")
    }

    func testWindowsLineEndingsBecomeNewlines() {
        XCTAssertEqual(text(of: DocumentReader.read(bytes: Array("a\r\nb\rc".utf8), path: "/x/a.txt")), "a\nb\nc")
    }

    func testContentHashIsOfTheFileBytesNotTheDecodedText() {
        let bytes: [UInt8] = [0x43, 0xe9]
        guard case let .document(document, _) = DocumentReader.read(bytes: bytes, path: "/x/a.txt") else {
            return XCTFail("not read")
        }
        XCTAssertEqual(document.contentHash, ContentHash.sha256Hex(bytes))
        XCTAssertEqual(document.size, 2)
        XCTAssertEqual(document.name, "a.txt")
    }

    func testHTMLFileIsReducedToTextWithItsTitle() {
        let html = "<html><head><title>Sanctions</title></head><body><p>EU &amp; US act.</p></body></html>"
        guard case let .document(document, _) = DocumentReader.read(bytes: Array(html.utf8), path: "/x/a.htm") else {
            return XCTFail("not read")
        }
        XCTAssertEqual(document.text, "EU & US act.")
        XCTAssertEqual(document.title, "Sanctions")
    }

    func testMarkdownIsKeptAsWritten() {
        let markdown = "# Talks\n\n*Paris* & <b>Berlin</b>"
        XCTAssertEqual(text(of: DocumentReader.read(bytes: Array(markdown.utf8), path: "/x/a.md")), markdown)
    }
}
