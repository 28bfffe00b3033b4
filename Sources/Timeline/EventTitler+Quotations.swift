import Chronology

extension EventTitler {
    /// '"We will keep in close contact. Our ministries will hold a joint board meeting in the fall," he
    /// said.': a quotation of several sentences is headlined by the one holding the date, with its
    /// attribution. The sentence rebuilt and where the date now starts in it, or nil when the quotation
    /// holds one sentence, no one is named as saying it, or the date lies outside any quotation.
    static func quotedSentenceOfTheDate(_ sentence: String, dateAt: Int, dateEnd: Int) -> (String, Int)? {
        // (Asked of every headline: most sentences quote no one.)
        guard sentence.unicodeScalars.contains(where: { $0 == "“" || $0 == "\"" }) else { return nil }
        let s = FastText.scalars(sentence)
        guard dateAt > 0, dateEnd <= s.count,
              let open = s[..<dateAt].lastIndex(where: { $0 == "“" || $0 == "\"" }),
              s[open] == "“" || open == 0 || s[open - 1] == " ",
              let close = s[dateEnd...].firstIndex(where: { $0 == "”" || $0 == "\"" }) else { return nil }
        // Only a quotation someone is named as saying: the headline reads "A says “...”".
        let attribution = FastText.string(s[(close + 1)...].prefix(60)).lowercased()
        guard [" said", " says", " told", " stated", " added", " noted", " wrote"].contains(where: { FastText.contains(attribution, $0) })
        else { return nil }
        // A sentence ends inside the quotation where a stop, a space and a capital follow one another.
        func endsSentence(_ k: Int) -> Bool {
            (s[k] == "." || s[k] == "!" || s[k] == "?") && k + 2 < close && s[k + 1] == " " && s[k + 2].properties.isUppercase
                // ("Mr. Lavrov", "U.S. officials": a title or initials end no sentence.)
                && !(k >= 2 && (s[k - 2] == " " || s[k - 2] == "." || s[k - 2] == "“" || s[k - 2] == "\"")) && !(k >= 3 && s[(k - 2)..<k].elementsEqual("Mr".unicodeScalars))
        }
        let starts = ((open + 1)..<dateAt).filter(endsSentence).map { $0 + 2 }
        let ends = (dateEnd..<close).filter(endsSentence)
        guard !starts.isEmpty || !ends.isEmpty else { return nil }
        let start = starts.last ?? open + 1
        let end = ends.first ?? close
        // The chosen sentence's stop gives way to the comma the attribution had after the quotation's last one.
        let chosen = Array(s[start..<end])
        let tail = end < close ? [","] + Array(s[close...]) : Array(s[close...])
        let text = FastText.string(s[...open]) + FastText.string(chosen[...]) + String(String.UnicodeScalarView(tail))
        return (text, dateAt - (start - open - 1))
    }

    /// Who may say a quotation without a name: "the source said", "officials said", "a spokesperson said".
    private static let anonymousSayers: Set<String> = [
        "the", "a", "an", "officials", "sources", "diplomats", "source", "official", "spokesperson", "spokesman", "spokeswoman",
    ]

    /// "“Minister Yun is scheduled to visit Washington,” the source said on the condition of anonymity": a
    /// quotation opening the sentence, said by no one named, is what the sentence tells; its words without their
    /// marks and the attribution (the headline had kept both, with a stray mark where the date was cut).
    static func anonymouslyQuoted(_ words: [String]) -> [String]? {
        guard let first = words.first, first.hasPrefix("“") || first.hasPrefix("\""), words.count >= 5,
              let close = words.indices.first(where: { k in k > 0 && (words[k].hasSuffix(",”") || words[k].hasSuffix(",\"") || words[k] == "”" || words[k] == "\"") }),
              close + 2 < words.count, anonymousSayers.contains(words[close + 1].lowercased()),
              words[(close + 1)...].prefix(5).contains(where: { EventExtractor.speechVerbs.contains(clean($0)) }) else { return nil }
        var quote = Array(words[...close])
        quote[0] = String(quote[0].drop { $0 == "“" || $0 == "\"" })
        var last = quote[quote.count - 1].replacingOccurrences(of: "”", with: "").replacingOccurrences(of: "\"", with: "")
        while last.hasSuffix(",") { last.removeLast() }
        if last.isEmpty { quote.removeLast() } else { quote[quote.count - 1] = last }
        if let end = quote.last, end.hasSuffix(","), quote.count > 1 { quote[quote.count - 1].removeLast() }
        guard quote.count >= 3, quote.contains(where: { isVerb($0) }), !quote.contains(where: { $0.contains("“") || $0.contains("”") || $0.contains("\"") }) else { return nil }
        return quote
    }
}

