import Articles
import Chronology
import Foundation

/// One article's date expressions and event candidates, before merging.
public struct ArticleReading: @unchecked Sendable {
    public let article: Article
    public let timexes: [TimeExpression]
    let candidates: [EventCandidate]

    /// The reading without its list of date expressions, for a build that renders article pages by
    /// tagging each again: holding every article's list through merging cost tens of megabytes at 10,000
    /// articles.
    public func droppingTimexes() -> ArticleReading {
        ArticleReading(article: article, timexes: [], candidates: candidates)
    }
}

/// Builds the timeline: extracts events from every article, corrects the year of undated articles from
/// dated ones that tell the same happening, merges events across articles, and orders them.
public struct TimelineBuilder: Sendable {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
    }

    public func build(_ articles: [Article]) -> Timeline {
        build(readings: ParallelMap.map(articles, read))
    }

    /// Everything the timeline needs from one article alone: independent of the others, so it runs on
    /// all cores and the preview caches it per article.
    public func read(_ article: Article) -> ArticleReading {
        let (timexes, candidates) = EventExtractor(gazetteer: gazetteer).extract(from: article, reference: article.published)
        return ArticleReading(article: article, timexes: timexes, candidates: candidates)
    }

    /// The timeline from every article's reading; `memo` (the preview's) reuses the events of groups
    /// that did not change since the previous build.
    public func build(readings: [ArticleReading], memo: MergeMemo? = nil) -> Timeline {
        let extractor = EventExtractor(gazetteer: gazetteer)
        let matcher = EventMatcher(gazetteer: gazetteer)
        let readings = readings.sorted { $0.article.id < $1.article.id }
        var articles = readings.map(\.article)
        var candidates = readings.map(\.candidates)
        var timexes = readings.map(\.timexes)
        var diagnostics: [Diagnostic] = []

        // An undated article's year can be wrong; a dated article telling the same happening fixes it.
        let datedByPersonMonth = TimelineBuilder.datedByPersonMonth(candidates, matcher: matcher)
        for index in articles.indices where articles[index].published?.basis.kind == .inferred {
            guard let (shift, note) = yearCorrection(for: candidates[index], dated: datedByPersonMonth, matcher: matcher),
                  let corrected = articles[index].published.map({ TimelineBuilder.shifted($0, years: shift, note: note) }) else { continue }
            articles[index].published = corrected
            articles[index].evidence["published"] = Evidence(.inferred, corrected.basis.note, confidence: 0.6)
            diagnostics.append(.warning(articles[index].path, 1, 1, "publication year corrected: \(note) -> \(corrected.display)"))
            let original = candidates[index]
            (timexes[index], candidates[index]) = memo?.corrected(original, reference: corrected) {
                extractor.extract(from: articles[index], reference: corrected)
            } ?? extractor.extract(from: articles[index], reference: corrected)
        }
        memo?.finishCorrections()
        let events = EventMerger(matcher: matcher, memo: memo).merge(candidates)
        var timeline = Timeline(articles: articles, events: events, diagnostics: diagnostics)
        timeline.knownTally = memo?.tally
        timeline.timexes = Dictionary(zip(articles.map(\.id), timexes), uniquingKeysWith: { a, _ in a })
        return timeline
    }

    /// Years to add to an undated article's reference, when one of its month- or day-dated events matches
    /// an event of a dated article on the same month (and day) of another year.
    private func yearCorrection(for own: [EventCandidate], dated: [PersonMonth: [EventCandidate]],
                                matcher: EventMatcher) -> (Int, String)? {
        for c in own where c.date.precision.rank <= Precision.month.rank && c.date.precision != .week {
            guard let cs = c.date.start else { continue }
            for person in c.actors where c.people.contains(person) {
                for d in dated[PersonMonth(person: person, month: cs.month)] ?? [] where d.article.id != c.article.id {
                    guard let ds = d.date.start, ds.year != cs.year,
                          c.date.precision != .day || d.date.precision != .day || ds.day == cs.day,
                          matcher.sameHappening(c, d) else { continue }
                    let note = "'\(c.timex.text)' in \(c.article.id) is the happening \(d.article.id) dates \(d.date.display)"
                    return (ds.year - cs.year, note)
                }
            }
        }
        return nil
    }

    struct PersonMonth: Hashable {
        var person: String
        var month: Int
    }

    /// Month- or day-dated candidates of articles with a stated or given date, by each person they name
    /// and their month, in article order: the only ones that can correct an undated article's year.
    static func datedByPersonMonth(_ candidates: [[EventCandidate]], matcher: EventMatcher) -> [PersonMonth: [EventCandidate]] {
        var index: [PersonMonth: [EventCandidate]] = [:]
        for list in candidates {
            // One article per list: its date's basis is checked once, not per sentence.
            guard let kind = list.first?.article.published?.basis.kind, kind == .stated || kind == .given else { continue }
            for d in list {
                guard let ds = d.date.start, d.date.precision.rank <= Precision.month.rank else { continue }
                for person in d.actors where d.people.contains(person) {
                    let key = PersonMonth(person: person, month: ds.month)
                    if index[key]?.last.map({ $0.article.id == d.article.id && $0.sentence == d.sentence }) != true {
                        index[key, default: []].append(d)
                    }
                }
            }
        }
        return index
    }

    static func shifted(_ value: DateValue, years: Int, note: String) -> DateValue {
        var v = value
        if let s = v.start { v.start = Day(year: s.year + years, month: s.month, day: min(s.day, Day.daysInMonth(year: s.year + years, month: s.month))) }
        if let e = v.end { v.end = Day(year: e.year + years, month: e.month, day: min(e.day, Day.daysInMonth(year: e.year + years, month: e.month))) }
        if let y = Int(v.value.prefix(4)) { v.value = String(format: "%04d", y + years) + v.value.dropFirst(4) }
        v.basis = Basis(.inferred, v.basis.note + "; year corrected because \(note)")
        return v
    }
}
