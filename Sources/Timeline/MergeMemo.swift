import Articles
import Chronology

/// What the preview's previous merge made, so that the next one patches it instead of starting over:
/// after an edit to one article, only that article's sentences are sorted, only groups that gained or
/// lost a sentence make their event again, and the timeline order and unique ids are patched from the
/// previous build's. The result is exactly a fresh merge's (`IncrementalMergeTests`).
///
/// Candidates of unchanged articles are the same objects across builds (the preview caches readings;
/// one extraction makes one `ArticleRef` shared by all its candidates), so an article is known by its
/// reference and a group by its first sentence, confirmed member by member. Holding the candidates
/// keeps them alive, so a new object can never take the address of a remembered one.
public final class MergeMemo: @unchecked Sendable {
    public init() {}

    // MARK: Sentence order

    /// The previous build's sentences in merge order, and the articles they came from.
    private var orderedCandidates: [EventCandidate] = []
    private var articles: Set<ObjectIdentifier> = []

    /// `candidates` (each article's) in `EventMerger.sorted` order: the previous order without
    /// the articles that are gone, merged with the sorted sentences of the articles that are new.
    func ordered(_ candidates: [[EventCandidate]]) -> [EventCandidate] {
        // One extraction, one ArticleRef: an article's first sentence tells whether all of them are new.
        var live: Set<ObjectIdentifier> = []
        var fresh: [EventCandidate] = []
        for list in candidates {
            guard let article = list.first?.article else { continue }
            if live.insert(ObjectIdentifier(article)).inserted && !articles.contains(ObjectIdentifier(article)) { fresh += list }
        }
        let gone = articles.subtracting(live)
        if !gone.isEmpty { orderedCandidates.removeAll { gone.contains(ObjectIdentifier($0.article)) } }
        // Sentences of different articles never tie, so inserting the new ones in order gives the full order.
        MergeMemo.insert(EventMerger.sorted(fresh), into: &orderedCandidates, by: EventMerger.candidateOrder)
        articles = live
        return orderedCandidates
    }

