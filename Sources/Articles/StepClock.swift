import Dispatch

/// Wall times of a run's steps, for `--timings`: the build's stages, a preview rebuild's phases.
public struct StepClock: Sendable {
    private var last = DispatchTime.now()
    public private(set) var laps: [(name: String, seconds: Double)] = []

    public init() {}

    public mutating func lap(_ name: String) {
        let now = DispatchTime.now()
        laps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }

    public var total: Double { laps.map(\.seconds).reduce(0, +) }
}
