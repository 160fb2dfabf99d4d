import Foundation
import XCTest

/// The built `kg` running on the slave side of a real pseudo-terminal, driven like a person at a
/// keyboard: `send` types, `expect` waits (with a timeout, so a hung shell fails the test instead
/// of hanging it) for text to appear on the screen.
///
/// `setsid --ctty` makes the terminal the child's controlling terminal, so Ctrl-C (byte 0x03)
/// raises SIGINT in it as it would at a real terminal.
final class PseudoTerminal {
    let process = Process()
    private let master: Int32
    /// Everything the shell wrote so far, decoded as UTF-8.
    private(set) var transcript = ""
    private var bytes: [UInt8] = []
    /// Where the next `expect` starts looking.
    private var mark: String.Index

    init(arguments: [String], environment: [String: String]) throws {
        let pty = try PseudoTerminalCalls()
        master = pty.openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0, pty.grant(master) == 0, pty.unlock(master) == 0, let name = pty.slaveName(master) else {
            throw POSIXError(.ENXIO)
        }
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENXIO) }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["--ctty", "--wait", try Self.kgExecutable()] + arguments
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        mark = transcript.startIndex
        try process.run()
        // Only the child keeps the slave open, so reads see the end when it exits.
        try terminal.close()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// The `kg` binary next to the test bundle (`.build/debug/kg`).
    static func kgExecutable() throws -> String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kg"),
            Bundle.main.bundleURL.appendingPathComponent("kg"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/kg"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { throw XCTSkip("the kg executable is not built next to the tests") }
        return found.path
    }

    /// Types `keys` (UTF-8), once the line editor is reading.
    ///
    /// Between statements the terminal is in cooked mode, where Ctrl-D and Ctrl-C mean other
    /// things to the kernel; libedit turns canonical mode off while it edits, so wait for that,
    /// as a person who waits for the prompt does.
    /// Pass `waitForEditor: false` for a shell that does not edit (`TERM=dumb`).
    func send(_ keys: String, waitForEditor: Bool = true, timeout: TimeInterval = 10) {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while waitForEditor, tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0,
            process.isRunning, Date() < deadline
        {
            _ = readMore(timeout: 0.01)
        }
        let data = Array(keys.utf8)
        _ = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears after the previous match; false (and a test failure showing the
    /// screen) on timeout.
    @discardableResult
    func expect(
        _ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath,
        line: UInt = #line
    ) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = transcript.range(of: text, range: mark..<transcript.endIndex) {
                mark = range.upperBound
                return true
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, readMore(timeout: remaining) else {
                XCTFail(
                    "timed out waiting for \(text.debugDescription); screen so far:\n"
                        + transcript.debugDescription, file: file, line: line)
                return false
            }
        }
    }

    /// The text written after the previous match, once nothing new came for `quiet` seconds.
    func settle(quiet: TimeInterval = 0.5) -> String {
        while readMore(timeout: quiet) {}
        return String(transcript[mark...])
    }

    /// The exit status once the shell has exited, or nil after `timeout`.
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            _ = readMore(timeout: 0.1)
        }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Reads what is available within `timeout`; false when nothing came (or the child is gone).
    private func readMore(timeout: TimeInterval) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(1, timeout * 1000))) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        bytes += chunk[..<count]
        let offset = transcript.distance(from: transcript.startIndex, to: mark)
        transcript = String(decoding: bytes, as: UTF8.self)
        mark = transcript.index(transcript.startIndex, offsetBy: min(offset, transcript.count))
        return true
    }
}

/// posix_openpt, grantpt, unlockpt and ptsname, looked up at run time: Swift's Glibc module
/// leaves them out (glibc declares them only for `_XOPEN_SOURCE` builds).
private struct PseudoTerminalCalls {
    let openMaster: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let slaveName: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    init() throws {
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
                throw XCTSkip("\(name) is not available")
            }
            return unsafeBitCast(address, to: type)
        }
        openMaster = try symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        grant = try symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        unlock = try symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        slaveName = try symbol("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
    }
}
