import XCTest

@testable import KGModel

final class ContentHashTests: XCTestCase {
    func testEmptyInputGivesTheStandardDigest() {
        XCTAssertEqual(
            ContentHash.sha256Hex([]),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testABCGivesTheFIPSDigest() {
        XCTAssertEqual(
            ContentHash.sha256Hex(Array("abc".utf8)),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testTwoBlockMessageGivesTheFIPSDigest() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        XCTAssertEqual(
            ContentHash.sha256Hex(Array(message.utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testOneMillionAsGivesTheFIPSDigest() {
        XCTAssertEqual(
            ContentHash.sha256Hex([UInt8](repeating: 0x61, count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// 55, 56 and 64 bytes sit on either side of where the length no longer fits the last block.
    func testPaddingBoundariesMatchSha256sum() {
        let expected = [
            55: "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072",
            56: "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e",
            64: "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c",
        ]
        for (length, digest) in expected {
            XCTAssertEqual(ContentHash.sha256Hex([UInt8](repeating: 0x78, count: length)), digest, "\(length) bytes")
        }
    }

    func testEveryByteValueHashesCorrectly() {
        let bytes = (0..<768).map { UInt8($0 % 256) }
        XCTAssertEqual(
            ContentHash.sha256Hex(bytes),
            "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
    }
}

/// The two ways of compressing blocks, the CPU's SHA extensions and the Swift rounds, give the
/// same words for every length around the block and padding boundaries and for longer inputs.
final class ContentHashExtensionsTests: XCTestCase {
    func testTheSHAExtensionsAgreeWithTheSwiftRounds() throws {
        #if arch(x86_64)
            guard ContentHash.hasSHAExtensions else { throw XCTSkip("this CPU has no SHA extensions") }
            var generator = SplitMix64(seed: 7)
            var lengths = Array(0...200)
            lengths += [255, 256, 257, 4_095, 4_096, 65_599, 100_003]
            for length in lengths {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                XCTAssertEqual(ContentHash.wordsBySHAExtensions(bytes), ContentHash.wordsBySwiftRounds(bytes), "\(length) bytes")
            }
        #else
            throw XCTSkip("the SHA extensions are an x86-64 path")
        #endif
    }

    /// A small seeded generator, so that a failure names the same bytes every run.
    private struct SplitMix64 {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
