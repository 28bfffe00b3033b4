import Dispatch
import Foundation

/// `map` over all cores, results in input order, so parallel output is byte-identical to serial.
public enum ParallelMap {
    public static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        // Chunks keep scheduling overhead small when items are cheap; many small ones keep every core busy to
        // the end when costs are uneven (a site's list pages cost a hundred times its event pages, and sort
        // together at the end of its paths).
        let chunk = max(1, min(64, items.count / (ProcessInfo.processInfo.activeProcessorCount * 64)))
        let chunks = (items.count + chunk - 1) / chunk
        // The workers only read `items` and call `transform`, which callers keep free of shared state.
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let work = transform
            nonisolated(unsafe) let input = items
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(input.count, (c + 1) * chunk) { slots.set(i, work(input[i])) }
            }
        }
        return slots.values
    }

    /// Each index is written exactly once by one worker; the lock only orders the writes.
    private final class Slots<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: R) {
            lock.lock()
            storage[i] = value
            lock.unlock()
        }
        var values: [R] { storage.map { $0! } }
    }
}
