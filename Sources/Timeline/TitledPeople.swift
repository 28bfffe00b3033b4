import Chronology

/// People the gazetteer does not know, found where the story introduces them by office, as news
/// style does at first mention: "Treasury Secretary Janet Yellen", "China's Foreign Minister Wang Yi",
/// "then-House Speaker Nancy Pelosi", "Foreign Ministry spokesman Wang Wenbin". Each becomes a person of
/// the article (with the state named before the office, if any), so the story's events name them and a
/// later "Yellen said" is read as the same person.
enum TitledPeople {
    /// The people introduced by office in `paragraphs`, as gazetteer entries, in order of first mention.
    static func discover(in paragraphs: [String], gazetteer: Gazetteer) -> [Gazetteer.Entry] {
        var found: [Gazetteer.Entry] = []
        for paragraph in paragraphs {
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" })
            // A name follows the office: most words are followed by no capital, and are passed over first.
            for k in words.indices.dropLast() where opensName(words[k + 1]) && isOffice(words[k]) {
                guard let name = name(after: k, in: words), !found.contains(where: { $0.name == name }),
                      gazetteer.actors(in: name).isEmpty else { continue }
                found.append(Gazetteer.Entry(name: name, kind: .person, state: state(before: k, in: words, gazetteer: gazetteer)))
            }
        }
        return found
    }

