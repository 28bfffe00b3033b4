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

    /// Written directly (the same bytes as `encodedWithJSONEncoder`, pinned by a test): JSONEncoder's
    /// intermediate tree took gigabytes for a 10,000-article timeline.
    public static func encode(_ timeline: Timeline) -> Data {
        ByteSink.collect { write(timeline, to: $0) }
    }

    /// The same bytes, handed to `sink` as they are made.
    public static func write(_ timeline: Timeline, to sink: ByteSink) {
        var out = JSONWriter(sink: sink)
        out.raw("{")
        out.key("articles", first: true)
        out.array(timeline.articles) { out, a in
            out.raw("{")
            out.key("authors", first: true)
            out.array(a.authors) { $0.string($1) }
            out.key("diagnostics")
            out.array(a.diagnostics) { $0.string($1.description) }
            out.key("id")
            out.string(a.id)
            out.key("path")
            out.string(a.path)
            if let published = a.published {
                out.key("published")
                write(published, confidence: a.publishedConfidence, to: &out)
            }
            out.key("removed")
            out.array(a.removed) { out, r in
                out.raw("{")
                out.key("end", first: true)
                out.int(r.range.upperBound)
                out.key("reason")
                out.string(r.reason)
                out.key("start")
                out.int(r.range.lowerBound)
                out.raw("}")
            }
            out.optional("source", a.source)
            out.key("title")
            out.string(a.title)
            out.optional("url", a.url)
            out.raw("}")
        }
        out.key("events")
        out.array(timeline.events) { out, e in
            out.raw("{")
            out.key("actors", first: true)
            out.array(e.actors) { $0.string($1) }
            out.key("confidence")
            out.double(e.confidence)
            out.key("conflicts")
            out.array(e.conflicts) { write($1, to: &$0) }
            out.key("date")
            write(e.date, confidence: nil, to: &out)
            out.key("id")
            out.string(e.id)
            out.key("kind")
            out.string(e.kind.rawValue)
            out.key("sources")
            out.array(e.sources) { write($1, to: &$0) }
            out.key("status")
            out.string(e.status.rawValue)
            out.key("summary")
            out.string(e.summary)
            out.key("title")
            out.string(e.title)
            out.raw("}")
        }
        out.raw("}\n")
        out.finish()
    }

    private static func write(_ d: DateValue, confidence: Double?, to out: inout JSONWriter) {
        out.raw("{")
        out.key("basis", first: true)
        out.string(d.basis.kind.rawValue)
        out.key("basisNote")
        out.string(d.basis.note)
        if let confidence {
            out.key("confidence")
            out.double(confidence)
        }
        out.key("display")
        out.string(d.display)
        out.optional("end", d.end?.iso)
        out.optional("modifier", d.modifier?.rawValue)
        out.key("precision")
        out.string(d.precision.rawValue)
        out.optional("start", d.start?.iso)
        out.key("value")
        out.string(d.value)
        out.raw("}")
    }

    private static func write(_ s: SourceRef, to out: inout JSONWriter) {
        out.raw("{")
        out.key("article", first: true)
        out.string(s.article)
        out.key("date")
        write(s.date, confidence: nil, to: &out)
        out.key("end")
        out.int(s.range.upperBound)
        out.key("phrase")
        out.string(s.phrase)
        out.key("quote")
        out.string(s.quote)
        out.key("start")
        out.int(s.range.lowerBound)
        out.raw("}")
    }

    /// The reference encoding through Codable and JSONEncoder.
    static func encodedWithJSONEncoder(_ timeline: Timeline) -> Data {
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
