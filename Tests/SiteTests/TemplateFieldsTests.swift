@testable import Site
import Testing

/// The hand-written field lists of hot view models must give templates exactly what Mirror gives.
@Suite struct TemplateFieldsTests {
    static func describe(_ value: Any) -> String {
        if let context = value as? TemplateContext {
            return "{" + context.keys.sorted().map { "\($0): \(describe(context.child(named: $0)!))" }.joined(separator: ", ") + "}"
        }
        if let array = value as? [Any] { return "[" + array.map(describe).joined(separator: ", ") + "]" }
        if let html = value as? SafeHTML { return "html(\(html))" }
        return "\(value)"
    }

    static var samples: [Any] {
        let site = SiteInfo(title: "T", language: "en", articleCount: 2, eventCount: 3)
        var items: [EventItem] = []
        for flag in [true, false] {
            let item = EventItem(id: "e", root: "../", title: "Talks", dateDisplay: "9 Jan 2018", datetime: "2018-01-09", year: 2018,
                                 summaryHTML: SafeHTML(trusted: "<p>x</p>"), kind: "meeting", kindLabel: "Meeting",
                                 actors: [ActorChip(name: "Japan", slug: "japan")], actorSlugs: "japan",
                                 sources: [SourceChip(name: "Herald", article: "a1", last: flag)], scheduled: flag, approximate: !flag,
                                 approximateLabel: "Approximate", dateNote: "stated")
            items.append(item)
        }
        let pagination = Pagination(pageNumber: 2, pageCount: 3, previousURL: "index.html", nextURL: nil,
                                    pages: [PageLink(label: "1", url: "index.html", isCurrent: false, isGap: false)])
        var samples: [Any] = []
        for (n, item) in items.enumerated() {
            let some = n == 0
            let listed = ListedEvent(renderedHTML: SafeHTML(trusted: "<li>x</li>")) { item }
            let page = PageInfo(title: "P", description: "D", root: "../", canonical: some ? "https://example.org/p.html" : nil)
            samples += [
                site, page, item, ActorChip(name: "Japan", slug: "japan"), SourceChip(name: "H", article: "a", last: some),
                Reason(text: "r"),
                SourceQuote(quote: "q", article: "a", start: 4, name: "n", published: some ? "p" : nil, url: some ? "https://x.org" : nil),
                EventPage(site: site, page: page, root: "../", event: item, reasons: [Reason(text: "r")], confidence: 80,
                          sources: [], hasConflicts: some, conflicts: some ? [Reason(text: "c")] : []),
                ListPage(site: site, page: page, root: "../", intro: some ? "i" : nil, events: [listed], pagination: some ? pagination : nil),
                MonthGroup(label: "January", events: [listed]),
                YearGroup(year: 2018, gapBefore: some ? "gap" : nil, months: [MonthGroup(label: "January", events: [listed])]),
            ]
        }
        return samples
    }

    @Test func fieldListsEqualReflection() {
        for sample in Self.samples {
            #expect(sample is TemplateFields, "\(type(of: sample)) lists no fields")
            let listed = Self.describe(TemplateContext(sample)), reflected = Self.describe(TemplateContext(reflecting: sample))
            #expect(listed == reflected, "\(type(of: sample))")
        }
    }
}
