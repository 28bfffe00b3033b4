import Articles
import Foundation

/// Terminal output: diagnostics to stderr, colour only on a terminal and never with NO_COLOR.
enum Console {
    static let isTerminal = isatty(STDERR_FILENO) == 1
    static let useColor = isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics.sorted() {
            var line = d.description
            if useColor {
                let color = d.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
                line = line.replacingOccurrences(of: ": \(d.severity.rawValue):", with: ": \(color)\(d.severity.rawValue)\u{1B}[0m:")
            }
            error(line)
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `[i/n] step` on a terminal; silent otherwise.
    static func step(_ index: Int, _ total: Int, _ name: String) {
        if isTerminal { error("[\(index)/\(total)] \(name)") }
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension Console {
    /// `--timings`: one line per step, then the total, on stderr.
    static func report(_ clock: StepClock) {
        for lap in clock.laps {
            Console.error(String(format: "%8.3f s  %@ (CPU %.2f s, peak %d MB)", lap.seconds, lap.name, lap.cpuSeconds, lap.peakMB))
        }
        Console.error(String(format: "%8.3f s  total", clock.total))
    }
}
