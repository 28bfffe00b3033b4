import Foundation
import Testing
@testable import Site

@Suite struct CalendarExportTests {
    private func lines(_ name: String, _ value: String) -> String {
        let sink = ByteSink(chunkSize: 1 << 16)
        var lines = CalendarExport.ContentLines(ChunkedBytes(sink: sink))
        lines.line(name, value)
        lines.out.finish()
        return String(decoding: sink.data, as: UTF8.self)
    }

    @Test func textValuesAreEscaped() {
        #expect(lines("SUMMARY:", "Talks; Seoul, Tokyo\\Beijing\r\nnext") == "SUMMARY:Talks\\; Seoul\\, Tokyo\\\\Beijing\\nnext\r\n")
    }

    /// RFC 5545 §3.1: at most 75 octets a line, continuations start with a space, and a character's
    /// UTF-8 bytes are never split; unfolding gives the line back.
    @Test func longLinesFoldAtSeventyFiveOctetsBetweenCharacters() {
        let value = String(repeating: "Sommet à Séoul — 회담 🇰🇷 ", count: 12)
        let folded = lines("DESCRIPTION:", value)
        #expect(folded.hasSuffix("\r\n"))
        let physical = String(decoding: folded.utf8.dropLast(2), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(physical.count > 5)
        for (k, line) in physical.enumerated() {
            #expect(line.utf8.count <= 75)
            #expect(k == 0 || line.hasPrefix(" "))
            #expect(!line.contains("\u{FFFD}"), "a character was split")
            #expect(k == physical.count - 1 || line.utf8.count > 71, "a line was cut short: \(line.utf8.count) octets")
        }
        let unfolded = physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
        #expect(unfolded == "DESCRIPTION:" + value)
    }
}
