extension EventExtractor {
    /// Offices and titles a person called on may be named by: "called on Prime Minister Mahathir Mohamad",
    /// "calls on Tun Dr Mahathir".
    private static let callee: Set<String> = [
        "President", "Prime", "Premier", "Chancellor", "Minister", "Foreign", "Secretary", "King", "Queen", "Emperor", "Pope",
        "Crown", "Emir", "Sultan", "Tun", "Vice", "Speaker", "Governor", "Chief", "Ambassador",
    ]

    /// Whether a headline's "calls on" pays someone a visit: "Wang Yi calls on his Singapore counterpart Vivian
    /// Balakrishnan", "Wang Yi calls on Tun Dr Mahathir in Putrajaya" (a meeting); not "calls on Israel and
    /// Hamas for restraint", "calls on Putin to end the war" nor "calls on all parties" (demands).
    func callsOnSomeone(_ title: String) -> Bool {
        let words = title.split(separator: " ").map(String.init)
        guard let on = words.indices.dropFirst().first(where: { ["calls", "called", "calling"].contains(words[$0 - 1]) && words[$0] == "on" }),
              on + 1 < words.count else { return false }
        let rest = words[(on + 1)...]
        // A demand names what is to be done: "to end the war", "for restraint".
        guard !rest.contains(where: { $0 == "to" || $0 == "for" }) else { return false }
        let object = rest[rest.startIndex]
        if ["his", "her", "their"].contains(object) {
            return rest.prefix(4).contains { $0.hasPrefix("counterpart") }
        }
        if EventExtractor.callee.contains(object) || EventExtractor.honorifics.contains(object) { return true }
        // A name: the person the gazetteer knows, or words it does not know at all (no state, no body).
        guard object.first?.isUppercase == true else { return false }
        let name = rest.prefix { $0.first?.isUppercase == true }.joined(separator: " ")
        let named = gazetteer.actors(in: name)
        return named.isEmpty ? rest.prefix(while: { $0.first?.isUppercase == true }).count >= 2
            : named.allSatisfy { gazetteer.entries[$0]?.kind == .person }
    }
}
