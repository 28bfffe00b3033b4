import Chronology
import Foundation
import Timeline

/// `timelinejs.json`: the TimelineJS3 JSON format, so the data drops into that tool.
public enum TimelineJSExport {
    struct TLDate: Codable {
        var year: Int
        var month: Int?
        var day: Int?
        var display_date: String?
    }
    struct TLText: Codable {
        var headline: String
        var text: String
    }
    struct TLEvent: Codable {
        var unique_id: String
        var start_date: TLDate
        var end_date: TLDate?
        var text: TLText
        var group: String
    }
    struct TLTimeline: Codable {
        var title: TLEventTitle
        var events: [TLEvent]
    }
    struct TLEventTitle: Codable {
        var text: TLText
    }

    /// One event's TimelineJS fields, or nil for an event without a date interval.
    private static func event(_ e: Event) -> TLEvent? {
        guard let s = e.date.start, let end = e.date.end else { return nil }
        let fine = e.date.precision.rank <= Precision.day.rank
        let monthly = e.date.precision.rank <= Precision.month.rank
        let start = TLDate(year: s.year, month: monthly ? s.month : nil, day: fine ? s.day : nil, display_date: e.date.display)
        let last = s == end || fine ? nil : TLDate(year: end.year, month: monthly ? end.month : nil, day: nil, display_date: nil)
        let quotes = e.sources.map { "<p>\(HTMLEscape.text($0.quote)) <em>(\(HTMLEscape.text($0.article)))</em></p>" }.joined()
        return TLEvent(unique_id: e.id, start_date: start, end_date: last,
                       text: TLText(headline: HTMLEscape.text(e.title), text: quotes), group: e.kind.label)
    }

    /// Written directly, event by event (the same bytes as `encodedWithJSONEncoder`, pinned by a test).
    public static func encode(_ timeline: Timeline, title: String) -> Data {
        ByteSink.collect { write(timeline, title: title, to: $0) }
    }

    /// The same bytes, handed to `sink` as they are made.
    public static func write(_ timeline: Timeline, title: String, to sink: ByteSink) {
        var out = JSONWriter(sink: sink)
        out.raw("{")
        out.key("events", first: true)
        out.array(timeline.events.lazy.compactMap(event)) { out, e in
            out.raw("{")
            if let last = e.end_date {
                out.key("end_date", first: true)
                write(last, to: &out)
                out.key("group")
            } else {
                out.key("group", first: true)
            }
            out.string(e.group)
            out.key("start_date")
            write(e.start_date, to: &out)
            out.key("text")
            write(e.text, to: &out)
            out.key("unique_id")
            out.string(e.unique_id)
            out.raw("}")
        }
        out.key("title")
        out.raw("{")
        out.key("text", first: true)
        write(TLText(headline: HTMLEscape.text(title), text: ""), to: &out)
        out.raw("}}\n")
        out.finish()
    }

    private static func write(_ d: TLDate, to out: inout JSONWriter) {
        out.raw("{")
        var first = true
        if let day = d.day {
            out.key("day", first: first)
            out.int(day)
            first = false
        }
        if let display = d.display_date {
            out.key("display_date", first: first)
            out.string(display)
            first = false
        }
        if let month = d.month {
            out.key("month", first: first)
            out.int(month)
            first = false
        }
        out.key("year", first: first)
        out.int(d.year)
        out.raw("}")
    }

    private static func write(_ t: TLText, to out: inout JSONWriter) {
        out.raw("{")
        out.key("headline", first: true)
        out.string(t.headline)
        out.key("text")
        out.string(t.text)
        out.raw("}")
    }

    /// The reference encoding through Codable and JSONEncoder.
    static func encodedWithJSONEncoder(_ timeline: Timeline, title: String) -> Data {
        JSON.encode(TLTimeline(title: TLEventTitle(text: TLText(headline: HTMLEscape.text(title), text: "")),
                               events: timeline.events.compactMap(event)))
    }
}
