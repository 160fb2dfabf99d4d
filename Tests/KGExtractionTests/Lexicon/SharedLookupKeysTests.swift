import KGModel
import XCTest

@testable import KGExtraction

/// The shared memo's keys are `AliasKey.lookupKey`'s, asked once or many times, on one thread or
/// several.
final class SharedLookupKeysTests: XCTestCase {
    private let names = [
        "Volodymyr Zelenskiy", "Vladimir Zelensky", "Kyiv", "Kiev", "U.S.", "the United Nations", "Côte d'Ivoire",
        "Abdel Fattah al-Sisi", "", "  Recep  Tayyip Erdoğan ",
    ]

    func testKeysAreTheAliasKeysAskedOnceOrMany() {
        for _ in 0..<3 {
            for name in names { XCTAssertEqual(SharedLookupKeys.lookupKey(name), AliasKey.lookupKey(name), name) }
        }
    }

    func testThreadsAskingAtOnceGetTheSameKeys() {
        let names = self.names
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for name in names { XCTAssertEqual(SharedLookupKeys.lookupKey(name), AliasKey.lookupKey(name)) }
        }
    }
}
