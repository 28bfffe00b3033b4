import Timeline

/// The inline SVG above the index: one bar per year with events (height by count), long empty stretches
/// compressed into a marked gap. Each bar links to its year: on the page, or its year page when the
/// index is split into pages.
enum DensityStrip {
    static func svg(counts: [(year: Int, count: Int)], link: (Int) -> String = { "#y\($0)" }) -> SafeHTML {
        guard !counts.isEmpty else { return SafeHTML(trusted: "") }
        let maxCount = counts.map(\.count).max() ?? 1
        let barWidth = 22, gapWidth = 26, height = 60, baseline = 46
        var x = 4
        var parts: [String] = []
        var previous: Int?
        for (year, count) in counts {
            if let previous, year - previous > 1 {
                let skipped = year - previous - 1
                if skipped >= 2 {
                    parts.append("<text class=\"gap-mark\" x=\"\(x + gapWidth / 2)\" y=\"\(baseline - 4)\" text-anchor=\"middle\">…</text>")
                    x += gapWidth
                } else {
                    x += barWidth + 4
                }
            }
            let h = max(3, count * 36 / maxCount)
            let label = "\(year): \(count) event\(count == 1 ? "" : "s")"
            parts.append("<a href=\"\(HTMLEscape.text(link(year)))\" aria-label=\"\(HTMLEscape.text(label))\"><title>\(HTMLEscape.text(label))</title>" +
                         "<rect class=\"bar\" x=\"\(x)\" y=\"\(baseline - h)\" width=\"\(barWidth)\" height=\"\(h)\" rx=\"2\"/>" +
                         "<text class=\"label\" x=\"\(x + barWidth / 2)\" y=\"\(baseline + 12)\" text-anchor=\"middle\">\(year % 100 < 10 ? "'0\(year % 100)" : "'\(year % 100)")</text></a>")
            x += barWidth + 4
            previous = year
        }
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(x + 4) \(height)\" aria-label=\"Events per year\">" +
            parts.joined() + "</svg>"
        return SafeHTML(trusted: svg)
    }
}
