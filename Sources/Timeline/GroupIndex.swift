import Chronology

/// Finds the merge groups a sentence could join without comparing it to every group. A group is filed
/// under what any two of its sentences must share to tell one happening (see `EventMatcher.sameHappening`):
/// a person, or two states, by the months (or years) their dates cover; a single state only with the
/// exact first day (one state acting on one day, or a near-verbatim repost of one date); a sentence naming
/// nobody under a sketch of its wording. A day-dated sentence meets only the groups that could take it,
/// which keeps merging linear rather than quadratic in a busy state's month.
struct GroupIndex {
    private enum Level: Int8 {
        /// Dates of up to three months, filed under each month.
        case month
        /// Dates of up to three years, filed under each year.
        case year
        /// Longer spans ("from 1910 to 1945"), filed once per actor.
        case wide
        /// A single state's sentences: those dated to the day by that day, those naming no person by
        /// their date's value (an inferred year may cover part of the year only).
        case day
        case value
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
    private var lastFiled: (candidate: ObjectIdentifier, numbers: (byDates: [Int], singleStates: [Int]))?

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
        let filing = filingNumbers(c)
        for actor in filing.byDates {
            for slot in slots { file(group, under: Key(actor: actor, level: level, slot: slot)) }
        }
        for key in GroupIndex.singleStateKeys(c, states: filing.singleStates, start: start) { file(group, under: key) }
        if let principal = c.principal, matcher.isPerson(principal), c.date.precision.rank <= Precision.month.rank {
            let key = PersonYear(person: number(principal), year: start.year)
            if byPersonYear[key]?.last != group { byPersonYear[key, default: []].append(group) }
        }
    }

    /// Where two sentences sharing one state and no person can meet: one state acting on one day, or a
    /// near-verbatim sentence with the same date and no person in either.
    private static func singleStateKeys(_ c: EventCandidate, states: [Int], start: Day) -> [Key] {
        var keys: [Key] = []
        // The repost must have the same names and figures too, and six content words at least.
        let repost = Int(truncatingIfNeeded: ContentWords.hash(c.date.value) ^ c.namesAndFigures &* 31)
        for state in states {
            if c.date.precision.rank <= Precision.day.rank { keys.append(Key(actor: state, level: .day, slot: start.serial)) }
            if c.people.isEmpty, c.words.count >= 6 { keys.append(Key(actor: state, level: .value, slot: repost)) }
        }
        return keys
    }

    private mutating func file(_ group: Int, under key: Key) {
        if buckets[key]?.last != group { buckets[key, default: []].append(group) }
    }

    /// Groups that could take `c`: filed under one of its numbers with a date overlapping c's, in creation
    /// order so ties resolve the same way on every run. Dates that can share a happening nest, so they
    /// overlap: nothing a group could take is missed.
    mutating func groups(overlapping c: EventCandidate) -> [Int] {
        guard let start = c.date.start, let end = c.date.end else { return [] }
        let months = GroupIndex.months(start, end)
        let filing = filingNumbers(c)
        var found: [Int] = []
        for actor in filing.byDates {
            for month in months { found += buckets[Key(actor: actor, level: .month, slot: month)] ?? [] }
            for year in start.year...end.year { found += buckets[Key(actor: actor, level: .year, slot: year)] ?? [] }
            found += buckets[Key(actor: actor, level: .wide, slot: 0)] ?? []
        }
        for key in GroupIndex.singleStateKeys(c, states: filing.singleStates, start: start) { found += buckets[key] ?? [] }
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

    /// The numbers a sentence is filed under. `byDates`: its people, every pair of its states, or for a
    /// sentence naming no actor ("The two sides agreed in Bali") negative numbers made of what a
    /// near-verbatim sentence must share with it: the exact date, the names and figures, and one of its
    /// two smallest word hashes (one bucket for every unnamed sentence of a month made merging quadratic).
    /// `singleStates`: its states, each alone (see `singleStateKeys`). An organization alone tells no
    /// happening two sentences share.
    private mutating func filingNumbers(_ c: EventCandidate) -> (byDates: [Int], singleStates: [Int]) {
        // A sentence is looked up, then filed: the numbers are worked out once for both.
        if let last = lastFiled, last.candidate == ObjectIdentifier(c) { return last.numbers }
        let numbers = computeFilingNumbers(c)
        lastFiled = (ObjectIdentifier(c), numbers)
        return numbers
    }

    private mutating func computeFilingNumbers(_ c: EventCandidate) -> (byDates: [Int], singleStates: [Int]) {
        guard c.actors.isEmpty else {
            let states = c.states.map { number($0) }.sorted()
            var byDates = c.people.map { number($0) }
            for (i, a) in states.enumerated() {
                for b in states[(i + 1)...] where a != b { byDates.append(GroupIndex.pairNumber(a, b)) }
            }
            return (byDates, states)
        }
        // With no actor, only a near-verbatim sentence of six content words or more can tell the same.
        guard c.words.count >= 6 else { return ([], []) }
        let date = ContentWords.hash(c.date.value)
        let unnamed = c.words.smallest(2).map { word in
            let key = (date ^ c.namesAndFigures &* 31 ^ word &* 0x9E37_79B9_7F4A_7C15) & 0x3FFF_FFFF_FFFF_FFFF
            return -1 - Int(key)
        }
        return (unnamed, [])
    }

    /// Two states' numbers as one, above every single actor's number (numbers count the actors seen).
    private static func pairNumber(_ a: Int, _ b: Int) -> Int {
        (1 << 42) | (a << 21) | b
    }

    private static func uniqueSorted(_ numbers: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(numbers.count)
        for n in numbers.sorted() where result.last != n { result.append(n) }
        return result
    }
}
