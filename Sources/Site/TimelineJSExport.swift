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

    public static func encode(_ timeline: Timeline, title: String) -> Data {
        let events: [TLEvent] = timeline.events.compactMap { e in
            guard let s = e.date.start, let end = e.date.end else { return nil }
            let fine = e.date.precision.rank <= Precision.day.rank
            let monthly = e.date.precision.rank <= Precision.month.rank
            let start = TLDate(year: s.year, month: monthly ? s.month : nil, day: fine ? s.day : nil, display_date: e.date.display)
            let last = s == end || fine ? nil : TLDate(year: end.year, month: monthly ? end.month : nil, day: nil, display_date: nil)
            let quotes = e.sources.map { "<p>\(HTMLEscape.text($0.quote)) <em>(\(HTMLEscape.text($0.article)))</em></p>" }.joined()
            return TLEvent(unique_id: e.id, start_date: start, end_date: last,
                           text: TLText(headline: HTMLEscape.text(e.title), text: quotes), group: e.kind.label)
        }
        return JSON.encode(TLTimeline(title: TLEventTitle(text: TLText(headline: HTMLEscape.text(title), text: "")), events: events))
    }
}
