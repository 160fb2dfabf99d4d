import KGQuery
import KGStore

/// Everything the shell remembers between inputs: the store, output mode, parameters, settings.
public final class ShellState {
    public let store: GraphStore

    public init(store: GraphStore) {
        self.store = store
    }
}
