/// Finds and normalizes the temporal expressions of English news text (TimeML TIMEX3 style).
public struct TemporalTagger: Sendable {
    /// How the document writes numeric dates; nil: decided from the text being tagged. Callers tagging a
    /// page line by line pass the whole page's order (a line alone rarely tells).
    public var numericDateOrder: NumericDateOrder?

    public init(numericDateOrder: NumericDateOrder? = nil) { self.numericDateOrder = numericDateOrder }

    /// Every temporal expression in `text`, in order, anchored to `reference` (the document creation
    /// time) when given. Offsets are Unicode-scalar offsets into `text`.
    public func tag(_ text: String, reference: DateValue?) -> [TimeExpression] {
        tag(scalars: FastText.scalars(text), reference: reference)
    }

    /// The same, over pre-split scalars (callers that keep the scalars avoid splitting twice).
    public func tag(scalars: [Unicode.Scalar], reference: DateValue?) -> [TimeExpression] {
        let tokens = Tokenizer.tokenize(scalars)
        var grammar = Grammar(tokens: tokens)
        grammar.numericDateOrder = numericDateOrder ?? NumericDateOrder.of(scalars, tokens: tokens)
        let tenses = TenseDetector(tokens: tokens)
        var resolver = Resolver(reference: reference)
        var found: [TimeExpression] = []
        var i = 0
        var pending: Parse?
        while i < tokens.count {
            guard let parse = pending ?? grammar.parse(at: i) else {
                i += 1
                continue
            }
            pending = nil
            let start = tokens[parse.start].start, end = tokens[parse.end - 1].end
            let text = FastText.string(scalars[start..<end])
            let tense = tenses.tense(start: parse.start, end: parse.end)
            // "by 1992 it intended to ...", "has ruled since December 2011": a deadline or a starting point,
            // not the time the narrative is in.
            let isEndpoint = grammar.isAny(parse.start - 1, ["by", "since", "until", "till", "through"])
            resolver.sentence = tokens[parse.start].sentence
            // "On Nov. 29, 2021, diplomats ...", "In August 2022, the EU ...": a date opening its sentence
            // sets the time a story is told in.
            let k = parse.start
            resolver.opensSentence = k == 0 || tokens[k - 1].sentence != resolver.sentence
                || (grammar.isAny(k - 1, ["on", "in", "by"]) && (k == 1 || tokens[k - 2].sentence != resolver.sentence))
            // ("approved in 1987 that didn't specify ... through Sept. 29", "The Games, first held in 1924, open
            // on Feb. 6": a year inside a clause is background; one closing the sentence's first clause with a
            // comma sets the time the sentence goes on in.)
            // (Nor one closing a quotation: '... what it was in 2000," he said, adding ... by Oct. 1'.)
            resolver.followsIn = grammar.isAny(k - 1, ["in"]) && grammar.isAny(parse.end, [","])
                && !grammar.isAny(parse.end + 1, ["\"", "\u{201D}", "''", "'"])
                && !tokens[..<k].reversed().prefix { $0.sentence == resolver.sentence }.contains { $0.is(",") }
            resolver.standsAlone = resolver.opensSentence && (parse.end == tokens.count || tokens[parse.end].sentence != resolver.sentence)
            resolver.presentPerfect = false
            if case .anaphoric(_, 0) = parse.semantic.whole { resolver.presentPerfect = tense == .past && tenses.isPresentPerfect(before: parse.start) }
            if let date = resolver.resolve(parse.semantic, text: text, tense: tense, anchoring: !isEndpoint) {
                found.append(TimeExpression(range: start..<end, text: text, type: parse.type, date: date, tense: tense,
                                            nominalPrecision: parse.semantic.nominalPrecision(resolved: date)))
                // "April 24 and 25", "the 1950-53 war": the second half, read from the first.
                pending = grammar.continuation(after: parse, resolved: date)
            }
            i = parse.end
        }
        return found
    }
}
