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
