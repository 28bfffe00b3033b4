import Chronology
import Testing
import Timeline
@testable import Site

@Suite struct FeedExportTests {
    /// Events on few days, so many share the day at the cut.
    func events(_ n: Int) -> [Event] {
        (0..<n).map { i in
            let day = Day(serial: 19_000 + (i * 7919) % 13)
            return Event(id: "e\((i * 31) % n)-\(i)", date: .day(day), title: "Event \(i)", summary: "", actors: [],
                         kind: EventKind.allCases[i % EventKind.allCases.count], status: .happened, sources: [],
                         confidence: 1, conflicts: [])
        }
    }

    @Test func newestAreTheFullSortsFirstOnes() {
        for n in [0, 1, 5, 40, 250] {
            let all = events(n)
            let fullSort = all.sorted { ($0.date.start!, $0.id) > ($1.date.start!, $1.id) }
            for count in [1, 3, 20, 100, 300] {
                #expect(FeedExport.newest(count, of: all).map(\.id) == fullSort.prefix(count).map(\.id))
            }
        }
    }
}
