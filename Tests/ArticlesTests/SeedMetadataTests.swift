import Chronology
import Foundation
import Testing
@testable import Articles

@Suite struct SeedMetadataTests {
    @Test func koreaHeraldIsExact() throws {
        let a = try seed("001")
        #expect(a.title == "Japan-North Korea talks must help denuclearize peninsula, Seoul says")
        #expect(a.source == "The Korea Herald")
        #expect(a.authors == ["Kim Arin"])
        #expect(a.published?.value == "2024-02-16T19:17")
        #expect(a.published?.basis.kind == .stated)
    }

    @Test func asahiEditorialIsExact() throws {
        let a = try seed("003")
        #expect(a.title == "Editorial: Japan, U.S. must seize chance of Kim’s offer of talks with South")
        #expect(a.source == "The Asahi Shimbun")
        #expect(a.published?.value == "2018-01-05T13:50")
        #expect(a.published?.basis.kind == .stated)
    }

    @Test func undatedSeedsGetAnHonestIntervalAndAWarning() throws {
        // True dates, worked out from the events each narrates: 000 early January 2018 (before the
        // 9 Jan inter-Korean talks), 002 18 Jan 2024 (the Seoul envoys' Thursday), 004 25 Mar 2024.
        let cases: [(String, Day)] = [("000", Day(year: 2018, month: 1, day: 6)!), ("002", Day(year: 2024, month: 1, day: 18)!)]
        for (prefix, truth) in cases {
            let a = try seed(prefix)
            let published = try #require(a.published, "\(prefix) has no inferred date")
            #expect(published.basis.kind == .inferred)
            #expect(published.start! <= truth && truth <= published.end!, "\(prefix): \(published.value) misses \(truth)")
            #expect(a.diagnostics.contains { $0.severity == .warning && $0.message.contains("no publication date stated") })
        }
        // 002: the copyright year and the sidebar's "Jan. 15 – 21" pin the month.
        #expect(try seed("002").published?.value == "2024-01")
    }

    @Test func titlesAreHeadlinesNotSiteFurniture() throws {
        #expect(try seed("000").title == "North Korea threat: Japan and South Korea envoys to meet ahead of talks with Pyongyang")
        #expect(try seed("002").title == "S Korea, Japan, U.S. envoys meet amid tensions on Korean Peninsula")
        #expect(try seed("004").title == "Japan’s Prime Minister Reportedly Offered to Meet With North Korea’s Leader Kim Jong Un in the Near Future")
    }

    @Test func sourcesAndAuthors() throws {
        #expect(try seed("002").source == "Kyodo")
        #expect(try seed("004").source == "TruthUSA")
        #expect(try seed("004").authors == ["Hyung-jin Kim", "Kim Tong-hyung"])
        #expect(try seed("000").source == nil)
    }
}
