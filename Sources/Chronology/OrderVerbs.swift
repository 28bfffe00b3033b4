/// Verbs giving an order or a request that an infinitive follows ("ordered 60 diplomats to leave", "told staff
/// to fly home"): the tagger reads an order's deadline as to come, and the timeline does not date the order by
/// it, from the same words.
public enum OrderVerbs {
    public static let words: Set<String> = [
        "ordered", "orders", "ordering", "order", "told", "tells", "telling", "asked", "asks", "asking", "instructed",
        "instructs", "directed", "directs", "urged", "urges", "urging", "demanded", "demands", "demanding", "gave",
        "given", "gives", "required", "requires", "called",
    ]

    /// Words after "to" that make it a preposition ("to the border"), not an infinitive's mark ("to leave").
    public static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"]
}
