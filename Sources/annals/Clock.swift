import Chronology
import Foundation

/// The command line is the one place that reads the clock; stages get "today" injected.
enum Clock {
    /// Today in UTC; `ANNALS_TODAY=YYYY-MM-DD` pins it (for tests and reproducible runs).
    static var today: Day {
        if let pinned = ProcessInfo.processInfo.environment["ANNALS_TODAY"], let day = Day(iso: Substring(pinned)) { return day }
        return Day(serial: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
