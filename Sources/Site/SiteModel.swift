import Articles
import Chronology
import Foundation
import Timeline

/// Facts about the timeline that several pages share, computed once.
struct SiteModel {
    let timeline: Timeline
    let years: [Int]
    let yearCounts: [(year: Int, count: Int)]
    let kindOptions: [FilterOption]
    let actorFilters: [ActorFilter]
    /// Article id -> sentences that made events.
    let sentenceLinks: [String: [ArticleBodyRenderer.Link]]
    /// The events of each filter page, as indexes into `timeline.events` in timeline order: found in one
    /// pass, where filtering the timeline once per page took a pass (and a copy of each event) per year.
    let eventsByActor: [String: [Int]]
    let eventsByKind: [String: [Int]]
    let eventsByYear: [Int: [Int]]

    /// The filter pages a timeline has: its years, kinds and actors, with their counts.
    struct Filters {
        var yearCounts: [(year: Int, count: Int)]
        var kinds: [FilterOption]
        var actors: [ActorFilter]
    }

    static func filters(_ timeline: Timeline) -> Filters {
        let tally = timeline.tally
        return Filters(
            yearCounts: tally.years.keys.sorted().map { ($0, tally.years[$0]!) },
            kinds: EventKind.allCases.compactMap { kind in
                tally.kinds[kind].map { FilterOption(value: kind.rawValue, label: kind.label, count: $0) }
            },
            actors: tally.actors.keys.sorted { (tally.actors[$0]!, $1) > (tally.actors[$1]!, $0) }
                .map { ActorFilter(name: $0, slug: Slug.make($0), count: tally.actors[$0]!) })
    }

    /// `filters` are the timeline's (`SiteModel.filters`), passed in: the plan has them already.
    init(timeline: Timeline, filters: Filters) {
        self.timeline = timeline
        yearCounts = filters.yearCounts
        years = yearCounts.map(\.year)
        kindOptions = filters.kinds
        actorFilters = filters.actors
        var links: [String: [ArticleBodyRenderer.Link]] = [:]
        var byActor: [String: [Int]] = [:], byKind: [String: [Int]] = [:], byYear: [Int: [Int]] = [:]
        for (index, event) in timeline.events.enumerated() {
            let id = event.id
            // By index: a loop variable would copy (and retain) each source's strings.
            for refs in [event.sources, event.conflicts] {
                for i in refs.indices { links[refs[i].article, default: []].append(.init(range: refs[i].range, eventID: id)) }
            }
            for (k, actor) in event.actors.enumerated() where !event.actors[..<k].contains(actor) {
                byActor[actor, default: []].append(index)
            }
            byKind[event.kind.rawValue, default: []].append(index)
            if let year = event.date.start?.year { byYear[year, default: []].append(index) }
        }
        sentenceLinks = links
        eventsByActor = byActor
        eventsByKind = byKind
        eventsByYear = byYear
    }

    func item(_ event: Event, root: String, articles: [String: Article], diagnostics: inout [Diagnostic]) -> EventItem {
        let summary = CommonMark.render(event.summary)
        if CommonMark.omittedRawHTML(summary), let source = event.sources.first, let article = articles[source.article] {
            let (line, column) = lineAndColumn(of: source.range.lowerBound, in: FastText.scalars(article.text))
            diagnostics.append(.warning(article.path, line, column, "raw HTML omitted while rendering"))
        }
        var seenSources: Set<String> = []
        let uniqueSources = event.sources.filter { seenSources.insert($0.article).inserted }
        let sources = uniqueSources.enumerated().map { index, s in
            SourceChip(name: articles[s.article]?.source ?? articles[s.article]?.title ?? s.article, article: s.article,
                       last: index == uniqueSources.count - 1)
        }
        let approximate = event.date.basis.kind == .inferred || event.date.modifier == .approx || event.confidence < 0.5
        return EventItem(
            id: event.id, root: root, title: event.title, dateDisplay: event.date.display,
            datetime: HTMLDatetime.attribute(for: event.date) ?? "", year: event.date.start?.year ?? 0, summaryHTML: summary,
            kind: event.kind.rawValue, kindLabel: event.kind.label,
            actors: event.actors.map { ActorChip(name: $0, slug: Slug.make($0)) },
            actorSlugs: event.actors.map { Slug.make($0) }.joined(separator: " "), sources: sources,
            scheduled: event.status == .scheduled, approximate: approximate,
            approximateLabel: event.date.basis.kind == .inferred ? "Inferred date" : "Approximate",
            dateNote: event.date.basis.note)
    }

