/// The word lists the headline writer reads sentences with.
extension EventTitler {
    /// `text` with its first letter capitalized, as a clause opening a headline is ("the next summit" ->
    /// "The next summit").
    static func capitalizingFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A headline of thirty words at most: a sentence no reading could shorten ("Despite 15 years of steadily
    /// growing attention to ..., life in war zones remained grim, ..., the Security Council heard") is cut with
    /// an ellipsis, its quotation closed.
    static func capped(_ title: String) -> String {
        let words = title.split(separator: " ")
        guard words.count > 30 else { return title }
        var text = words.prefix(24).joined(separator: " ")
        while let last = text.last, ",;:".contains(last) { text.removeLast() }
        text += " …"
        if text.filter({ $0 == "“" }).count > text.filter({ $0 == "”" }).count { text += "”" }
        return text
    }

    /// Regular pasts whose present the "-ed" alone does not tell ("voted" -> "votes", "opened" -> "opens").
    /// Apart from `presentTense`: they stay regular "-ed" forms when the head verb is looked for.
    static let regularPresent: [String: String] = [
        // (What communiqués and readouts say their signatories did: "The Foreign Ministers of ASEAN commended".)
        "commended": "commends", "underscored": "underscores", "explored": "explores", "appreciated": "appreciates",
        "affirmed": "affirms", "lauded": "lauds", "applauded": "applauds", "deplored": "deplores", "reviewed": "reviews",
        "assessed": "assesses", "examined": "examines", "presented": "presents", "resolved": "resolves", "encouraged": "encourages",
        "initialed": "initials", "initialled": "initials", "coordinated": "coordinates", "collaborated": "collaborates",
        "partnered": "partners", "strengthened": "strengthens", "deepened": "deepens", "boosted": "boosts", "bolstered": "bolsters",
        "used": "uses", "arrived": "arrives", "voted": "votes", "resumed": "resumes", "suspended": "suspends", "attended": "attends",
        "condemned": "condemns", "accused": "accuses", "returned": "returns", "praised": "praises",
        "criticised": "criticises", "criticized": "criticizes", "killed": "kills", "attacked": "attacks",
        "elected": "elects", "imposed": "imposes", "lifted": "lifts", "extended": "extends", "ended": "ends", "lasted": "lasts",
        "started": "starts", "opened": "opens", "closed": "closes", "invaded": "invades", "ordered": "orders",
        "demanded": "demands", "denied": "denies", "confirmed": "confirms", "hosted": "hosts", "joined": "joins",
        "pledged": "pledges", "vowed": "vows", "threatened": "threatens", "released": "releases", "seized": "seizes",
        "captured": "captures", "deployed": "deploys", "expelled": "expels", "recalled": "recalls",
        "postponed": "postpones", "cancelled": "cancels", "canceled": "cancels", "unveiled": "unveils",
        "published": "publishes", "passed": "passes", "adopted": "adopts", "ratified": "ratifies",
        "resigned": "resigns", "appointed": "appoints", "nominated": "nominates", "arrested": "arrests",
        "summoned": "summons", "discussed": "discusses", "asked": "asks", "promised": "promises",
        "responded": "responds", "replied": "replies", "claimed": "claims", "stressed": "stresses",
        "reiterated": "reiterates", "revealed": "reveals", "hailed": "hails", "dismissed": "dismisses",
        "blamed": "blames", "accepted": "accepts", "refused": "refuses", "declined": "declines",
        "decided": "decides", "travelled": "travels", "traveled": "travels", "landed": "lands",
        "departed": "departs", "toured": "tours", "concluded": "concludes", "completed": "completes",
        "conducted": "conducts", "carried": "carries", "tested": "tests", "negotiated": "negotiates",
        "failed": "fails", "showed": "shows", "reached": "reaches", "pulled": "pulls",
        "informed": "informs", "permitted": "permits", "allowed": "allows", "briefed": "briefs", "backed": "backs",
        "supported": "supports", "opposed": "opposes", "vetoed": "vetoes", "abstained": "abstains", "endorsed": "endorses",
        "requested": "requests", "received": "receives", "restored": "restores",
        "severed": "severs", "normalized": "normalizes", "normalised": "normalises",
        "sanctioned": "sanctions", "banned": "bans", "blocked": "blocks", "detained": "detains", "freed": "frees",
        "exchanged": "exchanges", "downgraded": "downgrades", "upgraded": "upgrades", "renewed": "renews",
        "raised": "raises", "pressed": "presses", "reaffirmed": "reaffirms", "outlined": "outlines",
        "signalled": "signals", "signaled": "signals", "protested": "protests",
        "rallied": "rallies", "marched": "marches", "clashed": "clashes", "shelled": "shells", "bombed": "bombs",
        "intercepted": "intercepts", "inspected": "inspects", "observed": "observes", "guided": "guides",
        "watched": "watches", "thanked": "thanks", "congratulated": "congratulates", "emphasized": "emphasizes",
        "emphasised": "emphasises", "underlined": "underlines", "highlighted": "highlights", "presided": "presides",
        "chaired": "chairs", "addressed": "addresses", "delivered": "delivers", "dispatched": "dispatches",
        "inaugurated": "inaugurates", "participated": "participates", "cooperated": "cooperates",
        "recommended": "recommends", "granted": "grants", "established": "establishes", "expanded": "expands",
        "reduced": "reduces", "increased": "increases", "secured": "secures", "finalized": "finalizes",
        "finalised": "finalises", "drafted": "drafts", "convened": "convenes", "halted": "halts", "paused": "pauses",
        "terminated": "terminates", "revoked": "revokes", "annulled": "annuls", "dissolved": "dissolves",
        "founded": "founds", "recognised": "recognises", "apologized": "apologizes", "apologised": "apologises",
        "invited": "invites", "mediated": "mediates", "brokered": "brokers", "facilitated": "facilitates",
        "evacuated": "evacuates", "deported": "deports", "extradited": "extradites", "sentenced": "sentences",
        "convicted": "convicts", "acquitted": "acquits", "indicted": "indicts", "jailed": "jails",
        "executed": "executes", "pardoned": "pardons", "appealed": "appeals", "ruled": "rules",
        "overturned": "overturns", "amended": "amends", "enacted": "enacts", "implemented": "implements",
        "introduced": "introduces", "submitted": "submits", "tabled": "tables", "debated": "debates",
        "renegotiated": "renegotiates", "revived": "revives", "restarted": "restarts", "relaunched": "relaunches",
        "boycotted": "boycotts", "snubbed": "snubs", "skipped": "skips", "mourned": "mourns",
        "commemorated": "commemorates", "celebrated": "celebrates", "awarded": "awards", "replaced": "replaces",
        "sacked": "sacks", "denounced": "denounces", "slammed": "slams", "targeted": "targets", "downed": "downs",
        "destroyed": "destroys", "damaged": "damages", "annexed": "annexes", "liberated": "liberates",
        "recaptured": "recaptures", "repelled": "repels", "repulsed": "repulses", "retreated": "retreats",
        "entered": "enters", "crossed": "crosses", "violated": "violates", "breached": "breaches",
        "expired": "expires", "lapsed": "lapses", "helped": "helps", "worked": "works",
        // (What readouts of calls and visits say: "telephoned the Amir", "felicitated him", "apprised FM Qureshi".)
        "telephoned": "telephones", "phoned": "phones", "felicitated": "felicitates", "apprised": "apprises",
        "greeted": "greets", "welcomed": "welcomes",
        // ("embarked on a five-day official visit", "kicked off", "wrapped up": how trips begin and end.)
        "embarked": "embarks", "kicked": "kicks", "wrapped": "wraps",
    ]

    /// Irregular pasts news tells most; read like regular "-ed" forms (not after a comma, not as a
    /// participle) when the head verb is looked for.
    static let irregularPresent: [String: String] = [
        "laid": "lays", "began": "begins", "took": "takes", "came": "comes", "went": "goes", "gave": "gives", "won": "wins",
        "withdrew": "withdraws", "became": "becomes", "sought": "seeks", "led": "leads",
        "broke": "breaks", "chose": "chooses", "drew": "draws", "threw": "throws", "flew": "flies",
        "left": "leaves", "fell": "falls", "rose": "rises", "wrote": "writes", "struck": "strikes", "retook": "retakes",
        "upheld": "upholds", "tore": "tears", "froze": "freezes", "fought": "fights", "sold": "sells", "built": "builds",
        "bought": "buys", "swore": "swears", "shook": "shakes", "stood": "stands", "spent": "spends", "kept": "keeps",
        "brought": "brings", "found": "finds", "grew": "grows", "ran": "runs", "sank": "sinks", "shot": "shoots",
        "lost": "loses", "paid": "pays", "forgave": "forgives", "undertook": "undertakes", "overran": "overruns",
        "sat": "sits", "knew": "knows", "thought": "thinks", "heard": "hears", "meant": "means", "felt": "feels",
        "fled": "flees", "drove": "drives", "swept": "sweeps", "dealt": "deals", "taught": "teaches", "caught": "catches",
        "stole": "steals", "overtook": "overtakes", "withheld": "withholds", "underwent": "undergoes", "overthrew": "overthrows",
        "arose": "arises", "forgot": "forgets", "shrank": "shrinks", "sprang": "springs", "slid": "slides",
        "blew": "blows", "wove": "weaves", "rode": "rides", "hid": "hides",
        // Regular pasts too short for the "-ed" rule.
        "died": "dies", "owed": "owes",
    ]

    /// Pasts spelled like their base ("Riyadh cut ties"): a past only right after the subject's name, a
    /// plural or an adverb, never after "to" or a modal ("agreed to cut"), nor as a noun ("a rate cut").
    static let pastsLikeTheirBase: [String: String] = [
        "cut": "cuts", "shut": "shuts", "hit": "hits", "quit": "quits", "split": "splits", "spread": "spreads",
    ]

    /// Words that put a noun after them: an "-ed" word there is an adjective ("Iran's tattered deal").
    static let nounModifiers: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]

