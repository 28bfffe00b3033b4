import Chronology

/// Finds the merge groups a sentence could join without comparing it to every group: groups are filed
/// by actor and by the months (or years) their sentences' dates cover, so a day-dated sentence meets
/// only the groups of its actors in its own month, plus the coarser ones that contain it. Buckets stay
/// small as the corpus grows, which keeps merging linear rather than quadratic per actor.
struct GroupIndex {
    private enum Level: Int8 {
        /// Dates of up to three months, filed under each month.
        case month
        /// Dates of up to three years, filed under each year.
        case year
        /// Longer spans ("from 1910 to 1945"), filed once per actor.
        case wide
    }

    private struct Key: Hashable {
        var actor: Int
        var level: Level
        var slot: Int
    }

    /// Conflicts are told by one person: filed by the principal and the year.
    private struct PersonYear: Hashable {
        var person: Int
        var year: Int
    }

    let matcher: EventMatcher
    private var buckets: [Key: [Int]] = [:]
    private var byPersonYear: [PersonYear: [Int]] = [:]
    /// Actor names as small integers: hashing an integer pair is far cheaper than a string.
    private var actorNumbers: [String: Int] = [:]

    init(matcher: EventMatcher) {
        self.matcher = matcher
    }

    private mutating func number(_ actor: String) -> Int {
        if let known = actorNumbers[actor] { return known }
        actorNumbers[actor] = actorNumbers.count
        return actorNumbers.count - 1
    }

    private static func months(_ start: Day, _ end: Day) -> ClosedRange<Int> {
        (start.year * 12 + start.month - 1)...(end.year * 12 + end.month - 1)
    }

    /// Where a sentence's date is filed: the finest level at which it covers at most three slots.
    private static func slots(_ start: Day, _ end: Day) -> (Level, ClosedRange<Int>) {
        let months = months(start, end)
        if months.count <= 3 { return (.month, months) }
        if end.year - start.year < 3 { return (.year, start.year...end.year) }
        return (.wide, 0...0)
    }

    mutating func add(_ c: EventCandidate, group: Int) {
        guard let start = c.date.start, let end = c.date.end else { return }
        let (level, slots) = GroupIndex.slots(start, end)
        for actor in filingNumbers(c) {
            for slot in slots {
                let key = Key(actor: actor, level: level, slot: slot)
                if buckets[key]?.last != group { buckets[key, default: []].append(group) }
            }
        }
        if let principal = c.principal, matcher.isPerson(principal), c.date.precision.rank <= Precision.month.rank {
            let key = PersonYear(person: number(principal), year: start.year)
            if byPersonYear[key]?.last != group { byPersonYear[key, default: []].append(group) }
        }
    }

    /// Groups with a sentence that shares an actor with `c` and whose date overlaps c's, in creation
    /// order so ties resolve the same way on every run. Dates that can share a happening nest, so
    /// they overlap: nothing a group could take is missed.
    mutating func groups(overlapping c: EventCandidate) -> [Int] {
        guard let start = c.date.start, let end = c.date.end else { return [] }
        let months = GroupIndex.months(start, end)
        var found: [Int] = []
        for actor in filingNumbers(c) {
            for month in months { found += buckets[Key(actor: actor, level: .month, slot: month)] ?? [] }
            for year in start.year...end.year { found += buckets[Key(actor: actor, level: .year, slot: year)] ?? [] }
            found += buckets[Key(actor: actor, level: .wide, slot: 0)] ?? []
        }
        return GroupIndex.uniqueSorted(found)
    }

    /// Groups where the same person tells a month- or day-dated happening within a year of `c`'s date.
    mutating func groups(conflictingWith c: EventCandidate) -> [Int] {
        guard let start = c.date.start, let end = c.date.end, let principal = c.principal, matcher.isPerson(principal) else { return [] }
        let person = number(principal)
        var found: [Int] = []
        for year in (start.year - 1)...(end.year + 1) { found += byPersonYear[PersonYear(person: person, year: year)] ?? [] }
        return GroupIndex.uniqueSorted(found)
    }

    /// The numbers a sentence is filed under: its actors', or for a sentence naming none ("The two sides
    /// agreed in Bali") negative numbers made of what a near-verbatim sentence must share with it: the
    /// exact date, the names and figures, and one of its two smallest word hashes. One bucket for every
    /// unnamed sentence of a month (or of a date, in a large corpus) made merging quadratic.
    private mutating func filingNumbers(_ c: EventCandidate) -> [Int] {
        guard c.actors.isEmpty else { return c.actors.map { number($0) } }
        let date = ContentWords.hash(c.date.value)
        return c.words.smallest(2).map { word in
            let key = (date ^ c.namesAndFigures &* 31 ^ word &* 0x9E37_79B9_7F4A_7C15) & 0x3FFF_FFFF_FFFF_FFFF
            return -1 - Int(key)
        }
    }

    private static func uniqueSorted(_ numbers: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(numbers.count)
        for n in numbers.sorted() where result.last != n { result.append(n) }
        return result
    }
}
