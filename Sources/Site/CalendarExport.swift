import Chronology
import Foundation
import Timeline

/// `events.ics` (RFC 5545): one all-day VEVENT per anchored event, spanning its interval.
public enum CalendarExport {
    public static func encode(_ timeline: Timeline, baseURL: String?) -> Data {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Annals//Diplomacy timeline//EN", "CALSCALE:GREGORIAN"]
        // DTSTAMP is required; a fixed one keeps the file byte-identical between builds.
        let stamp = (timeline.events.compactMap { $0.date.end }.max().map { compact($0) } ?? "19700101") + "T000000Z"
        for event in timeline.events {
            guard let start = event.date.start, let end = event.date.end else { continue }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(event.id)@annals")
            lines.append("DTSTAMP:\(stamp)")
            lines.append("DTSTART;VALUE=DATE:\(compact(start))")
            lines.append("DTEND;VALUE=DATE:\(compact(end.adding(days: 1)))")
            lines.append("SUMMARY:\(escape(event.title))")
            let description = "\(event.date.display) (\(event.status.rawValue)). " + event.sources.map { "\($0.article): \($0.quote)" }.joined(separator: " | ")
            lines.append("DESCRIPTION:\(escape(description))")
            lines.append("CATEGORIES:\(escape(event.kind.label))")
            if let baseURL { lines.append("URL:\(baseURL)events/\(event.id).html") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return Data((lines.flatMap(fold).joined(separator: "\r\n") + "\r\n").utf8)
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