    /// Titles and bodies that end a named subject without being a person's name ("the UN Human Rights Council").
    static let notNames: Set<String> = [
        "President", "Prime", "Minister", "Secretary", "Foreign", "Defense", "Defence", "State", "Chancellor", "King",
        "Queen", "Prince", "Crown", "Senator", "General", "Ambassador", "Envoy", "Chief", "Vice", "Deputy", "Spokesman",
        "Spokeswoman", "Spokesperson", "Leader", "Premier", "Supreme", "Council", "Ministry", "Office", "Department",
        "Party", "Committee", "Commission", "Agency", "News", "Army", "Navy", "Forces", "Force", "Court", "Assembly",
        "Parliament", "Congress", "Senate", "House", "Government", "Administration", "Union", "Nations", "Bank",
        "Organization", "Organisation", "Security", "Affairs", "Service", "Guard", "Corps", "Group", "Media",
        "Authority", "Cabinet", "Republic", "Kingdom", "States", "Police", "Association", "Fund", "Embassy",
    ]

    /// Who serves a state, named by rank: "the South Korean foreign minister" is someone, not South Korea.
    static let stateMembers: Set<String> = [
        "ministers", "leaders", "lawmakers", "diplomats", "envoys", "minister", "leader", "diplomat", "envoy",
        "president", "ambassador", "ambassadors", "spokesman", "spokeswoman", "spokesperson", "negotiator",
        "negotiators", "delegation", "official", "officials", "premier", "chancellor", "secretary", "lawmaker",
        // ("The Australian PM on Friday also met": offices in short.)
        "PM", "FM",
    ]

