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
        var lines = ContentLines(ChunkedBytes(sink: sink))
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Annals//Diplomacy timeline//EN", "CALSCALE:GREGORIAN"].forEach { lines.line($0) }
        // DTSTAMP is required; a fixed one keeps the file byte-identical between builds.
        let stamp = (timeline.events.compactMap { $0.date.end }.max().map { compact($0) } ?? "19700101") + "T000000Z"
        for event in timeline.events {
            guard let start = event.date.start, let end = event.date.end else { continue }
            lines.line("BEGIN:VEVENT")
            lines.line("UID:", event.id + "@annals", escaped: false)
            lines.line("DTSTAMP:", stamp, escaped: false)
            lines.line("DTSTART;VALUE=DATE:", compact(start), escaped: false)
            lines.line("DTEND;VALUE=DATE:", compact(end.adding(days: 1)), escaped: false)
            lines.line("SUMMARY:", event.title)
            let description = "\(event.date.display) (\(event.status.rawValue)). " + event.sources.map { "\($0.article): \($0.quote)" }.joined(separator: " | ")
            lines.line("DESCRIPTION:", description)
            lines.line("CATEGORIES:", event.kind.label)
            if let baseURL { lines.line("URL:", "\(baseURL)events/\(event.id).html", escaped: false) }
            lines.line("END:VEVENT")
            lines.out.flushIfFull()
        }
        lines.line("END:VCALENDAR")
        lines.out.finish()
    }

    static func compact(_ d: Day) -> String { d.basicISO }

    /// Content lines as bytes: text values escaped (RFC 5545 §3.3.11), lines longer than 75 octets
    /// continued on the next line after a space (§3.1), never inside a character's UTF-8 bytes. Byte by
    /// byte: a string per character made the calendar cost as much as a thousand pages.
    struct ContentLines {
        var out: ChunkedBytes
        private var octets = 0

        init(_ out: ChunkedBytes) { self.out = out }

        mutating func line(_ name: String, _ value: String = "", escaped: Bool = true) {
            octets = 0
            for b in name.utf8 { put(b) }
            for b in value.utf8 {
                guard escaped else { put(b); continue }
                switch b {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): put(UInt8(ascii: "\\")); put(b)
                case UInt8(ascii: "\n"): put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): continue
                default: put(b)
                }
            }
            out.bytes.append(0x0D)
            out.bytes.append(0x0A)
        }

        private mutating func put(_ b: UInt8) {
            if b & 0xC0 != 0x80 {
                let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                if octets + length > 75 {
                    out.bytes.append(contentsOf: [0x0D, 0x0A, 0x20])
                    octets = 1
                }
            }
            out.bytes.append(b)
            octets += 1
        }
    }
}
