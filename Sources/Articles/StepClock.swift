import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Wall times of a run's steps, for `--timings`: the build's stages, a preview rebuild's phases, each
/// with the CPU time the process spent in it (CPU / wall is how many cores the step kept busy) and the
/// process's peak memory so far (which step raises it is what a memory budget needs to know).
public struct StepClock: Sendable {
    public struct Lap: Sendable {
        public let name: String
        public let seconds: Double
        public let cpuSeconds: Double
        public let peakMB: Int
    }

    private var last = DispatchTime.now()
    private var lastCPU = StepClock.cpuSeconds()
    public private(set) var laps: [Lap] = []

    public init() {}

    public mutating func lap(_ name: String) {
        let now = DispatchTime.now(), cpu = StepClock.cpuSeconds()
        laps.append(Lap(name: name, seconds: Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9,
                        cpuSeconds: cpu - lastCPU, peakMB: StepClock.peakMegabytes()))
        last = now
        lastCPU = cpu
    }

    public var total: Double { laps.map(\.seconds).reduce(0, +) }

    /// The peak resident set size of this process, in MB (Linux reports `ru_maxrss` in kilobytes).
    public static func peakMegabytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss / 1024
    }

    /// User plus system CPU time of all this process's threads so far, in seconds.
    public static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
