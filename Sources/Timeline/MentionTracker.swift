import Chronology

/// Follows the people an article names, so a later bare surname ("Kim", "Kishida", "Mr Revere") is
/// read as the most recent person of that name.
struct MentionTracker {
    let gazetteer: Gazetteer
    /// People in order of their latest mention, with the first and last words of their names (split
    /// once: every sentence looks for them).
    private var people: [(name: String, first: String, last: String)] = []
    /// How many sentences have named each person: the story's protagonist keeps a surname that someone
    /// named in passing shares ("Li" after "since Li Keqiang travelled to Canberra" is still Li Qiang).
    private var mentions: [String: Int] = [:]

    /// The person named last (of several in one sentence, the one the story is about), whom a "he" or "she"
    /// opening the next sentence most likely is.
    var latestPerson: String? { people.last?.name }

    /// Whether someone named so far has `word` as the first or last word of their name ("Li" of Li Qiang).
    func knowsSurname(_ word: String) -> Bool {
        people.contains { $0.first == word || $0.last == word }
    }

    /// The person of `state` named last, whom "the top US diplomat" most likely is.
    func latestPerson(of state: String) -> String? {
        people.last { gazetteer.entries[$0.name]?.state == state }?.name
    }

    /// The first two people of the latest sentence naming several: "Biden and Xi met ... before Trump
    /// takes office" is about Biden and Xi.
    private var latestSentencePair: [String]?

    /// The two people "the two leaders" or "they" most likely are: the first two of the latest sentence
    /// that names several, else the two named last.
    var latestPair: [String]? { latestSentencePair ?? (people.count >= 2 ? people.suffix(2).map(\.name) : nil) }

    /// The first two states of the latest sentence naming several: whom "the two countries" most likely
    /// are ("Biden and Xi agreed ... The two countries cut off those channels in 2022").
    private(set) var latestStatePair: [String]?

    /// Who holds which office, as the story introduced them: whom "The chancellor" stands for.
    private(set) var offices = OfficeHolders()

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Counts the people the headline names as mentioned once, before the story's first sentence: the
    /// headline names whom the story is about.
    mutating func noteHeadline(_ title: String) {
        for name in gazetteer.actors(in: title) where gazetteer.entries[name]?.kind == .person && mentions[name] == nil {
            mentions[name] = 1
            let parts = MentionTracker.nameWords(name)
            people.insert((name, parts.first ?? name, parts.last ?? name), at: 0)
        }
    }

    /// Whether "the two" in `text` stands for two people ("the two ministers", "the two leaders").
    static func speaksOfAPair(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return words.indices.dropLast(2).contains { words[$0].hasSuffix("the") && words[$0 + 1] == "two"
            && EventExtractor.peopleNouns.contains(EventTitler.clean(String(words[$0 + 2]))) }
    }

    /// The words of a person's name without a generation's mark: "Ferdinand Marcos Jr." is known as Marcos.
    static func nameWords(_ name: String) -> [String] {
        var words = name.split(separator: " ").map(String.init)
        if words.count > 2, let last = words.last, ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"].contains(last) { words.removeLast() }
        return words
    }

    /// The actors of a sentence (with states), including people named by surname only.
    mutating func actors(in text: String) -> [String] {
        var result = gazetteer.actorsWithStates(in: text)
        let words = Set(FastText.words(text, where: FastText.isLetter).filter { FastText.isUppercase($0.unicodeScalars.first!) })
        // ("Kihara and Shin last met in Jakarta": each surname is the person named most often with it, the
        // latest of those.)
        var matched: Set<String> = []
        let ranked = people.indices.sorted { a, b in
            let (countA, countB) = (mentions[people[a].name, default: 0], mentions[people[b].name, default: 0])
            return countA != countB ? countA > countB : a > b
        }
        for (person, family, last) in ranked.map({ people[$0] }) where !result.contains(person) {
            // Korean names lead with the family name ("Kim"), Western and Japanese ones end with it.
            if (words.contains(family) || words.contains(last)), !matched.contains(family), !matched.contains(last),
               !result.contains(where: { $0 != person && $0.split(separator: " ").first.map(String.init) == family && words.contains(family) && !words.contains(last) }) {
                result.append(person)
                if let state = gazetteer.entries[person]?.state, !result.contains(state) { result.append(state) }
                matched.formUnion([family, last].filter(words.contains))
            }
        }
        let named = result.filter { gazetteer.entries[$0]?.kind == .person }
        // ("Jaishankar held talks with Russian Foreign Minister Sergey Lavrov. ... he had fruitful meetings":
        // of several named together, the one the story is about (named most often so far, else first) is whom
        // a "he" after them most likely is: that one is noted last.)
        let byProtagonistLast = named.count < 2 ? named : named.map { name in
            (name, mentions[name, default: 0],
             MentionTracker.nameWords(name).compactMap { text.range(of: $0)?.lowerBound }.min() ?? text.endIndex)
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.2 > $1.2 }.map(\.0)
        for name in byProtagonistLast {
            mentions[name, default: 0] += 1
            people.removeAll { $0.name == name }
            let parts = MentionTracker.nameWords(name)
            people.append((name, parts.first ?? name, parts.last ?? name))
        }
        if !named.isEmpty {
            offices.note(in: text) { [gazetteer] words in gazetteer.actors(in: words).first { gazetteer.entries[$0]?.kind == .person } }
        }
        // "Following the meeting, the two ministers witnessed the signing by Kamikawa and Teodoro": a
        // sentence that speaks of the pair named before keeps it.
        if named.count >= 2, !(FastText.contains(text, "he two ") && MentionTracker.speaksOfAPair(text)) {
            // "Kishida Fumio, Ishiba's predecessor, met Xi": the pair is Kishida and Xi.
            let owners = gazetteer.owners(in: text)
            let actingPeople = named.filter { !owners.contains($0) }
            latestSentencePair = Array((actingPeople.count >= 2 ? actingPeople : named).prefix(2))
        }
        let states = result.filter { gazetteer.entries[$0]?.kind == .state }
        if states.count >= 2 { latestStatePair = Array(states.prefix(2)) }
        return result
    }
}