    /// People of a state who are not it: "many Japanese citizens were abducted" is not Japan.
    static let statePeople: Set<String> = [
        "citizens", "nationals", "people", "residents", "civilians", "tourists", "workers", "students", "soldiers",
        "troops", "journalists", "fishermen", "abductees", "prisoners", "detainees", "hostages", "sailors", "voters",
    ]

    /// People named by whom they belong to: "the sister of Kim Jong Un", "an aide of the president".
    static let relationNouns: Set<String> = [
        "sister", "brother", "wife", "husband", "son", "daughter", "father", "mother", "widow", "aide", "aides",
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "adviser", "advisor", "relatives", "family",
    ]

    /// Prepositions after which a subject's words are its complement ("of" is left out: "The director of
    /// the agency Cho Tae-yong" is headed by Cho).
    static let headEndingPrepositions: Set<String> = [
        "between", "with", "by", "for", "to", "from", "about", "against", "on", "over", "after", "before", "among",
        "in", "at", "near", "inside", "outside",
    ]

    static let subjectComplements: Set<String> = [
        "of", "to", "in", "on", "for", "with", "from", "between", "at", "by", "over", "about", "against", "who", "which", "that",
        "after", "before", "during", "near",
    ]

    static let subjectAdverbs: Set<String> = [
        "last", "also", "first", "later", "again", "then", "already", "still", "jointly", "finally", "reportedly",
        "previously", "never", "once", "both", "all",
    ]

