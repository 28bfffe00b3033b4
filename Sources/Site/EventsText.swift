import Articles
import Chronology
import Foundation
import Timeline

/// Plain renderings of the timeline for `annals events`: a table, CSV and Markdown.
public enum EventsText {
    public static func table(_ timeline: Timeline) -> String {
        var out = ""
        for event in timeline.events {
            let status = event.status == .scheduled ? " [scheduled]" : ""
            out += "\(event.date.value.padding(toLength: 16, withPad: " ", startingAt: 0)) \(event.date.display.padding(toLength: 22, withPad: " ", startingAt: 0)) \(event.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(event.title)\(status)\n"
            out += "    actors: \(event.actors.joined(separator: ", "))\n"
            for source in event.sources {
                out += "    source: \(source.article) @\(source.range.lowerBound)-\(source.range.upperBound) '\(source.phrase)' -> \(source.date.value) (\(source.date.basis.kind.rawValue))\n"
            }
            for conflict in event.conflicts {
                out += "    conflicting date: \(conflict.article) '\(conflict.phrase)' -> \(conflict.date.value)\n"
            }
        }
        out += "\nArticles\n"
        for article in timeline.articles {
            out += "\(article.id): \(article.title)\n"
            out += "    source: \(article.source ?? "-"); authors: \(article.authors.isEmpty ? "-" : article.authors.joined(separator: ", ")); published: \(article.published.map { "\($0.display) (\($0.basis.kind.rawValue))" } ?? "unknown")\n"
            for removed in article.removed {
                let text = article.text.scalarSlice(removed.range)
                out += "    removed \(removed.range.lowerBound)-\(removed.range.upperBound) (\(removed.reason)): \(text.prefix(60))\n"
            }
        }
        return out
    }

    public static func csv(_ timeline: Timeline) -> String {
        var out = "id,date,start,end,precision,basis,status,kind,title,actors,sources,confidence\r\n"
        for e in timeline.events {
            let fields = [e.id, e.date.value, e.date.start?.iso ?? "", e.date.end?.iso ?? "", e.date.precision.rawValue,
                          e.date.basis.kind.rawValue, e.status.rawValue, e.kind.rawValue, e.title, e.actors.joined(separator: "; "),
                          e.sources.map(\.article).joined(separator: "; "), String(e.confidence)]
            out += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        // A leading = + - @ would run as a formula in a spreadsheet; prefix it.
        var f = field
        if let first = f.first, "=+-@".contains(first) { f = "'" + f }
        if f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return f
    }

    public static func markdown(_ timeline: Timeline) -> String {
        var out = "# Timeline\n"
        var year: Int?
        for e in timeline.events {
            if let y = e.date.start?.year, y != year {
                out += "\n## \(y)\n\n"
                year = y
            }
            let status = e.status == .scheduled ? " *(scheduled)*" : ""
            out += "- **\(e.date.display)**: \(MarkdownText.escaped(e.title))\(status) — \(e.sources.map(\.article).joined(separator: ", "))\n"
        }
        return out
    }
}
