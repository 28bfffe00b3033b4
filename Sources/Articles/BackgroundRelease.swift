import Dispatch

/// Frees big structures (a replaced site plan, last build's memo) on another thread: tearing down tens
/// of thousands of objects takes milliseconds the preview's rebuild should not wait for.
public enum BackgroundRelease {
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: Value) { self.value = value }
    }

    /// Leaves `empty` in `value` and drops the old contents on a background queue.
    public static func release<Value>(_ value: inout Value, leaving empty: Value) {
        let box = Box(value)
        value = empty
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }
}