    /// Year sections with months, and a marked gap where years without events are skipped: for the
    /// events of one index page and their items.
    func yearGroups(_ events: ArraySlice<Event>, _ items: [ListedEvent]) -> [YearGroup] {
        var groups: [YearGroup] = []
        var previous: Int?
        var byYear: [Int: [(Event, ListedEvent)]] = [:]
        var pageYears: [Int] = []
        for (event, item) in zip(events, items) {
            guard let y = event.date.start?.year else { continue }
            if byYear[y] == nil { pageYears.append(y) }
            byYear[y, default: []].append((event, item))
        }
        for year in pageYears.sorted() {
            let inYear = byYear[year] ?? []
            var byMonth: [(String, [ListedEvent])] = []
            for (event, item) in inYear {
                let label = SiteModel.monthLabel(event.date)
                if let last = byMonth.last, last.0 == label { byMonth[byMonth.count - 1].1.append(item) } else { byMonth.append((label, [item])) }
            }
            let months = byMonth.map { MonthGroup(label: $0.0, events: $0.1) }
            var gap: String?
            if let previous, year - previous > 1 {
                let skipped = year - previous - 1
                gap = skipped == 1 ? "\(previous + 1): no events" : "\(skipped) years without events (\(previous + 1)–\(year - 1))"
            }
            groups.append(YearGroup(year: year, gapBefore: gap, months: months))
            previous = year
        }
        return groups
    }

    /// Events finer than a month go under their month; coarser ones under "During the year".
    static func monthLabel(_ date: DateValue) -> String {
        guard let start = date.start, let end = date.end else { return "Undated" }
        if date.precision.rank <= Precision.month.rank || (start.year == end.year && start.month == end.month) {
            return MonthNames.full[start.month - 1]
        }
        if date.precision == .year || FastText.contains(date.value, "/") { return "During the year" }
        return date.display
    }

    func reasons(for event: Event, articles: [String: Article]) -> [String] {
        var lines: [String] = []
        for source in event.sources {
            let article = articles[source.article]
            let name = article?.source ?? article?.title ?? source.article
            var line = source.phrase.isEmpty ? "No date phrase in \(name)" : "‘\(source.phrase)’ in \(name)"
            if let published = article?.published {
                line += ", published \(SiteModel.publishedText(published))"
                line += " (\(SiteModel.basisText(published, confidence: article?.publishedConfidence ?? 0)))"
            } else {
                line += ", whose publication date is unknown"
            }
            line += " → \(source.date.display) [\(source.date.value)], \(source.date.basis.kind.rawValue)"
            if !source.date.basis.note.isEmpty { line += ": \(source.date.basis.note)" }
            lines.append(line + ".")
        }
        if event.sources.count > 1 { lines.append("The event date is the most precise of these that agrees with the others.") }
        if event.status == .scheduled { lines.append("The sources describe it as planned or expected, not as having happened.") }
        return lines
    }

    func conflictReasons(for event: Event, articles: [String: Article]) -> [String] {
        event.conflicts.map { c in
            let name = articles[c.article]?.source ?? c.article
            return "\(name) dates it \(c.date.display) (‘\(c.phrase)’): “\(c.quote)”"
        }
    }

    func quotes(for event: Event, articles: [String: Article]) -> [SourceQuote] {
        event.sources.map { s in
            let article = articles[s.article]
            return SourceQuote(quote: s.quote, article: s.article, start: s.range.lowerBound,
                               name: article.map { ($0.source.map { "\($0): " } ?? "") + $0.title } ?? s.article,
                               published: article?.published.map { SiteModel.publishedText($0) },
                               url: article?.url.flatMap { URLPolicy.isAllowed($0) ? $0 : nil })
        }
    }

    /// "Fri 16 Feb 2024" for a day, else the display text.
    static func publishedText(_ d: DateValue) -> String {
        if d.precision.rank <= Precision.day.rank, let s = d.start { return DateValue.dayTextWithWeekday(s) }
        return d.display
    }

    static func basisText(_ d: DateValue, confidence: Double) -> String {
        switch d.basis.kind {
        case .stated: return "stated in the article"
        case .given: return "given by the editor"
        case .relative: return "relative"
        case .inferred: return "inferred, \(Int((confidence * 100).rounded()))% confident: \(d.basis.note)"
        }
    }
}
