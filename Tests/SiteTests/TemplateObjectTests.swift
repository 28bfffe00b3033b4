@testable import Site
import Testing

/// The hand-written answers of hot view models must give templates exactly what reflecting their
/// stored properties gives.
@Suite struct TemplateObjectTests {
    static func describe(_ value: TemplateValue?) -> String {
        switch value {
        case nil: "absent"
        case .text(let text): "text(\(text))"
        case .html(let html): "html(\(html))"
        case .number(let number): "number(\(number))"
        case .flag(let flag): "flag(\(flag))"
        case .list(let values): "[" + values.map(describe).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.templateKeys.map { "\($0): \(describe(object.templateValue($0)))" }.joined(separator: ", ") + "}"
        }
    }

    static var samples: [any TemplateObject] {
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
        var samples: [any TemplateObject] = []
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

    /// Reflection, all the way down: what the generic conversion makes of a model.
    static func reflected(_ value: Any) -> TemplateValue? {
        if let listed = value as? ListedEvent { return .object(listed) }
        switch value {
        case is String, is SafeHTML, is Int, is Bool: return TemplateValue(value)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.flatMap { reflected($0.value) }
        case .collection: return .list(mirror.children.compactMap { reflected($0.value) })
        default: return .object(ReflectedObject(value))
        }
    }

    @Test func answersEqualReflection() {
        for sample in Self.samples {
            let labels = Mirror(reflecting: sample).children.compactMap(\.label)
            #expect(sample.templateKeys == labels, "\(type(of: sample)) keys")
            for label in labels {
                let reflectedValue = Self.reflected(Mirror(reflecting: sample).children.first { $0.label == label }!.value)
                #expect(Self.describe(sample.templateValue(label)) == Self.describe(reflectedValue), "\(type(of: sample)).\(label)")
            }
            #expect(sample.templateValue("noSuchKey") == nil)
        }
    }

    @Test func listedEventsAnswerWithTheirItem() {
        let item = Self.samples.compactMap { $0 as? EventItem }.first!
        let listed = ListedEvent(renderedHTML: SafeHTML(trusted: "<li>x</li>")) { item }
        #expect(listed.templateKeys == ["renderedHTML"] + item.templateKeys)
        #expect(Self.describe(listed.templateValue("renderedHTML")) == "html(<li>x</li>)")
        #expect(Self.describe(listed.templateValue("title")) == "text(Talks)")
    }
}
