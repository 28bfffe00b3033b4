import Articles
import Chronology
import Foundation

/// Merges candidates that tell the same happening into one event with every source; the most precise
/// consistent source sets the date, and sources whose dates disagree are kept as conflicts.
struct EventMerger {
    let matcher: EventMatcher
    var memo: MergeMemo?

    func merge(_ candidates: [EventCandidate]) -> [Event] {
        let ordered = EventMerger.sorted(candidates)
        var groups: [[EventCandidate]] = []
        var conflicts: [[EventCandidate]] = []
        var index = GroupIndex(matcher: matcher)
        for candidate in ordered {
            // Only groups sharing an actor on an overlapping date can take the sentence.
            let compatibleGroups = index.groups(overlapping: candidate).filter { g in
                groups[g].allSatisfy { matcher.canShareDate($0, candidate) } && groups[g].contains { matcher.sameHappening($0, candidate) }
            }
            // Join the group that matches best, not merely the first that matches.
            if let best = compatibleGroups.max(by: { score(groups[$0], candidate) < score(groups[$1], candidate) }) {
                groups[best].append(candidate)
                index.add(candidate, group: best)
                continue
            }
            // Same happening, other date: both precise enough to disagree. Keep and show it.
            if candidate.date.precision.rank <= Precision.month.rank,
               let g = index.groups(conflictingWith: candidate).first(where: { g in
                   groups[g].contains { $0.date.precision.rank <= Precision.month.rank && $0.article.id != candidate.article.id
                       && matcher.conflicting($0, candidate) }
               }) {
                conflicts[g].append(candidate)
                continue
            }
            index.add(candidate, group: groups.count)
            groups.append([candidate])
            conflicts.append([])
        }
        var events = zip(groups, conflicts).map { members, conflicts in
            memo?.event(members: members, conflicts: conflicts) { event(from: members, conflicts: conflicts) }
                ?? event(from: members, conflicts: conflicts)
        }
        memo?.finishBuild()
        // Sorted through integer keys and indices: comparing and moving whole events is much slower.
        let keys = events.map { (start: $0.date.start!.serial, end: $0.date.end!.serial) }
        let order = events.indices.sorted { i, j in
            if keys[i].start != keys[j].start { return keys[i].start < keys[j].start }
            if keys[i].end != keys[j].end { return keys[i].end < keys[j].end }
            return events[i].id < events[j].id
        }
        events = order.map { events[$0] }
        EventMerger.assignUniqueIDs(&events)
        return events
    }

    private func score(_ group: [EventCandidate], _ candidate: EventCandidate) -> Double {
        group.map { EventMatcher.similarity($0.words, candidate.words) }.max() ?? 0
    }

    private func event(from members: [EventCandidate], conflicts: [EventCandidate]) -> Event {
        // The finest date that lies within all the others sets the event's date.
        let primary = members.min { a, b in
            if a.date.precision.rank != b.date.precision.rank { return a.date.precision.rank < b.date.precision.rank }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return EventMerger.candidateOrder(a, b)
        }!
        var actors: [String] = []
        for member in [primary] + members { for actor in member.actors where !actors.contains(actor) { actors.append(actor) } }
        let sources = members.sorted(by: EventMerger.candidateOrder).map(EventMerger.source)
        let status: EventStatus = members.allSatisfy { $0.status == .scheduled } ? .scheduled : .happened
        let sourceName = primary.article.source ?? primary.article.title
        let summary = "\(MarkdownText.escaped(primary.text)) (*\(MarkdownText.escaped(sourceName))*)"
        let confidence = min(1, (members.map(\.confidence).max() ?? 0) + 0.05 * Double(Set(members.map(\.article.id)).count - 1))
        var date = primary.date
        if members.count > 1, members.contains(where: { $0.date.precision != primary.date.precision }) {
            date.basis = Basis(date.basis.kind, date.basis.note + "; the most precise of \(members.count) sources")
        }
        return Event(id: Slug.make(date.value + " " + primary.title), date: date, title: primary.title, summary: summary,
                     actors: actors, kind: primary.kind, status: status, sources: sources,
                     confidence: (confidence * 100).rounded() / 100, conflicts: conflicts.map(EventMerger.source))
    }

    static func source(_ c: EventCandidate) -> SourceRef {
        SourceRef(article: c.article.id, range: c.sentence, quote: c.text, phrase: c.timex.text, date: c.date)
    }

    /// `candidateOrder` through integer keys: article ids ranked once, so no string is compared per step.
    static func sorted(_ candidates: [EventCandidate]) -> [EventCandidate] {
        let articleIDs = Set(candidates.map(\.article.id)).sorted()
        let rank = Dictionary(uniqueKeysWithValues: articleIDs.enumerated().map { ($1, $0) })
        let keys = candidates.map { (day: $0.date.start!.serial, article: rank[$0.article.id]!, offset: $0.sentence.lowerBound) }
        return candidates.indices.sorted { keys[$0] < keys[$1] }.map { candidates[$0] }
    }

    static func candidateOrder(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        let sa = a.date.start!, sb = b.date.start!
        if sa != sb { return sa < sb }
        if a.article.id != b.article.id { return a.article.id < b.article.id }
        return a.sentence.lowerBound < b.sentence.lowerBound
    }

    static func assignUniqueIDs(_ events: inout [Event]) {
        var seen: [String: Int] = [:]
        for i in events.indices {
            let base = events[i].id
            let n = (seen[base] ?? 0) + 1
            seen[base] = n
            if n > 1 { events[i].id = "\(base)-\(n)" }
        }
    }
}

/// Events made in the previous build, by the identity of the sentences they merge. The preview keeps
/// one across rebuilds: after an edit, only groups that gained or lost a sentence are made again.
/// Candidates of unchanged articles share their `ArticleRef` objects across builds, so identity is stable.
public final class MergeMemo: @unchecked Sendable {
    /// The sentences of a group and of its conflicts. Holding the `ArticleRef`s keeps them alive, so a
    /// new article's object can never take the address of one a remembered key names.
    private struct Key: Hashable {
        var articles: [ArticleRef]
        var offsets: [Int]

        static func == (a: Key, b: Key) -> Bool {
            a.offsets == b.offsets && a.articles.count == b.articles.count && zip(a.articles, b.articles).allSatisfy { $0 === $1 }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(offsets)
            for article in articles { hasher.combine(ObjectIdentifier(article)) }
        }
    }

    private var previous: [Key: Event] = [:]
    private var current: [Key: Event] = [:]

    public init() {}

    func event(members: [EventCandidate], conflicts: [EventCandidate], make: () -> Event) -> Event {
        let key = Key(articles: (members + conflicts).map(\.article),
                      offsets: members.map(\.sentence.lowerBound) + [-1] + conflicts.map(\.sentence.lowerBound))
        if current.isEmpty { current.reserveCapacity(previous.count) }
        let event = previous[key] ?? make()
        current[key] = event
        return event
    }

    /// Keeps only what this build used, so the memo never outgrows the timeline.
    func finishBuild() {
        BackgroundRelease.release(&previous, leaving: current)
        current = [:]
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
