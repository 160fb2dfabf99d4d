import Foundation
import KGShell
import KGStore
import XCTest

final class ShellStateTests: XCTestCase {
    func testStateKeepsTheStoreItWasOpenedWith() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let state = ShellState(store: try GraphStore(path: path))
        XCTAssertEqual(state.store.path, path)
    }
}
