import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Wall times of a run's steps, for `--timings`: the build's stages, a preview rebuild's phases, each
/// with the process's peak memory so far (which step raises it is what a memory budget needs to know).
public struct StepClock: Sendable {
    private var last = DispatchTime.now()
    public private(set) var laps: [(name: String, seconds: Double, peakMB: Int)] = []

    public init() {}

    public mutating func lap(_ name: String) {
        let now = DispatchTime.now()
        laps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9, StepClock.peakMegabytes()))
        last = now
    }

    public var total: Double { laps.map(\.seconds).reduce(0, +) }

    /// The peak resident set size of this process, in MB (Linux reports `ru_maxrss` in kilobytes).
    public static func peakMegabytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss / 1024
    }
}