    /// Whether a word can open a name or a department ("of State"): an ASCII capital, "of", or a letter
    /// beyond ASCII ("Édouard").
    private static func opensName(_ word: Substring) -> Bool {
        guard let first = word.utf8.first else { return false }
        return (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first >= 0x80 || word == "of"
    }

    /// "Minister", "spokesman", "Sen.", the "General" of "Secretary-General", the "Speaker" of
    /// "then-Speaker". One set lookup per word: this runs over every word of every story.
    private static func isOffice(_ word: Substring) -> Bool {
        let part = word.lastIndex(of: "-").map { word[word.index(after: $0)...] } ?? word
        return officeForms.contains(String(part))
    }

    /// The name of two or three capitalized words that follows the office at word `k`.
    private static func name(after k: Int, in words: [Substring]) -> String? {
        var i = k + 1
        // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Penny Wong".
        if i < words.count, words[i] == "of" {
            i += 1
            while i < words.count, departmentWords.contains(EventTitler.clean(String(words[i]))), !endsPhrase(words[i]) { i += 1 }
            guard i > k + 2 else { return nil }
        }
        var name: [String] = []
        while i < words.count, name.count <= 4 {
            let word = words[i]
            // "then-Speaker Nancy Pelosi (D-Calif.)": a party and state in brackets follow the name.
            if word.hasPrefix("(") { break }
            var bare = EventTitler.clean(String(word))
            let possessive = bare.hasSuffix("'s") || bare.hasSuffix("’s")
            if possessive { bare = String(bare.dropLast(2)) }
            // ("Hamas leader Khalil al-Hayya", "Crown Prince Mohammed bin Salman": a particle inside the name.)
            let particle = !name.isEmpty && !possessive
                && (joinedParticle(bare) || (EventTitler.nameParticles.contains(bare) && i + 1 < words.count && !endsPhrase(word)
                                             && isNameWord(EventTitler.clean(String(words[i + 1])))))
            guard isNameWord(bare) || particle else { break }
            name.append(bare)
            if endsPhrase(word) || possessive { break }
            i += 1
        }
        // ("Foreign Minister Makhdoom Shah Mahmood Qureshi": four words; five are no name read whole.)
        guard (2...4).contains(name.count) else { return nil }
        return name.joined(separator: " ")
    }

    /// The state named just before the office: "U.S. Treasury Secretary", "China's Foreign Minister",
    /// "Australian Foreign Minister", "Chinese leader".
    private static func state(before k: Int, in words: [Substring], gazetteer: Gazetteer) -> String? {
        var i = k
        while i > 0, k - i < 4 {
            let previous = words[i - 1]
            if endsPhrase(previous) { break }
            i -= 1
        }
        guard i < k else { return nil }
        return gazetteer.actors(in: words[i..<k].joined(separator: " ")).last { gazetteer.entries[$0]?.kind == .state }
    }

    /// A word that can be part of a name: capitalized, with a lowercase letter after ("Janet", "McCarthy",
    /// "O'Brien"), not an office, a month, a day or a company's word.
    private static func isNameWord(_ word: String) -> Bool {
        guard word.count >= 2, isCapitalized(word), word.dropFirst().contains(where: \.isLowercase),
              word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }) else { return false }
        let lower = word.lowercased()
        return !capitalizedOffices.contains(lower) && !notNames.contains(lower)
    }

    private static func isCapitalized(_ word: String) -> Bool { word.first?.isUppercase == true }

    /// "al-Hayya", "el-Sisi", "ash-Shaibani": an article joined to the capital of a name.
    private static func joinedParticle(_ word: String) -> Bool {
        guard let hyphen = word.firstIndex(of: "-"), EventTitler.joinedNameArticles.contains(String(word[..<hyphen])) else { return false }
        return isNameWord(String(word[word.index(after: hyphen)...]))
    }

    /// A word after which the phrase stops: "Yellen," "Yellen." "Yellen:" (not "U.S." or "Sen.").
    private static func endsPhrase(_ word: Substring) -> Bool {
        guard let last = word.unicodeScalars.last else { return true }
        if last == "." {
            let bare = EventTitler.clean(String(word))
            return !bare.contains(".") && !abbreviations.contains(bare.lowercased())
        }
        return [",", ";", ":", ")", "\"", "”", "—", "–"].contains(last)
    }

    /// The abbreviated offices without their periods: "Sen." ends no phrase.
    private static let abbreviations: Set<String> = Set(abbreviatedOffices.map { String($0.lowercased().filter { $0 != "." }) })

    private static let abbreviatedOffices = ["Sen.", "Rep.", "Gen.", "Adm.", "Lt.", "Col.", "Gov.", "Amb.", "Gen", "Lt", "Col"]

    /// Offices as written before a name: with a capital ("Secretary Janet Yellen"), in lowercase where
    /// news style writes them so ("Chinese leader Xi Jinping", "Foreign Ministry spokesman Wang Wenbin",
    /// "top diplomat Wang Yi"), abbreviated ("Sen. Chuck Schumer").
    private static let officeForms: Set<String> = {
        let capitalized = [
            "president", "minister", "secretary", "premier", "speaker", "chancellor", "ambassador", "envoy", "senator",
            "representative", "governor", "mayor", "general", "admiral", "king", "queen", "prince", "princess", "emir",
            "sheikh", "chairman", "chairwoman", "chair", "commissioner", "spokesperson", "spokesman", "spokeswoman", "director",
            "leader", "diplomat", "commander", "colonel", "lieutenant", "marshal", "justice", "judge",
            "taoiseach", "tánaiste", "tanaiste", "sultan", "ayatollah", "pope", "cardinal", "archbishop",
        ]
        // "his Japanese counterpart Takeshi Iwaya": the office is the one just named.
        let lowercase = ["leader", "spokesman", "spokeswoman", "spokesperson", "diplomat", "minister", "secretary", "envoy", "ambassador",
                         "counterpart"]
        return Set(capitalized.map { $0.prefix(1).uppercased() + $0.dropFirst() } + lowercase + abbreviatedOffices)
    }()

    /// The offices in lowercase, for telling a name's words from them ("Secretary General Antonio Guterres").
    private static let capitalizedOffices: Set<String> = Set(officeForms.filter { $0.first?.isUppercase == true }
        .map { String($0.lowercased().filter { $0 != "." }) })

    /// What follows "Secretary of" or "Minister of" before the name.
    private static let departmentWords: Set<String> = [
        "State", "Defense", "Defence", "Foreign", "Affairs", "Treasury", "the", "Commerce", "Energy", "Homeland", "Security",
        "Trade", "Industry", "Finance", "Economy", "Unification", "National", "Interior", "Justice", "External",
    ]

    /// Capitalized words that are no part of a name: days, months, and words that follow an office in other
    /// roles ("Justice Department", "General Motors Co").
    private static let notNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "the", "and", "but",
        "for", "of", "in", "on", "at", "office", "ministry", "department", "council", "assembly", "house", "party",
        // ("President of the Federal Republic of Nigeria": a state's formal name.)
        "republic", "kingdom", "federal", "federation", "democratic", "islamic", "emirates", "commonwealth",
        "administration", "government", "general", "elect", "emeritus", "today", "yesterday", "state", "motors", "electric",
        "dynamics", "co", "corp", "inc", "ltd", "company", "group", "holdings", "bank", "fund", "league",
    ]
}
