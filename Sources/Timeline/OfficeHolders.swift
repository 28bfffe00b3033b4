/// Who holds which office in a story, learned where it names someone by office, as news style does at
/// first mention ("German Chancellor Olaf Scholz", "Secretary of State Antony J. Blinken", "Foreign
/// Minister Wang Yi"), so that a later "The chancellor told reporters" or "The Secretary welcomed" is
/// told of that person.
struct OfficeHolders {
    /// Each office ("chancellor", "foreign minister", "secretary of state", and the bare "minister") with
    /// the people the story gave it to, in order of introduction.
    private var holders: [String: [String]] = [:]

    /// The one person the story gave `office` to; nil when it gave it to none or to several ("the
    /// president" in a story of two presidents is a guess).
    func holder(of office: String) -> String? {
        guard let people = holders[office], people.count == 1 else { return nil }
        return people[0]
    }

    /// Notes the offices in `text` written before a name that `person` finds in the words given it.
    mutating func note(in text: String, person: (String) -> String?) {
        let raw = text.split(separator: " ")
        // An office before a name has no punctuation of its own: only those words are looked at, and only
        // then are the words cleaned (this runs over every sentence that names someone).
        // ("Brazil's Foreign Minister, Mauro Vieira, said": the name may follow in commas.)
        func isOffice(_ word: Substring) -> Bool {
            OfficeHolders.offices.contains(String(word)) || (word.last == "," && OfficeHolders.offices.contains(String(word.dropLast())))
        }
        guard raw.contains(where: isOffice) else { return }
        let words = raw.map { EventTitler.clean(String($0)) }
        for k in words.indices where isOffice(raw[k]) {
            var nameStart = k + 1
            var office = words[k].lowercased()
            // "Secretary of State Antony J. Blinken": the department names the office too.
            if nameStart + 1 < words.count, words[nameStart] == "of", OfficeHolders.departments.contains(words[nameStart + 1]) {
                office += " of " + words[nameStart + 1].lowercased()
                nameStart += 2
            }
            // "NATO Secretary General Mark Rutte", "UN Secretary-General António Guterres": one office.
            if office == "secretary-general" { office = "secretary general" }
            if office == "secretary", nameStart + 1 < words.count, words[nameStart] == "General" {
                office = "secretary general"
                nameStart += 1
            }
            // ("Prime Minister Shri Narendra Modi", "President H.E. Mr. Lula": a courtesy before the name.)
            while nameStart + 1 < words.count, OfficeHolders.courtesies.contains(String(raw[nameStart])) { nameStart += 1 }
            guard nameStart < words.count, words[nameStart].first?.isUppercase == true,
                  let named = person(words[nameStart..<min(words.count, nameStart + 4)].joined(separator: " ")),
                  case let name = named.split(separator: " ").map({ EventTitler.clean(String($0)) }),
                  name.first == words[nameStart] || name.last == words[nameStart] else { continue }
            var names = [office]
            // "Prime Minister Narendra Modi" is the prime minister and a minister; "German Chancellor Olaf
            // Scholz" just the chancellor.
            if k > 0, OfficeHolders.qualifiers.contains(words[k - 1]) { names.insert(words[k - 1].lowercased() + " " + office, at: 0) }
            if office.contains(" of ") { names.append(words[k].lowercased()) }
            for name in names where !(holders[name]?.contains(named) ?? false) { holders[name, default: []].append(named) }
        }
    }

    /// The person a subject such as "The chancellor" or "The foreign minister" stands for, with the words
    /// that stand for them: the subject's office must be followed by `isVerb`'s verb.
    func person(opening title: String, isVerb: (String) -> Bool) -> (words: String, person: String)? {
        // Asked of every headline: most open with neither "The" nor an office, and most stories give no office.
        // ("Prime Minister thanked President Lula": India's releases write the office bare.)
        guard !holders.isEmpty, let first = title.split(separator: " ", maxSplits: 1).first,
              first == "The" || OfficeHolders.qualifiers.contains(String(first)) || OfficeHolders.offices.contains(String(first)) else { return nil }
        let words = title.split(separator: " ", maxSplits: 4).map(String.init)
        let opening = first == "The" ? 1 : 0
        for length in [2, 1] where words.count > opening + length && isVerb(words[opening + length]) {
            let office = words[opening..<(opening + length)].joined(separator: " ").lowercased().replacingOccurrences(of: "-", with: " ")
            if let person = holder(of: office) { return (words[0..<(opening + length)].joined(separator: " "), person) }
        }
        return nil
    }

    /// Courtesy titles between an office and a name.
    private static let courtesies: Set<String> = ["Shri", "Smt.", "Sri", "H.E.", "H.E", "Mr.", "Mr", "Mrs.", "Ms.", "Ms", "Dr.", "Dr"]

    /// Offices written before a name.
    private static let offices: Set<String> = [
        "President", "Chancellor", "Secretary", "Minister", "Premier", "Speaker", "Ambassador", "Envoy", "Governor",
        "King", "Queen", "Emir", "Pope", "Chairman", "Chairwoman", "Commissioner", "Taoiseach", "Sultan", "Secretary-General",
    ]

    /// Words before an office that tell which office it is: "Prime Minister", "Foreign Secretary".
    private static let qualifiers: Set<String> = [
        "Prime", "Foreign", "Defence", "Defense", "Finance", "Interior", "Home", "Trade", "Vice", "Deputy", "External",
        "Treasury", "Health", "Justice",
    ]

    /// "Secretary of State", "Minister of Defence".
    private static let departments: Set<String> = ["State", "Defense", "Defence", "Commerce", "Energy", "Finance", "Justice"]
}
