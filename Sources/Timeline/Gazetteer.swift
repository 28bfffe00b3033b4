import Chronology

/// Actors the timeline knows: states, leaders, officials and organizations, with their aliases.
/// Leaders map to their states ("Kishida" -> Japan); capitals used as metonyms map to states
/// ("Pyongyang" -> North Korea). Users extend it in `annals.yml` under `actors:`.
public struct Gazetteer: Sendable {
    public enum Kind: String, Sendable, Codable { case state, person, organization }

    public struct Entry: Sendable, Hashable {
        public var name: String
        public var kind: Kind
        /// For people and organizations: the state they act for.
        public var state: String?
        public var aliases: [String]

        public init(name: String, kind: Kind, state: String? = nil, aliases: [String] = []) {
            self.name = name
            self.kind = kind
            self.state = state
            self.aliases = aliases
        }
    }

    public private(set) var entries: [String: Entry] = [:]
    /// Normalized alias (lowercase words) -> canonical name, longest aliases matched first. Acronyms
    /// ("US", "UN") only match in capitals, so the pronoun "us" is not the United States.
    private var aliasIndex: [[String]: (name: String, needsCapitals: Bool)] = [:]
    /// First word of an alias -> the most words an alias starting with it has: most words of a sentence
    /// start no alias and are passed over with one lookup.
    private var longestAliasStartingWith: [String: Int] = [:]

    public init(entries: [Entry]) {
        for entry in entries { add(entry) }
    }

    /// Adds or replaces an entry (user entries override built-in ones of the same name).
    public mutating func add(_ entry: Entry) {
        entries[entry.name] = entry
        for alias in [entry.name] + entry.aliases {
            let key = Gazetteer.normalize(alias)
            guard !key.isEmpty else { continue }
            let needsCapitals = alias.count <= 4 && alias == alias.uppercased() && alias.contains(where: \.isLetter)
            aliasIndex[key] = (entry.name, needsCapitals)
            longestAliasStartingWith[key[0]] = max(longestAliasStartingWith[key[0]] ?? 0, key.count)
        }
    }

    /// Lowercase words with hyphens and possessives removed: "Kim Jong-un’s" -> ["kim", "jong", "un"].
    static func normalize(_ text: String) -> [String] {
        normalizeKeepingCase(text).map(FastText.lowercased)
    }

