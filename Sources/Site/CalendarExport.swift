import Chronology
import Foundation
import Timeline

/// `events.ics` (RFC 5545): one all-day VEVENT per anchored event, spanning its interval.
public enum CalendarExport {
    public static func encode(_ timeline: Timeline, baseURL: String?) -> Data {
        ByteSink.collect { write(timeline, baseURL: baseURL, to: $0) }
    }

    /// The same bytes, handed to `sink` event by event.
    public static func write(_ timeline: Timeline, baseURL: String?, to sink: ByteSink) {
        var out = ChunkedBytes(sink: sink)
        func emit(_ line: String) {
            for part in fold(line) {
                out.bytes.append(contentsOf: part.utf8)
                out.bytes.append(0x0D)
                out.bytes.append(0x0A)
            }
        }
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Annals//Diplomacy timeline//EN", "CALSCALE:GREGORIAN"].forEach(emit)
        // DTSTAMP is required; a fixed one keeps the file byte-identical between builds.
        let stamp = (timeline.events.compactMap { $0.date.end }.max().map { compact($0) } ?? "19700101") + "T000000Z"
        for event in timeline.events {
            guard let start = event.date.start, let end = event.date.end else { continue }
            emit("BEGIN:VEVENT")
            emit("UID:\(event.id)@annals")
            emit("DTSTAMP:\(stamp)")
            emit("DTSTART;VALUE=DATE:\(compact(start))")
            emit("DTEND;VALUE=DATE:\(compact(end.adding(days: 1)))")
            emit("SUMMARY:\(escape(event.title))")
            let description = "\(event.date.display) (\(event.status.rawValue)). " + event.sources.map { "\($0.article): \($0.quote)" }.joined(separator: " | ")
            emit("DESCRIPTION:\(escape(description))")
            emit("CATEGORIES:\(escape(event.kind.label))")
            if let baseURL { emit("URL:\(baseURL)events/\(event.id).html") }
            emit("END:VEVENT")
            out.flushIfFull()
        }
        emit("END:VCALENDAR")
        out.finish()
    }

    static func compact(_ d: Day) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1).
    static func fold(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var octets = 0
        for ch in line {
            let size = String(ch).utf8.count
            if octets + size > (result.isEmpty ? 75 : 74) {
                result.append(result.isEmpty ? current : " " + current)
                current = ""
                octets = 0
            }
            current.append(ch)
            octets += size
        }
        result.append(result.isEmpty ? current : " " + current)
        return result
    }
}
