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
}