    /// The same words with their original capitals.
    static func normalizeKeepingCase(_ text: String) -> [String] {
        var words: [String] = []
        // A word's UTF-8 bytes, its suffixes trimmed before it becomes a String: this runs on every
        // sentence, and trimming Strings by Character cost more than finding the actors. The marks
        // trimmed ("'", ".") are ASCII, so trimming bytes never cuts a character.
        var current: [UInt8] = []
        let apostrophe = UInt8(ascii: "'"), period = UInt8(ascii: "."), s = UInt8(ascii: "s")
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            // Drop a possessive "'s" (or a bare "'"), then a sentence's final period ("talks." but "U.S.").
            if current.count >= 2, current[current.count - 2] == apostrophe, current[current.count - 1] == s {
                current.removeLast(2)
            } else if current.last == apostrophe {
                current.removeLast()
            }
            while current.count > 1, current.last == period, !current.dropLast().contains(period) { current.removeLast() }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        }
        for c in text.unicodeScalars {
            if FastText.isLetterOrDigit(c) || c == "." {
                if c.isASCII { current.append(UInt8(c.value)) } else { UTF8.encode(c) { current.append($0) } }
            } else if c == "’" || c == "'" {
                current.append(apostrophe)
            } else if c == "$" {
                // "US$ 12 billion", "HK$": a currency's mark names no actor.
                current.removeAll(keepingCapacity: true)
            } else if !current.isEmpty {
                flush()
            }
        }
        if !current.isEmpty { flush() }
        return words
    }

    public func actors(in text: String) -> [String] {
        let original = Gazetteer.normalizeKeepingCase(text)
        let words = original.map(FastText.lowercased)
        var found: [String] = []
        var i = 0
        while i < words.count {
            guard let longest = longestAliasStartingWith[words[i]], !Gazetteer.namesARegionOfAmerica(words, at: i) else {
                i += 1
                continue
            }
            var matched = false
            for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                if let (name, needsCapitals) = aliasIndex[Array(words[i..<i + length])],
                   !needsCapitals || original[i] == original[i].uppercased(),
                   !Gazetteer.beginsLongerName(original, at: i, length: length),
                   // ("the Order of the Niger", "west of the Jordan": rivers.)
                   !(i > 0 && words[i - 1] == "the" && Gazetteer.riversNamedLikeStates.contains(words[i])),
                   !(entries[name]?.kind == .organization && i > 0 && longestAliasStartingWith[words[i - 1]] == nil
                     && Gazetteer.endsLongerName(original, at: i, length: length)) {
                    if !found.contains(name) { found.append(name) }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }

    /// Actors named only as the owner of a common noun: "Ishiba" in "Kishida Fumio, Ishiba's predecessor,
    /// met Xi", "Olaf Scholz" in "Scholz's coalition government collapsed". The shortest run of words ending
    /// in the possessive that names an actor is the owner ("Kim Jong Un's sister" is Kim Jong Un's).
    public func owners(in text: String) -> [String] {
        guard FastText.contains(text, "'s ") || FastText.contains(text, "’s ") else { return [] }
        let words = text.split(separator: " ")
        var owners: [String] = []
        for k in words.indices.dropLast() where words[k].hasSuffix("'s") || words[k].hasSuffix("’s") {
            guard let next = words[k + 1].first, next.isLowercase else { continue }
            for start in stride(from: k, through: max(0, k - 3), by: -1) {
                if let owner = actors(in: words[start...k].joined(separator: " ")).last {
                    if !owners.contains(owner) { owners.append(owner) }
                    break
                }
            }
        }
        return owners
    }

    private static let riversNamedLikeStates: Set<String> = ["niger", "jordan"]

    /// "the South American bloc", "Latin America": a continent or region, not the United States.
    private static func namesARegionOfAmerica(_ words: [String], at i: Int) -> Bool {
        i > 0 && words[i].hasPrefix("america") && ["south", "latin", "north", "central"].contains(words[i - 1])
    }

    /// "the South China Sea", "the North Atlantic": "the South" and "the North" stand for the Koreas
    /// only when no capitalized word follows to make them part of another name.
    private static func beginsLongerName(_ original: [String], at i: Int, length: Int) -> Bool {
        guard length == 2, original[i] == "the" || original[i] == "The", i + 2 < original.count,
              ["South", "North", "East", "West"].contains(original[i + 1]) else { return false }
        return original[i + 2].first?.isUppercase == true
    }

    /// "the CSTO Collective Security Council": a body's name of two words or more ("Security Council"), right
    /// after a capitalized word that is no function word (nor a name: "Iran's Revolutionary Guards"), ends
    /// the name of another body.
    private static func endsLongerName(_ original: [String], at i: Int, length: Int) -> Bool {
        guard length >= 2, i > 0, let initial = original[i - 1].first, initial.isUppercase, original[i - 1].count >= 3,
              original[i - 1] != original[i - 1].uppercased() else { return false }
        return !capitalizedFunctionWords.contains(original[i - 1])
    }

    /// Words that open a sentence in capitals without naming anything.
    private static let capitalizedFunctionWords: Set<String> = [
        "The", "And", "For", "With", "From", "Into", "Under", "After", "Before", "During", "But", "Its", "Their", "When", "While",
    ]

    /// The actors of a text with each person's or organization's state added after it.
    public func actorsWithStates(in text: String) -> [String] {
        var result: [String] = []
        for name in actors(in: text) {
            if !result.contains(name) { result.append(name) }
            if let state = entries[name]?.state, !result.contains(state) { result.append(state) }
        }
        return result
    }
}
