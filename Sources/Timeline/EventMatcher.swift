import Chronology

/// Decides whether two sentences tell the same happening: shared people (or several shared states, or
/// one state or none on the same date with mostly the same words), shared wording, compatible kinds.
struct EventMatcher {
    let gazetteer: Gazetteer

    static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "this", "is",
        "are", "was", "were", "be", "been", "it", "its", "as", "his", "her", "their", "he", "she", "they", "said",
        "says", "would", "will", "has", "have", "had", "not", "but", "if", "there", "also", "which", "who", "into",
        "than", "then", "so", "such", "any", "all", "can", "could", "may", "more", "most", "about", "over", "after",
    ]

    /// Stems that mean the same in news of diplomacy, and capitals that stand for their states.
    static let synonyms: [String: [String]] = [
        "acknowledg": ["admitt"], "confess": ["admitt"], "kidnapp": ["abduct"], "kidnap": ["abduct"], "travel": ["visit"],
        "test-fir": ["fir"], "launch": ["fir"], "pyongyang": ["north", "korea"], "seoul": ["south", "korea"], "tokyo": ["japan"],
        "beijing": ["china"], "moscow": ["russia"], "kyiv": ["ukraine"], "tehran": ["iran"], "dprk": ["north", "korea"],
    ]

    /// Content words, crudely stemmed so "statement" and "statements" meet.
    static func contentWords(_ text: String) -> ContentWords {
        var words: [String] = []
        for raw in FastText.words(text, lowercase: true, where: FastText.isLetter) {
            var w = raw
            guard w.unicodeScalars.count > 2, !stopWords.contains(w) else { continue }
            for suffix in ["ing", "ed", "es", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
                w.removeLast(suffix.count)
                break
            }
            // Outlets word one happening differently: "admitted"/"acknowledged", "abducted"/"kidnapped",
            // "Pyongyang"/"North Korea".
            if let same = synonyms[w] {
                words += same
                continue
            }
            words.append(w)
        }
        return ContentWords(words)
    }

    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(contentWords(a), contentWords(b))
    }

    static func similarity(_ x: ContentWords, _ y: ContentWords) -> Double {
        ContentWords.similarity(x, y)
    }

    /// True when the two sentences describe one happening (dates are checked by the caller).
    func sameHappening(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.kind == b.kind || a.kind == .statement || b.kind == .statement || a.kind == .other || b.kind == .other else { return false }
        // When both sentences are headed by a person, it must be the same person: "Kim Jong-un's sister
        // Yo-jong said" is Kim Yo Jong's statement, not Kim Jong Un's. A meeting is told from either side:
        // "Blinken met Wang Yi" and "Wang Yi held talks with Blinken", each naming the other.
        if let p = a.principal, let q = b.principal, p != q, isPerson(p), isPerson(q),
           !(a.kind == .meeting && b.kind == .meeting && a.people.contains(q) && b.people.contains(p)) { return false }
        // One person with two counterparts: "Blinken met Chinese Foreign Minister Wang Yi" and "Blinken spoke
        // with Indian External Affairs Minister Jaishankar" are two meetings, whatever the shared words.
        if let p = a.principal, p == b.principal, isPerson(p), namesAnOtherCounterpart(a, than: b), namesAnOtherCounterpart(b, than: a) {
            return false
        }
        // "Modi met the Prime Minister of the United Kingdom" and "Ali hosted Modi for a State Visit to Guyana": the
        // person both name meets another state in each, however the headlines are headed.
        if a.kind == .meeting, b.kind == .meeting, meetsOtherStates(a, b) { return false }
        // "Macron, Scholz and Tusk met in Paris" and "... in Brussels": two meetings, whatever the dates say.
        if differentPlaces(a, b) { return false }
        // "Michel and von der Leyen met Xi on Thursday" and, further down, "Michel and von der Leyen will meet
        // Premier Li in the afternoon": one story telling one thing as done and another as to come, each with
        // someone the other does not name, tells two. ("The three diplomats are likely to raise concerns" and
        // "Kim Gunn said at the talks" can be the plan and its happening.)
        if a.article === b.article, a.status != b.status, a.people.contains(where: { !b.people.contains($0) }),
           b.people.contains(where: { !a.people.contains($0) }) {
            return false
        }
        if a.people.contains(where: b.people.contains) {
            if a.namedDay != nil && a.namedDay == b.namedDay { return true }
            // One story names its person in most of its sentences: two of them in the same week are two
            // happenings ("declined to give a timetable", "appeared in court") unless worded alike, and what
            // one sentence tells as done the other cannot tell as to come. Two people met again on that date
            // ("S. Jaishankar met Wang Yi ... on Thursday", "Met ... Wang Yi in Astana this morning") are one
            // happening; other outlets word one happening their own way.
            if a.article === b.article, a.people.lazy.filter(b.people.contains).count < 2 {
                return a.status == b.status && EventMatcher.similarity(a.words, b.words) >= 0.25
            }
            return EventMatcher.similarity(a.words, b.words) >= 0.08
        }
        let sharedStates = a.states.lazy.filter(b.states.contains).count
        // "Park Jin met with his Japanese counterpart, Yoshimasa Hayashi, in Tokyo on July 18" and "The foreign
        // ministers of South Korea and Japan met in Tokyo on Monday": a meeting of the same states on the same day,
        // one telling who met and the other naming no one, is one meeting, however differently worded.
        if sharedStates >= 2, a.kind == .meeting, b.kind == .meeting, a.people.isEmpty != b.people.isEmpty,
           Set(a.states) == Set(b.states), a.date.precision == .day, b.date.precision == .day, a.date.start == b.date.start {
            return true
        }
        if sharedStates >= 2 { return EventMatcher.similarity(a.words, b.words) >= 0.25 }
        // One state acting on the same day in a kind of its own, told in much the same words by two outlets:
        // "North Korea fired a ballistic missile into the East Sea on Sunday" (Seoul's wire) and "... toward
        // the Sea of Japan on Sunday afternoon" (Tokyo's).
        if sharedStates == 1, let p = a.principal, p == b.principal, a.states.contains(p), a.kind == b.kind,
           a.kind != .other, a.kind != .statement, a.date.precision.rank <= Precision.day.rank, b.date.precision.rank <= Precision.day.rank,
           a.date.start == b.date.start {
            return EventMatcher.similarity(a.words, b.words) >= 0.3
        }
        // One state or no actor at all: the same date and nearly the same sentence, as when one wire story
        // is reposted word for word by another outlet.
        guard a.namesAndFigures == b.namesAndFigures, a.people.isEmpty, b.people.isEmpty, a.words.count >= 6, b.words.count >= 6,
              sharedStates == 1 || (a.actors.isEmpty && b.actors.isEmpty), a.date.value == b.date.value else { return false }
        // Names and figures must agree too: "a film set in Accra" and "a film set in Melbourne" are two
        // films, "$45.5 billion" and "$10.2 billion" two budgets.
        return EventMatcher.similarity(a.words, b.words) >= 0.85
    }

    /// The capitalized words after a sentence's first, and its numbers (what wording alone does not
    /// weigh), as one hash of the set: their sorted distinct FNV-1a hashes, folded.
    static func namesAndFigures(_ text: String) -> UInt64 {
        var hashes: [UInt64] = []
        for (index, word) in text.split(separator: " ").enumerated() {
            let scalars = word.unicodeScalars
            guard let first = scalars.firstIndex(where: FastText.isLetterOrDigit),
                  let last = scalars.lastIndex(where: FastText.isLetterOrDigit) else { continue }
            let core = scalars[first...last]
            let isFigure = core.contains(where: FastText.isDigit)
            guard isFigure || (index > 0 && FastText.isUppercase(core[core.startIndex])) else { continue }
            hashes.append(ContentWords.hash(bytes: Substring(core).utf8))
        }
        var folded: UInt64 = 0
        var previous: UInt64?
        for h in hashes.sorted() where h != previous {
            folded = (folded ^ h) &* 0x0000_0100_0000_01b3
            previous = h
        }
        return folded
    }

    func isPerson(_ name: String) -> Bool { gazetteer.entries[name]?.kind == .person }

    /// Both sentences name the city they happened in, and not the same one. A country is no such place:
    /// "talks in Israel" and "talks in Jerusalem" can be one meeting.
    private func differentPlaces(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard let p = a.place, let q = b.place, p != q else { return false }
        return gazetteer.entries[p]?.kind != .state && gazetteer.entries[q]?.kind != .state
    }

    private static let notPlaces: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "A", "An", "His", "Her", "Their", "Its",
        "English", "Spring", "Summer", "Autumn", "Winter", "Fall", "Christmas", "Easter",
    ]

    /// The capitalized name after the sentence's first "in" that names one: "Paris" in "met in Paris on
    /// Feb. 2", "The Hague" in "in The Hague", "New York" in "talks in New York". Read from the UTF-8
    /// bytes: every candidate of every article asks, and splitting the sentence into words cost more.
    static func place(in text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
            func isNameByte(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b >= 0x80 }
            var i = 0
            while i + 4 < bytes.count {
                defer { i += 1 }
                // " in " and a capital after it.
                guard bytes[i] == 32, bytes[i + 1] == 105, bytes[i + 2] == 110, bytes[i + 3] == 32, isUpper(bytes[i + 4]) else { continue }
                var words: [String] = []
                var k = i + 4
                while words.count < 3, k < bytes.count, isUpper(bytes[k]) {
                    let start = k
                    while k < bytes.count, isNameByte(bytes[k]) { k += 1 }
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self))
                    // "in Washington's view" names a view, not a place.
                    if (k < bytes.count && bytes[k] == 39) || words[words.count - 1].hasSuffix("’s") {
                        words = []
                        break
                    }
                    // A name goes on only across a plain space.
                    guard k + 1 < bytes.count, bytes[k] == 32 else { break }
                    k += 1
                }
                if words == ["The"] { continue }
                guard let first = words.first, !notPlaces.contains(first) else { continue }
                return words.joined(separator: " ")
            }
            return nil
        }
    }

    /// A person or a state `a` names, of a state `b` does not name at all: someone else's counterpart
    /// ("held talks with Putin" and "will travel to Austria"). A spokesperson of a state both name
    /// ("Miller said", "Kirby said") is no counterpart, nor is the principal's own state.
    /// A person both meetings name, each with one other state, not the same one (the person's own aside). (Not
    /// when either names more: "... in Brazil" and "... discussed Ukraine" may tell one meeting.)
    private func meetsOtherStates(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        a.people.contains { person in
            guard b.people.contains(person) else { return false }
            let own = gazetteer.entries[person]?.state
            let (x, y) = (Set(a.states.filter { $0 != own }), Set(b.states.filter { $0 != own }))
            return x.count == 1 && y.count == 1 && x != y
        }
    }

    private func namesAnOtherCounterpart(_ a: EventCandidate, than b: EventCandidate) -> Bool {
        let own = a.principal.flatMap { gazetteer.entries[$0]?.state }
        let otherPerson = a.people.contains { person in
            guard person != a.principal, !b.people.contains(person), let state = gazetteer.entries[person]?.state else { return false }
            return !b.states.contains(state)
        }
        return otherPerson || a.states.contains { $0 != own && !b.states.contains($0) }
    }

    /// Strong enough to call two differently dated sentences one happening told with conflicting dates.
    /// (A sentence with no date of its own is dated by its article: that says when it was told, not when it
    /// happened, so it contradicts no date.)
    /// (Dates further apart than a week, or a month for a month, tell another happening of the kind:
    /// Wang Yi's calls with Blinken on Nov 13, Jan 27 and Oct 31 are three, not one told three ways.)
    func conflicting(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard let x = a.days, let y = b.days,
              max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound)
                <= (max(a.date.precision.rank, b.date.precision.rank) <= Precision.day.rank ? 7 : 31) else { return false }
        guard !a.timex.text.isEmpty, !b.timex.text.isEmpty, sameHappening(a, b), let p = a.principal, p == b.principal, isPerson(p) else { return false }
        guard !toldAsToComeAfter(a, b), !toldAsToComeAfter(b, a) else { return false }
        return EventMatcher.similarity(a.words, b.words) >= 0.2
    }

    /// `a` is told as to come by an article published after `b`'s date: by then `b`'s happening was past,
    /// so `a` is another one ("will hold their first trilateral summit on Friday", written in August, is
    /// not "visited Tokyo for a summit on March 16").
    private func toldAsToComeAfter(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.status == .scheduled, let published = a.article.published?.start?.serial, let other = b.days else { return false }
        return other.upperBound < published
    }

    /// Dates that can be one happening. A coarse date only absorbs a precise one when the wording agrees
    /// too: "sometime in 2024" says little about which day.
    func canShareDate(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        // One interval inside the other (`DateValue.isWithin` either way), on the day serials each candidate
        // keeps: merging asks this of every pair of an actor's sentences on overlapping dates.
        guard let x = a.days, let y = b.days,
              (x.lowerBound >= y.lowerBound && x.upperBound <= y.upperBound) || (y.lowerBound >= x.lowerBound && y.upperBound <= x.upperBound)
        else { return false }
        let coarse = max(a.date.precision.rank, b.date.precision.rank), fine = min(a.date.precision.rank, b.date.precision.rank)
        if coarse >= Precision.year.rank, fine <= Precision.month.rank {
            return EventMatcher.similarity(a.words, b.words) >= 0.25
        }
        return true
    }
}
