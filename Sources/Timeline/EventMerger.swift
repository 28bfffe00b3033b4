import Articles
import Chronology
import Foundation

/// Merges candidates that tell the same happening into one event with every source; the most precise
/// consistent source sets the date, and sources whose dates disagree are kept as conflicts.
struct EventMerger {
    let matcher: EventMatcher
    var memo: MergeMemo?

    /// `candidates`: each article's, article after article.
    func merge(_ candidates: [[EventCandidate]]) -> [Event] {
        let ordered = memo?.ordered(candidates) ?? EventMerger.sorted(candidates.flatMap { $0 })
        let (groups, conflicts) = group(ordered)
        if let memo {
            return memo.events(groups: groups, conflicts: conflicts, make: event(from:conflicts:))
        }
        // Grouping depends on order; making each group's event does not, so it runs on all cores.
        var events = ParallelMap.map(Array(groups.indices)) { event(from: groups[$0], conflicts: conflicts[$0]) }
        events = EventMerger.timelineOrder(events)
        EventMerger.assignUniqueIDs(&events)
        return events
    }

    /// Sentences in date order, each joining the group that tells its happening, or starting one; a
    /// sentence that tells a group's happening on another date is kept as that group's conflict.
    private func group(_ ordered: [EventCandidate]) -> (groups: [[EventCandidate]], conflicts: [[EventCandidate]]) {
        var groups: [[EventCandidate]] = []
        var conflicts: [[EventCandidate]] = []
        // The checks below read a member only through what `SamenessKey` holds, so each group keeps one
        // member per key: a wire sentence reposted by a hundred outlets (or a line repeating one sentence
        // a hundred thousand times) must not make every check a hundred long. `fromOtherArticles` notes
        // the keys told by more than one article, for the conflict check, which asks for another article.
        var distinct: [[EventCandidate]] = []
        var fromOtherArticles: [[Bool]] = []
        var toldAlike: [[SamenessKey: Int]] = []
        // Each group's members' dates nest (each shares a date with every other), so the innermost one
        // lies within all: a sentence whose days miss it shares a date with none of them. Tested on
        // integers first, as a busy actor's month holds many groups of other days.
        var innermost: [ClosedRange<Int>] = []
        var index = GroupIndex(matcher: matcher)
        for candidate in ordered {
            // Only groups sharing an actor on an overlapping date can take the sentence.
            let compatibleGroups = index.groups(overlapping: candidate).filter { g in
                guard let days = candidate.days, days.overlaps(innermost[g]) else { return false }
                return distinct[g].allSatisfy { matcher.canShareDate($0, candidate) } && distinct[g].contains { matcher.sameHappening($0, candidate) }
            }
            // Join the group that matches best, not merely the first that matches.
            if let best = compatibleGroups.max(by: { score(distinct[$0], candidate) < score(distinct[$1], candidate) }) {
                // (Keys are made only for groups that grow: most sentences stay alone.)
                if toldAlike[best].isEmpty { toldAlike[best][SamenessKey(groups[best][0])] = 0 }
                groups[best].append(candidate)
                let key = SamenessKey(candidate)
                if let known = toldAlike[best][key] {
                    if distinct[best][known].article.id != candidate.article.id { fromOtherArticles[best][known] = true }
                } else {
                    toldAlike[best][key] = distinct[best].count
                    distinct[best].append(candidate)
                    fromOtherArticles[best].append(false)
                }
                if let days = candidate.days, days.lowerBound >= innermost[best].lowerBound, days.upperBound <= innermost[best].upperBound {
                    innermost[best] = days
                }
                index.add(candidate, group: best)
                continue
            }
            // Same happening, other date: both precise enough to disagree. Keep and show it.
            if candidate.date.precision.rank <= Precision.month.rank,
               let g = index.groups(conflictingWith: candidate).first(where: { g in
                   distinct[g].indices.contains { k in
                       let member = distinct[g][k]
                       return member.date.precision.rank <= Precision.month.rank
                           && (member.article.id != candidate.article.id || fromOtherArticles[g][k]) && matcher.conflicting(member, candidate)
                   }
               }) {
                conflicts[g].append(candidate)
                continue
            }
            index.add(candidate, group: groups.count)
            groups.append([candidate])
            distinct.append([candidate])
            fromOtherArticles.append([false])
            toldAlike.append([:])
            innermost.append(candidate.days ?? 0...0)
            conflicts.append([])
        }
        return (groups, conflicts)
    }

    /// Everything the matcher reads of a candidate: two candidates with one key get one answer.
    private struct SamenessKey: Hashable {
        let date: String
        let start: Int?
        let end: Int?
        let modifier: String
        let kind: EventKind
        let principal: String?
        let actors: [String]
        let namedDay: String?
        let text: String

        init(_ c: EventCandidate) {
            date = c.date.value
            start = c.date.start?.serial
            end = c.date.end?.serial
            modifier = c.date.modifier.map { "\($0)" } ?? ""
            kind = c.kind
            principal = c.principal
            actors = c.actors
            namedDay = c.namedDay
            text = c.text
        }
    }

    /// Timeline order: by start, then end, then id; events alike in all three keep the order of their
    /// groups, so the suffixes that make their ids unique fall the same way on every build.
    static func precedes(_ a: Event, group ga: Int, _ b: Event, group gb: Int) -> Bool {
        let sa = a.startSerial, sb = b.startSerial
        if sa != sb { return sa < sb }
        let ea = a.endSerial, eb = b.endSerial
        if ea != eb { return ea < eb }
        if a.id != b.id { return a.id < b.id }
        return ga < gb
    }

