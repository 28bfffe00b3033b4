import Chronology
import Foundation
@testable import Site
import Testing

@Suite struct JSONWriterTests {
    /// Every control character, quotes, backslashes, slashes, HTML-sensitive and non-ASCII text.
    static let awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\"quoted\" back\\slash a/b <script>&amp; \u{7F} é 日本 \u{2028}\u{2029} 🇰🇷"

    @Test func datesReportMatchesJSONEncoderByteForByte() {
        let reference = DateValue(parsing: "2024-02-16", basis: Basis(.given, "test"))
        let text = "On Monday, \(Self.awkward), officials met; last week and in early January 2024 and every year."
        let documents = [
            DatesReport.document(path: "a/\(Self.awkward).txt", text: text, reference: reference),
            DatesReport.document(path: "b.txt", text: "Nothing dated here.", reference: nil),
            DatesReport.document(path: "c.txt", text: "The talks resumed on Friday.", reference: nil),
        ]
        #expect(documents[0].timexes.count >= 3)
        let written = DatesReport.json(documents), encoded = DatesReport.encodedWithJSONEncoder(documents)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
        #expect(DatesReport.json([]) == DatesReport.encodedWithJSONEncoder([]))
    }
}

@Suite struct EventsJSONWriterTests {
    @Test func eventsAndTimelineJSMatchJSONEncoderByteForByte() throws {
        let (_, seeds, _) = try buildSite(try seedFiles())
        let awkward = [
            "a.txt": "Talks \"quoted\" <b>bold</b> & more\n\nBy Kim Lee and O'Neil\n\n\(JSONWriterTests.awkward) officials met on Monday in Seoul, the ministry said. "
                + "South Korea and Japan will meet again in early March 2024, possibly later. In 2019, nearly two years of talks ended.\n",
            "a.yml": "published: 2024-02-16\nurl: https://example.org/a?b=1&c=<2>\n",
            "b.md": "---\ntitle: Undated piece\n---\nThe summit was held last week, officials said on Tuesday.\n",
        ]
        let (_, odd, _) = try buildSite(awkward)
        #expect(!seeds.events.isEmpty && !odd.events.isEmpty)
        for timeline in [seeds, odd] {
            let written = EventsJSON.encode(timeline), encoded = EventsJSON.encodedWithJSONEncoder(timeline)
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
            let title = "A <timeline> & \"more\""
            let timelineJS = TimelineJSExport.encode(timeline, title: title)
            #expect(String(decoding: timelineJS, as: UTF8.self)
                == String(decoding: TimelineJSExport.encodedWithJSONEncoder(timeline, title: title), as: UTF8.self))
        }
    }

    /// Streamed a byte at a time (a chunk per event), the exports are the same bytes.
    @Test func exportsStreamedInChunksEqualExportsMadeWhole() throws {
        let (_, timeline, _) = try buildSite(try seedFiles())
        let exports: [(String, (ByteSink) -> Void, Data)] = [
            ("events.json", { EventsJSON.write(timeline, to: $0) }, EventsJSON.encodedWithJSONEncoder(timeline)),
            ("timelinejs.json", { TimelineJSExport.write(timeline, title: "T", to: $0) }, TimelineJSExport.encodedWithJSONEncoder(timeline, title: "T")),
            ("events.ics", { CalendarExport.write(timeline, baseURL: "https://example.org/", to: $0) },
             CalendarExport.encode(timeline, baseURL: "https://example.org/")),
            ("sitemap.xml", { FeedExport.writeSitemap(paths: ["b.html", "a.html", "x.css"], baseURL: nil, to: $0) },
             Data("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                  .appending("  <url><loc>a.html</loc></url>\n  <url><loc>b.html</loc></url>\n</urlset>\n").utf8)),
        ]
        for (name, write, whole) in exports {
            let sink = ByteSink(chunkSize: 1)
            write(sink)
            #expect(sink.data == whole, "\(name)")
            #expect(sink.writes > (name == "sitemap.xml" ? 2 : timeline.events.count / 2), "\(name) was not streamed: \(sink.writes) writes")
        }
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() {
        for value in [0, 1, 0.35, 0.85, 0.05, 1.0 / 3, 12.5, 100] as [Double] {
            var out = JSONWriter()
            out.double(value)
            let reference = String(decoding: JSON.encode([value]), as: UTF8.self).dropFirst().dropLast(2)
            #expect(String(decoding: out.bytes, as: UTF8.self) == reference, "\(value)")
        }
    }
}