    static let irregularPlurals: Set<String> = ["people", "police", "children", "men", "women"]

    /// Plural nouns that open news sentences on their own ("Talks resumed", "Officials said").
    static let commonPlurals: Set<String> = [
        "talks", "negotiations", "officials", "leaders", "ministers", "diplomats", "troops", "forces", "protesters",
        "lawmakers", "envoys", "delegates", "authorities", "analysts", "experts", "critics", "observers", "residents",
        "researchers", "scientists", "investigators", "prosecutors", "witnesses", "sources", "voters", "workers",
        "students", "doctors", "rebels", "militants", "activists", "demonstrators", "police", "negotiators", "mediators",
        "representatives", "delegations", "participants", "inspectors", "monitors", "soldiers", "refugees",
        "temperatures", "prices", "tensions", "relations", "ties", "exports", "imports", "sales", "shares", "rates",
        "markets", "casualties", "deaths", "elections", "protests", "clashes", "hostilities", "sanctions", "tariffs",
        "records", "stocks", "rains", "floods", "fires",
    ]

    /// "H.E. Mr. Yoshihiko Noda arrived", "the Prime Minister of Japan, H. E. Mr. Yoshihiko Noda,": courtesies
    /// before a name given in full say nothing the name does not. ("Mr Li arrived" keeps its courtesy: the
    /// surname alone is found by it.)
    static func withoutCourtesies(_ words: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        var k = 0
        while k < words.count {
            var end = k
            // ("His Excellency President Julius Maada Bio": the style in words.)
            while end < words.count, courtesies.contains(words[end]) || (words[end] == "H." && end + 1 < words.count && words[end + 1] == "E.")
                    || (["His", "Her"].contains(words[end]) && end + 1 < words.count && words[end + 1] == "Excellency") {
                end += words[end] == "H." || words[end] == "His" || words[end] == "Her" ? 2 : 1
            }
            if end > k, end + 1 < words.count, isNameWord(words[end]), isNameWord(clean(words[end + 1])), !words[end].hasSuffix(",") {
                // ("to host the Honourable Shri Narendra Modi": the article goes with the style.)
                if honourables.contains(words[k]), result.last == "the" { result.removeLast() }
                k = end
                continue
            }
            result.append(words[k])
            k += 1
        }
        return result
    }

    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count > 1 else { return false }
        return word.unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }

    private static let courtesies = Set(["H.E.", "H.E", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Shri", "Smt.", "Smt"])
        .union(honourables)
    private static let honourables: Set<String> = ["Honourable", "Honorable", "Hon.", "Hon'ble", "Hon’ble"]

    /// Words of pleasure a communiqué says its host acted with: "was pleased to host".
    private static let pleasures: Set<String> = ["pleased", "delighted", "honoured", "honored", "happy", "glad", "proud"]

    /// "Mohamed Irfaan Ali ... was pleased to host Narendra Modi": what the host did, told as done ("hosted"),
    /// without the pleasure it was done with.
    static func withoutPleasure(_ words: [String]) -> [String] {
        guard let be = words.indices.prefix(30).first(where: { k in
            ["was", "were"].contains(words[k]) && k + 3 < words.count && pleasures.contains(words[k + 1]) && words[k + 2] == "to"
        }) else { return words }
        let base = words[be + 3]
        guard base.first?.isLowercase == true, base.allSatisfy(\.isLetter) else { return words }
        let past = pastOfBase[base] ?? (base.hasSuffix("e") ? base + "d" : base + "ed")
        return Array(words[..<be]) + [past] + words[(be + 4)...]
    }

    /// Bases whose past is not made with "-ed": "was pleased to meet".
    private static let pastOfBase: [String: String] = [
        "meet": "met", "give": "gave", "take": "took", "send": "sent", "lead": "led", "hold": "held", "begin": "began",
        "see": "saw", "speak": "spoke", "make": "made", "have": "had", "go": "went", "come": "came",
    ]

    /// "\"A protest was declared to the diplomats ...": a quotation running on past the sentence opens the
    /// headline with a mark nothing closes; it goes.
    static func withoutUnclosedQuote(_ title: String) -> String {
        guard let first = title.first, first == "\"" || first == "“" else { return title }
        let rest = title.dropFirst()
        return rest.contains(first == "“" ? "”" : "\"") ? title : String(rest)
    }
}
