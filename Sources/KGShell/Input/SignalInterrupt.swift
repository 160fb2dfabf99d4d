import CEditLine

/// Ctrl-C as a flag: a SIGINT handler (installed with `sigaction`) sets it, the shell reads it.
///
/// ```swift
/// SignalInterrupt.install()
/// engine.isInterrupted = { SignalInterrupt.isPending }
/// ```
/// The flag is a `sig_atomic_t` in C, the one kind of state a signal handler may safely write.
/// Every call into the C side is in this file: the shim's static inline functions are copied
/// into each Swift file that uses them, and the copies must share one flag.
public enum SignalInterrupt {
    /// Routes SIGINT to the flag instead of ending the process.
    public static func install() {
        _ = kg_install_interrupt_handler()
    }

    /// True once Ctrl-C was pressed since the last `reset()`.
    public static var isPending: Bool { kg_interrupt_pending() != 0 }

    public static func reset() { kg_interrupt_reset() }

    /// Sets the flag as the handler would; for tests and for cancelling from code.
    public static func raise() { kg_interrupt_raise_flag() }
}