    /// `events` (in group order) in timeline order.
    static func timelineOrder(_ events: [Event]) -> [Event] {
        // Sorted through integer keys and indices: comparing and moving whole events is much slower.
        struct SortKey { var start: Int, end: Int, index: Int }
        var keys = events.indices.map { SortKey(start: events[$0].startSerial, end: events[$0].endSerial, index: $0) }
        keys.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            return precedes(events[a.index], group: a.index, events[b.index], group: b.index)
        }
        return keys.map { events[$0.index] }
    }

    private func score(_ group: [EventCandidate], _ candidate: EventCandidate) -> Double {
        group.map { EventMatcher.similarity($0.words, candidate.words) }.max() ?? 0
    }

    private func event(from members: [EventCandidate], conflicts: [EventCandidate]) -> Event {
        // The finest date that lies within all the others sets the event's date.
        let better = { (a: EventCandidate, b: EventCandidate) -> Bool in
            if a.date.precision.rank != b.date.precision.rank { return a.date.precision.rank < b.date.precision.rank }
            // A headline headed by a known actor ("Taiwan elects Lai Ching-te") tells the event better than
            // one about something else ("The call comes days after Taiwan's election").
            if (a.principal == nil) != (b.principal == nil) { return a.principal != nil }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return EventMerger.candidateOrder(a, b)
        }
        let primary = members.min(by: better)!
        // A quotation may date the event best ("'Met ... Wang Yi in Astana this morning,' Mr. Jaishankar
        // posted"), but a sentence of the reporter's own titles it ("Jaishankar met Wang Yi in Astana").
        let titled = members.filter { !EventMerger.opensWithQuotation($0.title) }.min(by: better) ?? primary
        var actors: [String] = []
        for member in [primary] + members { for actor in member.actors where !actors.contains(actor) { actors.append(actor) } }
        let sources = members.sorted(by: EventMerger.candidateOrder).map(EventMerger.source)
        let status: EventStatus = members.allSatisfy { $0.status == .scheduled } ? .scheduled : .happened
        let sourceName = titled.article.source ?? titled.article.title
        let summary = "\(MarkdownText.escaped(titled.text)) (*\(MarkdownText.escaped(sourceName))*)"
        let confidence = min(1, (members.map(\.confidence).max() ?? 0) + 0.05 * Double(Set(members.map(\.article.id)).count - 1))
        var date = primary.date
        if members.count > 1, members.contains(where: { $0.date.precision != primary.date.precision }) {
            date.basis = Basis(date.basis.kind, date.basis.note + "; the most precise of \(members.count) sources")
        }
        return Event(id: Slug.make(date.value + " " + titled.title), date: date, title: titled.title, summary: summary,
                     actors: actors, kind: titled.kind, status: status, sources: sources,
                     confidence: (confidence * 100).rounded() / 100, conflicts: conflicts.map(EventMerger.source))
    }

    static func opensWithQuotation(_ title: String) -> Bool {
        title.hasPrefix("\"") || title.hasPrefix("“") || title.hasPrefix("'") || title.hasPrefix("‘")
    }

    static func source(_ c: EventCandidate) -> SourceRef {
        SourceRef(article: c.article.id, range: c.sentence, quote: c.text, phrase: c.timex.text, date: c.date)
    }

    /// `candidateOrder` through integer keys: article ids ranked once, so no string is compared per step.
    static func sorted(_ candidates: [EventCandidate]) -> [EventCandidate] {
        // Articles ranked by id once; candidates share their ArticleRef, so lookups hash pointers, not strings.
        var rank: [ObjectIdentifier: Int] = [:]
        var distinct: [ArticleRef] = []
        for c in candidates where rank[ObjectIdentifier(c.article)] == nil {
            rank[ObjectIdentifier(c.article)] = 0
            distinct.append(c.article)
        }
        let idRank = Dictionary(uniqueKeysWithValues: Set(distinct.map(\.id)).sorted().enumerated().map { ($1, $0) })
        for article in distinct { rank[ObjectIdentifier(article)] = idRank[article.id]! }
        struct Key { var day: Int, article: Int, offset: Int, index: Int }
        var keys = candidates.indices.map { i in
            Key(day: candidates[i].date.start!.serial, article: rank[ObjectIdentifier(candidates[i].article)]!,
                offset: candidates[i].sentence.lowerBound, index: i)
        }
        keys.sort { a, b in
            if a.day != b.day { return a.day < b.day }
            if a.article != b.article { return a.article < b.article }
            if a.offset != b.offset { return a.offset < b.offset }
            return a.index < b.index
        }
        return keys.map { candidates[$0.index] }
    }

    static func candidateOrder(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        let sa = a.date.start!, sb = b.date.start!
        if sa != sb { return sa < sb }
        if a.article.id != b.article.id { return a.article.id < b.article.id }
        return a.sentence.lowerBound < b.sentence.lowerBound
    }

    /// Ids made unique in timeline order: the second event with an id gets "-2", the third "-3".
    static func assignUniqueIDs(_ events: inout [Event]) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(events.count)
        for i in events.indices {
            let base = events[i].id
            let n = (seen[base] ?? 0) + 1
            seen[base] = n
            if n > 1 { events[i].id = "\(base)-\(n)" }
        }
    }
}

/// Article text placed in Markdown: characters that would become Markdown syntax are escaped.
public enum MarkdownText {
    public static func escaped(_ text: String) -> String {
        // Bytes, not scalars: every special character is ASCII, and UTF-8 continuation bytes never are.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "!"):
                out.append(UInt8(ascii: "\\"))
            default: break
            }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