    /// Inserts sorted `items` into sorted `list`: one by one after a binary search when they are few
    /// (an edit), by merging the two lists when they are many (the first build).
    static func insert<T>(_ items: [T], into list: inout [T], by precedes: (T, T) -> Bool) {
        guard items.count <= 64 else {
            var result: [T] = []
            result.reserveCapacity(list.count + items.count)
            var i = 0, j = 0
            while i < list.count, j < items.count {
                if precedes(items[j], list[i]) { result.append(items[j]); j += 1 } else { result.append(list[i]); i += 1 }
            }
            result += list[i...]
            result += items[j...]
            list = result
            return
        }
        var low = 0
        for item in items {
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(item, list[middle]) { high = middle } else { low = middle + 1 }
            }
            list.insert(item, at: low)
            low += 1
        }
    }

    // MARK: Events

    /// A group's members and conflicts as last merged, the event made from them (before its id is
    /// made unique), and the number of that id in `numberOfID`, so ids are counted without hashing.
    /// Kept in parallel arrays by slot: reading one field does not copy (and retain) the others.
    /// A group keeps its slot while it lives, so the previous timeline order is kept as slot numbers.
    private var members: [[EventCandidate]] = []
    private var conflicts: [[EventCandidate]] = []
    private var madeEvents: [Event?] = []
    private var idNumbers: [Int] = []
    /// The event renamed with a suffix ("-2") in the previous build, and the suffix: most keep theirs.
    private var renamed: [(suffix: Int, event: Event?)] = []
    private var freeSlots: [Int] = []
    private var slotByFirstMember: [ObjectIdentifier: Int] = [:]
    /// The previous build's events in timeline order, as slots.
    private var order: [Int] = []
    private var numberOfID: [String: Int] = [:]
    /// The counts of the events in `order`, patched as events come and go.
    private(set) var tally = EventTally()

    private func matches(_ slot: Int, _ members: [EventCandidate], _ conflicts: [EventCandidate]) -> Bool {
        members.count == self.members[slot].count && conflicts.count == self.conflicts[slot].count
            && zip(members, self.members[slot]).allSatisfy { $0 === $1 } && zip(conflicts, self.conflicts[slot]).allSatisfy { $0 === $1 }
    }

    /// The timeline's events from this build's groups, in timeline order with unique ids: what
    /// `EventMerger` makes without a memo.
    func events(groups: [[EventCandidate]], conflicts: [[EventCandidate]],
                make: ([EventCandidate], [EventCandidate]) -> Event) -> [Event] {
        // The group each kept slot is this time, for ties in timeline order.
        var groupOfSlot = [Int](repeating: -1, count: madeEvents.count)
        var changed: [Int] = []
        for g in groups.indices {
            if let slot = slotByFirstMember[ObjectIdentifier(groups[g][0])], matches(slot, groups[g], conflicts[g]) {
                groupOfSlot[slot] = g
            } else {
                changed.append(g)
            }
        }
        // Groups that are gone, or changed, leave their slots before the changed ones take theirs.
        order.removeAll { slot in
            guard groupOfSlot[slot] < 0 else { return false }
            let first = ObjectIdentifier(members[slot][0])
            if slotByFirstMember[first] == slot { slotByFirstMember[first] = nil }
            tally.remove(madeEvents[slot]!)
            members[slot] = []
            self.conflicts[slot] = []
            madeEvents[slot] = nil
            renamed[slot] = (0, nil)
            freeSlots.append(slot)
            return true
        }
        var added: [(slot: Int, group: Int)] = []
        for g in changed {
            let event = make(groups[g], conflicts[g])
            let slot: Int
            if let free = freeSlots.popLast() {
                slot = free
            } else {
                slot = madeEvents.count
                members.append([])
                self.conflicts.append([])
                madeEvents.append(nil)
                idNumbers.append(0)
                renamed.append((0, nil))
                groupOfSlot.append(-1)
            }
            members[slot] = groups[g]
            self.conflicts[slot] = conflicts[g]
            madeEvents[slot] = event
            tally.add(event)
            idNumbers[slot] = idNumber(event.id)
            renamed[slot] = (0, nil)
            slotByFirstMember[ObjectIdentifier(groups[g][0])] = slot
            groupOfSlot[slot] = g
            added.append((slot, g))
        }
        let events = madeEvents
        added.sort { EventMerger.precedes(events[$0.slot]!, group: $0.group, events[$1.slot]!, group: $1.group) }
        MergeMemo.insert(added.map(\.slot), into: &order) { a, b in
            EventMerger.precedes(events[a]!, group: groupOfSlot[a], events[b]!, group: groupOfSlot[b])
        }
        compactIdNumbersIfSparse()
        return uniquelyNamedEvents()
    }

    private func idNumber(_ id: String) -> Int {
        if let known = numberOfID[id] { return known }
        numberOfID[id] = numberOfID.count
        return numberOfID.count - 1
    }

    /// The events in `order`, ids made unique as `EventMerger.assignUniqueIDs` does.
    private func uniquelyNamedEvents() -> [Event] {
        var seen = [Int](repeating: 0, count: numberOfID.count)
        var events: [Event] = []
        events.reserveCapacity(order.count)
        for slot in order {
            let number = idNumbers[slot]
            seen[number] += 1
            let suffix = seen[number]
            if suffix == 1 {
                events.append(madeEvents[slot]!)
            } else if renamed[slot].suffix == suffix {
                events.append(renamed[slot].event!)
            } else {
                var event = madeEvents[slot]!
                event.id = "\(event.id)-\(suffix)"
                renamed[slot] = (suffix, event)
                events.append(event)
            }
        }
        return events
    }

    /// Ids of events that are gone keep their numbers until they outnumber the living.
    private func compactIdNumbersIfSparse() {
        guard numberOfID.count > 2 * order.count + 1024 else { return }
        numberOfID = [:]
        for slot in order { idNumbers[slot] = idNumber(madeEvents[slot]!.id) }
    }

    // MARK: Year corrections

    /// An undated article read again with its corrected year, by the identity of its first reading
    /// (unchanged while the article is) and the corrected date: the preview need not extract it again.
    private struct Correction {
        var original: [EventCandidate]
        var reference: DateValue
        var reading: ([TimeExpression], [EventCandidate])
    }

    private var corrections: [ObjectIdentifier: Correction] = [:]
    private var usedCorrections: Set<ObjectIdentifier> = []

    func corrected(_ original: [EventCandidate], reference: DateValue,
                   extract: () -> ([TimeExpression], [EventCandidate])) -> ([TimeExpression], [EventCandidate]) {
        guard let first = original.first else { return extract() }
        let key = ObjectIdentifier(first)
        usedCorrections.insert(key)
        if let known = corrections[key], known.reference == reference, known.original.count == original.count,
           zip(known.original, original).allSatisfy({ $0 === $1 }) {
            return known.reading
        }
        let reading = extract()
        corrections[key] = Correction(original: original, reference: reference, reading: reading)
        return reading
    }

    /// Keeps only the corrections this build used, so the memo never outgrows the timeline.
    func finishCorrections() {
        corrections = corrections.filter { usedCorrections.contains($0.key) }
        usedCorrections = []
    }
}
