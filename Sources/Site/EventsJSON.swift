import Articles
import Chronology
import Foundation
import Timeline

/// The `events.json` export and `annals events --format json`: the DESIGN.md schema, keys sorted.
public enum EventsJSON {
    struct DateJSON: Codable {
        var value: String
        var start: String?
        var end: String?
        var precision: String
        var basis: String
        var basisNote: String
        var modifier: String?
        var display: String
        var confidence: Double?
    }

    struct ArticleJSON: Codable {
        var id: String
        var path: String
        var title: String
        var source: String?
        var authors: [String]
        var url: String?
        var published: DateJSON?
        var diagnostics: [String]
        var removed: [RemovedJSON]
    }

    struct RemovedJSON: Codable {
        var start: Int
        var end: Int
        var reason: String
    }

    struct SourceJSON: Codable {
        var article: String
        var quote: String
        var start: Int
        var end: Int
        var phrase: String
        var date: DateJSON
    }

    struct EventJSON: Codable {
        var id: String
        var date: DateJSON
        var title: String
        var summary: String
        var actors: [String]
        var kind: String
        var status: String
        var sources: [SourceJSON]
        var conflicts: [SourceJSON]
        var confidence: Double
    }

    struct Document: Codable {
        var articles: [ArticleJSON]
        var events: [EventJSON]
    }

    static func date(_ d: DateValue, confidence: Double? = nil) -> DateJSON {
        DateJSON(value: d.value, start: d.start?.iso, end: d.end?.iso, precision: d.precision.rawValue,
                 basis: d.basis.kind.rawValue, basisNote: d.basis.note, modifier: d.modifier?.rawValue, display: d.display,
                 confidence: confidence)
    }

    static func source(_ s: SourceRef) -> SourceJSON {
        SourceJSON(article: s.article, quote: s.quote, start: s.range.lowerBound, end: s.range.upperBound, phrase: s.phrase, date: date(s.date))
    }

    public static func encode(_ timeline: Timeline) -> Data {
        let articles = timeline.articles.map { a in
            ArticleJSON(id: a.id, path: a.path, title: a.title, source: a.source, authors: a.authors, url: a.url,
                        published: a.published.map { date($0, confidence: a.publishedConfidence) },
                        diagnostics: a.diagnostics.map(\.description),
                        removed: a.removed.map { RemovedJSON(start: $0.range.lowerBound, end: $0.range.upperBound, reason: $0.reason) })
        }
        let events = timeline.events.map { e in
            EventJSON(id: e.id, date: date(e.date), title: e.title, summary: e.summary, actors: e.actors, kind: e.kind.rawValue,
                      status: e.status.rawValue, sources: e.sources.map(source), conflicts: e.conflicts.map(source), confidence: e.confidence)
        }
        return JSON.encode(Document(articles: articles, events: events))
    }
}

/// Deterministic JSON: sorted keys, a final newline, and `<`, `>`, `&`, U+2028, U+2029 written as
/// `\u` escapes (as Go's encoder does), so the file stays inert even if inlined in HTML.
enum JSON {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let raw = (try? encoder.encode(value)) ?? Data("{}".utf8)
        // These characters can only occur inside JSON strings, so replacing them is always safe.
        var text = ""
        for scalar in String(decoding: raw, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return Data((text + "\n").utf8)
    }
}
