import CEditLine
import Synchronization

/// Set by the SIGINT handler, read by the shell and the query engine.
///
/// A lock-free atomic: storing to it is safe in a signal handler. Touched once by `install()`
/// before the handler can run, so the handler never triggers its lazy initialization.
private let interruptFlag = Atomic<Bool>(false)

/// Ctrl-C as a flag: a SIGINT handler (installed with `sigaction`) sets it, the shell reads it.
///
/// ```swift
/// SignalInterrupt.install()
/// engine.isInterrupted = { SignalInterrupt.isPending }
/// ```
public enum SignalInterrupt {
    /// Routes SIGINT to the flag instead of ending the process.
    public static func install() {
        interruptFlag.store(false, ordering: .sequentiallyConsistent)
        _ = kg_install_interrupt_handler { _ in
            interruptFlag.store(true, ordering: .relaxed)
        }
    }

    /// True once Ctrl-C was pressed since the last `reset()`.
    public static var isPending: Bool { interruptFlag.load(ordering: .relaxed) }

    public static func reset() { interruptFlag.store(false, ordering: .relaxed) }

    /// Sets the flag as the handler would; for tests and for cancelling from code.
    public static func raise() { interruptFlag.store(true, ordering: .relaxed) }
}
