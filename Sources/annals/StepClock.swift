import Foundation

/// Per-step wall times for `--timings`, printed to stderr.
struct StepClock {
    let enabled: Bool
    private var last = DispatchTime.now()
    private var laps: [(String, Double)] = []

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func lap(_ name: String) {
        let now = DispatchTime.now()
        laps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }

    func report() {
        guard enabled else { return }
        for (name, seconds) in laps {
            Console.error(String(format: "%8.3f s  %@", seconds, name))
        }
        Console.error(String(format: "%8.3f s  total", laps.map(\.1).reduce(0, +)))
    }
}
