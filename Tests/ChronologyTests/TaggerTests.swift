import Testing
@testable import Chronology

/// The value the tagger gives the first expression whose text is `phrase`.
func value(of phrase: String, in text: String, reference: String? = "2024-02-16") -> String? {
    let ref = reference.flatMap { DateValue(parsing: $0) }
    return TemporalTagger().tag(text, reference: ref).first { $0.text == phrase }?.value
}

func found(_ text: String, reference: String? = "2024-02-16") -> [String] {
    TemporalTagger().tag(text, reference: reference.flatMap { DateValue(parsing: $0) }).map(\.text)
}

@Suite struct ExplicitDates {
    @Test func newsForms() {
        #expect(value(of: "Jan. 3", in: "Kim on Jan. 3 reopened a channel.", reference: "2018-01-05") == "2018-01-03")
        #expect(value(of: "January 5, 2018", in: "It happened on January 5, 2018.") == "2018-01-05")
        #expect(value(of: "5 January 2018", in: "It happened on 5 January 2018.") == "2018-01-05")
        #expect(value(of: "Feb. 16, 2024 - 19:17", in: "Published : Feb. 16, 2024 - 19:17", reference: nil) == "2024-02-16T19:17")
        #expect(value(of: "2018-01-05", in: "Dated 2018-01-05 in the file.") == "2018-01-05")
        // ISO 8601 with its clock and offset, as page metadata prints it: one time, no year "2111" from "-11".
        #expect(found("Posted 2024-11-24T10:30:00+09:00 here", reference: nil) == ["2024-11-24T10:30:00+09:00"])
        #expect(value(of: "2024-11-24T10:30:00+09:00", in: "Posted 2024-11-24T10:30:00+09:00 here", reference: nil) == "2024-11-24T10:30")
        #expect(value(of: "2024-11-24T10:30", in: "Posted 2024-11-24T10:30 here", reference: nil) == "2024-11-24T10:30")
        #expect(!found("the 2024-11 edition", reference: nil).contains("11"))
        #expect(value(of: "1:50 p.m. today", in: "Posted at 1:50 p.m. today", reference: "2018-01-05") == "2018-01-05T13:50")
        #expect(value(of: "Sept. 30", in: "in the quarter ended Sept. 30.", reference: "1989-10-26") == "1989-09-30")
        #expect(value(of: "2024.02.16 19:17", in: "Updated 2024.02.16 19:17", reference: nil) == "2024-02-16T19:17")
        #expect(value(of: "2024/02/16", in: "Posted 2024/02/16", reference: nil) == "2024-02-16")
        // An agency's stamp puts the year after a slash.
        #expect(value(of: "February 11/2020", in: "ENA February 11/2020 The summit concluded.", reference: nil) == "2020-02-11")
        #expect(!found("He scored 11/20 on the test in February.", reference: nil).contains("February 11/20"))
        #expect(value(of: "16/02/2024", in: "Published: 16/02/2024", reference: nil) == "2024-02-16")
        #expect(value(of: "03/04/2024", in: "Published: 03/04/2024", reference: nil) == "2024-03-04")
        #expect(found("version 2024.2.16 of the file", reference: nil).contains("2024.2.16"))
        // A weekday's three letters count before a date, with or without a comma; alone they need a period.
        #expect(found("Mon, July 8, 2024 at 4:32 PM GMT+9", reference: nil).first?.hasPrefix("Mon, July 8, 2024") == true)
        #expect(found("Sun 3 March 2024 05:12", reference: nil) == ["Sun 3 March 2024 05:12"])
        #expect(found("The Sun said so.").isEmpty)
        // The date in brackets after a weekday says which one: past Saturday though "agreed to" looks ahead.
        #expect(value(of: "Saturday (Nov 9)", in: "They agreed to strengthen ties at their meeting on Saturday (Nov 9).", reference: "2024-11-11") == "2024-11-09")
        #expect(value(of: "Friday (1 November)", in: "The EU on Friday (1 November) launched a partnership.", reference: "2024-11-01") == "2024-11-01")
        #expect(found("on Saturday (the first day)", reference: "2024-11-11") == ["Saturday"])
    }

    /// A page keeps one way of writing numeric dates: one that only reads day first, or dates written
    /// out day first, make "12/03/2024" the 12th of March.
    @Test func numericDatesFollowThePage() {
        #expect(value(of: "12/03/2024", in: "Issued on: 12/03/2024. Scholz met Macron on 8 March and on 26 February.", reference: nil) == "2024-03-12")
        #expect(value(of: "12/03/2024", in: "Issued on: 12/03/2024. Updated 15/03/2024.", reference: nil) == "2024-03-12")
        #expect(value(of: "12/03/2024", in: "Posted 12/03/2024. Scholz met Macron on March 8 and on Feb. 26.", reference: nil) == "2024-12-03")
        #expect(value(of: "12/03/2024", in: "Posted 12/03/2024, updated 12/15/2024, on 8 March.", reference: nil) == "2024-12-03")
        #expect(value(of: "12/03/2024", in: "Posted 12/03/2024", reference: nil) == "2024-12-03")
        // A 24-hour clock past noon is no American page's, unless dates written out tell otherwise.
        #expect(value(of: "11/03/2024 - 18:22", in: "Issued on: 11/03/2024 - 18:22. Macron received Scholz on Monday.", reference: nil) == "2024-03-11T18:22")
        #expect(value(of: "11/03/2024, 20:05 GMT", in: "Updated 11/03/2024, 20:05 GMT", reference: nil) == "2024-03-11T20:05")
        #expect(value(of: "11/03/2024 - 09:22", in: "Posted 11/03/2024 - 09:22. Macron received Scholz on Monday.", reference: nil) == "2024-11-03T09:22")
        #expect(value(of: "11/03/2024 6:22 p.m.", in: "Posted 11/03/2024 6:22 p.m.", reference: nil) == "2024-11-03T18:22")
        #expect(value(of: "11/03/2024 18:22", in: "Posted 11/03/2024 18:22. Scholz met Macron on March 8.", reference: nil) == "2024-11-03T18:22")
        // A caller tagging one line of the page passes the page's order.
        let line = TemporalTagger(numericDateOrder: .dayFirst).tag("Issued on: 12/03/2024", reference: nil)
        #expect(line.first?.value == "2024-03-12")
        #expect(NumericDateOrder.of(FastText.scalars("on 2/13/24 and 1/2/2024")) == .monthFirst)
        #expect(NumericDateOrder.of(FastText.scalars("id 123/4/2024, 1/2/2024, 5 May")) == .dayFirst)
        #expect(NumericDateOrder.of(FastText.scalars("x/13/2024 and 13/1/20245")) == .monthFirst)
        // Dashes follow the same order, with the year in full: "3-2-1" is a score.
        #expect(value(of: "01-11-2024", in: "01-11-2024 (updated: 02-11-2024). On Friday (1 November) the EU", reference: nil) == "2024-11-01")
        #expect(value(of: "11-01-2024", in: "Posted 11-01-2024. On Nov. 1 the EU", reference: nil) == "2024-11-01")
        #expect(value(of: "30-01-2024", in: "Posted 30-01-2024", reference: nil) == "2024-01-30")
        #expect(found("They won 3-2-1 and 3-2-24 in the round", reference: nil).isEmpty)
    }

    @Test func yearsAndMonths() {
        #expect(value(of: "2002", in: "Following the admission in 2002 that it had") == "2002")
        #expect(value(of: "February", in: "In February, Kim Yo Jong issued a statement.", reference: "2024-03-25") == "2024-02")
        #expect(value(of: "December", in: "The budget passed in December.", reference: "2018-01-05") == "2017-12")
        // In the document's own year the tense decides, however far back; across a year boundary only
        // within about five months (a year would be written beyond that).
        #expect(value(of: "March", in: "Taylor stepped down in March for health reasons.", reference: "1989-11-02") == "1989-03")
        #expect(value(of: "Dec. 7", in: "The company said the dividend is payable Dec. 7.", reference: "1989-10-26") == "1989-12-07")
        // A document known only by its year has no before and after inside it: the nearest reading wins.
        #expect(value(of: "New Year's Eve", in: "He walked into a New Year's Eve party.", reference: "2018") == "2017-12-31")
        #expect(value(of: "July 1997", in: "since July 1997") == "1997-07")
    }

    @Test func withoutATenseCueTheNearerDateWinsWithThePastFavoured() {
        // March 1990 is nearer to an October 1989 piece than March 1989, but not twice as near.
        #expect(value(of: "March", in: "Shares rose to a high of $42 in June from $29.75 in March.", reference: "1989-10-30") == "1989-03")
        #expect(value(of: "Aug. 6", in: "Stocks rallied, leaving the index within 70 points of its record high set on Aug. 6.", reference: "1998-02-06") == "1997-08-06")
        // A date much nearer ahead still wins.
        #expect(value(of: "December", in: "The calendar year in December.", reference: "1989-10-27") == "1989-12")
        // "their last meeting" is the final one, not a past tense: January is the nearer one, ahead.
        #expect(value(of: "January", in: "Biden and Xi met in Lima, their last meeting before Trump takes office in January.",
                      reference: "2024-11-16") == "2025-01")
        #expect(value(of: "January", in: "The leaders will hold their last summit in January.", reference: "2024-11-16") == "2025-01")
        // "died" is a past, however short.
        #expect(value(of: "16 February", in: "The measures were adopted on 26 February 2024. Navalny died in a penal colony on 16 February.",
                      reference: "2024-11-18") == "2024-02-16")
        // A relative clause in the present tells what is scheduled, whatever the tense of the main clause.
        #expect(value(of: "Jan. 20", in: "Mr. Trump, who takes office on Jan. 20, has threatened tariffs.", reference: "2024-11-16") == "2025-01-20")
        #expect(value(of: "Sunday", in: "The truce, which takes effect on Sunday, was agreed on Friday.", reference: "2024-11-16") == "2024-11-17")
        #expect(value(of: "Sunday", in: "The truce, which took effect on Sunday, was agreed on Friday.", reference: "2024-11-16") == "2024-11-10")
    }

    @Test func thisSeasonIsThisYears() {
        #expect(value(of: "this summer", in: "The summit is this summer.", reference: "2024-02-16") == "2024-SU")
        #expect(value(of: "this summer", in: "The summit was this summer.", reference: "2024-11-16") == "2024-SU")
    }

    @Test func yearsAndDecadesInWords() {
        #expect(value(of: "nineteen ninety-six", in: "In nineteen ninety-six, the party won.") == "1996")
        #expect(value(of: "Twenty twenty-four", in: "Twenty twenty-four was busy.") == "2024")
        #expect(value(of: "nineteen eighty", in: "Since nineteen eighty, nothing changed.") == "1980")
        #expect(value(of: "the year two thousand", in: "By the year two thousand, it had split.") == "2000")
        #expect(value(of: "the nineties", in: "Prices rose in the nineties.") == "199")
        #expect(value(of: "the mid-sixties", in: "In the mid-sixties, the treaty was signed.") == "196")
        // Counts and ages stay numbers.
        #expect(found("Two thousand soldiers marched. He was in his twenties. Nineteen people died. The nineteen hundred miles.").isEmpty)
    }

    @Test func ambiguousMonthWordsNeedContext() {
        #expect(!found("He may visit Seoul.").contains("may"))
        #expect(!found("Protesters march through the city.").contains("march"))
        #expect(value(of: "May", in: "The vote is set for May 10.") == nil)
        #expect(value(of: "May 10", in: "The vote is set for May 10.") == "2024-05-10")
        #expect(value(of: "March", in: "They met in March.") == "2024-03" || value(of: "March", in: "They met in March.") == "2023-03")
    }

    @Test func yearsAreNotCounts() {
        #expect(!found("They deployed 2000 troops and $2000 in aid.").contains("2000"))
        #expect(!found("Around 1,500 people gathered.").contains("1,500"))
        #expect(!found("Some 2,000,000 people voted.").contains("2,000,000"))
        // A thousands group has three digits: a day glued to its year by a comma is a date.
        #expect(value(of: "Apr.10,2023", in: "Posted on : Apr.10,2023 talks resumed.") == "2023-04-10")
        // A scrape runs the next word onto the figures ("2024July", "18:05Modified"): a capitalized word is
        // its own; "5th" and "1990s" stay one.
        #expect(value(of: "July 2, 2024", in: "07/02/2024July 2, 2024") == "2024-07-02")
        // A compact stamp, day, month and a two-digit year in one word ("09Nov17" had been 9 Nov of the year before).
        #expect(value(of: "09Nov17", in: "Information\n09Nov17\nRemarks by the two presidents") == "2017-11-09")
        #expect(value(of: "21Mar98", in: "Posted 21Mar98 by the desk.") == "1998-03-21")
        #expect(value(of: "12/03/2024 - 18:05", in: "Issued on: 12/03/2024 - 18:05Modified: 12/03/2024 - 18:07") == "2024-03-12T18:05")
        #expect(found("Issued on: 12/03/2024 - 18:05Modified: 12/03/2024 - 18:07").count == 2)
        // Index levels, idioms and fractions are no dates either.
        #expect(found("The index shed 47.3 points to close at 2082.1 and the DAX at 1462.93.").isEmpty)
        #expect(found("a poster of Gary Cooper from the film High Noon").isEmpty)
        #expect(found("He won more than a quarter of the vote.").isEmpty)
        #expect(value(of: "noon", in: "The vote is at noon.") == "2024-02-16T12:00")
        // A year in a plan's name is not when anything happens.
        #expect(found("Leaders will discuss the African Union's Agenda 2063 and Saudi Vision 2030.").isEmpty)
        #expect(found("the goals of the 2030 Agenda for Sustainable Development").isEmpty)
        #expect(found("the Community Blueprints 2025 and the Master Plan on ASEAN Connectivity (MPAC) 2025").isEmpty)
        #expect(value(of: "2019", in: "They met in Bangkok (Thailand) in 2019.") == "2019")
        #expect(value(of: "2030", in: "The goals are due by 2030.") == "2030")
        // ("the NATO 2030 initiative" had made an event in 2030.)
        #expect(found("progress on the NATO 2030 initiative and the Europe 2020 strategy").isEmpty)
        #expect(value(of: "2024", in: "They agreed in 2024 plans to expand the port.") == "2024")
    }

    @Test func aQuarterCenturyIsTwentyFiveYears() {
        #expect(value(of: "the quarter century", in: "a chance to review the quarter century history of relations", reference: "2017-11-17") == "P25Y")
        #expect(value(of: "a quarter-century", in: "the first visit in a quarter-century") == "P25Y")
        #expect(value(of: "a quarter century", in: "ties that go back a quarter century") == "P25Y")
        #expect(value(of: "the past quarter-century", in: "growth over the past quarter-century") == "P25Y")
        #expect(value(of: "more than a quarter of a century", in: "after more than a quarter of a century of rule") == "P25Y")
        // A quarter alone is still the quarter reported, and a fraction of a vote no time at all.
        #expect(value(of: "the quarter", in: "Profit rose in the quarter.", reference: "1989-10-26") == "1989-Q3")
        #expect(value(of: "several quarters", in: "profitable after several quarters of losses") == "PXQ")
    }
}

@Suite struct Weekdays {
    // Friday 16 Feb 2024.
    /// A schedule told in the present: "visits Washington on Monday" is the coming Monday.
    @Test func presentTenseSchedulesLookAhead() {
        #expect(value(of: "Monday", in: "Kishida visits Washington on Monday.") == "2024-02-19")
        #expect(value(of: "Tuesday", in: "Officials said the envoy arrives in Tokyo on Tuesday.") == "2024-02-20")
        #expect(value(of: "Monday", in: "The president meets Monday with Gulf leaders.") == "2024-02-19")
        // The past still looks back.
        #expect(value(of: "Monday", in: "Kishida visited Washington on Monday.") == "2024-02-12")
    }

    /// TimeBank's convention: an evening is valued as the evening (a TIME), a night or a morning as its day.
    @Test func partsOfDayAfterAWeekday() {
        let evening = TemporalTagger().tag("The talks ended Wednesday evening.", reference: DateValue(parsing: "2024-02-16"))
        #expect(evening.first?.text == "Wednesday evening")
        #expect(evening.first?.value == "2024-02-14TEV")
        #expect(evening.first?.type == .time)
        #expect(value(of: "Tuesday morning", in: "Voters went to the polls Tuesday morning.") == "2024-02-13")
        #expect(value(of: "Wednesday night", in: "The envoys met Wednesday night.") == "2024-02-14")
        #expect(value(of: "this evening", in: "He will speak this evening.") == "2024-02-16TEV")
        #expect(value(of: "last night", in: "CBS News first reported last night that talks stalled.") == "2024-02-15TNI")
        #expect(found("The last night of the festival was calm.").isEmpty)
    }

    @Test func tenseDecidesDirection() {
        #expect(value(of: "Friday", in: "The government said Friday it is communicating.") == "2024-02-16")
        #expect(value(of: "late Thursday", in: "Kim Yo-jong said late Thursday that the North is open.") == "2024-02-15")
        #expect(value(of: "Monday", in: "The envoys will meet on Monday.") == "2024-02-19")
        #expect(value(of: "Monday", in: "The envoys are set to meet on Monday.") == "2024-02-19")
        #expect(value(of: "Monday", in: "Officials met on Monday.") == "2024-02-12")
        #expect(value(of: "Thursday", in: "The talks are slated to end later Thursday.", reference: "2024-01-18") == "2024-01-18")
        #expect(value(of: "Monday", in: "Earlier on Monday, state media reported a drill.", reference: "2024-03-25") == "2024-03-25")
        #expect(value(of: "last Friday", in: "He left last Friday.") == "2024-02-09")
        #expect(value(of: "next Tuesday", in: "He leaves next Tuesday.") == "2024-02-20")
        // A hope told in the past is still ahead.
        #expect(value(of: "November", in: "Biden said he looked forward to attending the G20 summit in Rio de Janeiro in November.") == "2024-11")
        // A modal's passive looks ahead: "can be resolved in October" in a January piece is this October.
        #expect(value(of: "October", in: "\"We hope the issues can be resolved before the end of his term in October,\" he told reporters.", reference: "2024-01-30") == "2024-10")
        #expect(value(of: "October", in: "The deal may be signed in October.", reference: "2024-01-30") == "2024-10")
        #expect(value(of: "May", in: "Kishida is expected to visit Seoul as early as May, media reported.", reference: "2023-04-10") == "2023-05")
        #expect(value(of: "Wednesday", in: "His grandparents could be located Wednesday in their hometown.", reference: "2000-01-07") == "2000-01-05")
        // A participle with its agent describes its noun: the tense is the verb's before it.
        #expect(value(of: "Tuesday evening", in: "Leaders will attend a dinner hosted by King Willem-Alexander on Tuesday evening.",
                      reference: "2025-06-20") == "2025-06-24TEV")
        #expect(value(of: "Tuesday", in: "Prices rose by 5% on Tuesday.", reference: "2025-06-20") == "2025-06-17")
        #expect(value(of: "Tuesday", in: "The summit was hosted by Japan on Tuesday.", reference: "2025-06-20") == "2025-06-17")
    }

    @Test func tenseCuesSeeIrregularVerbsAndSkipNumbersAndPlaces() {
        // 2024-02-16 is a Friday. "bought" is past; "840.8 million" and "U.S." are not words between cue and day.
        #expect(value(of: "Thursday", in: "Crane holds shares, including 254,200 bought from Sept. 14 to Thursday.") == "2024-02-15")
        #expect(value(of: "Tuesday", in: "Volume was 840.8 million shares, up from 443.6 million Tuesday.") == "2024-02-13")
        // "next to" is a place, not "next week".
        #expect(value(of: "Thursday", in: "Bombs exploded next to the U.S. embassies in Kenya and Tanzania on Thursday.") == "2024-02-15")
    }

    @Test func withoutATenseCueAWeekdayIsPastUnlessItIsTomorrow() {
        // News reports what happened: "Wednesday" in Friday's paper is two days ago, not five days ahead.
        #expect(value(of: "Wednesday", in: "Rallies in the capital Wednesday and a strike.") == "2024-02-14")
        #expect(value(of: "Tuesday", in: "Rallies in the capital Tuesday and a strike.") == "2024-02-13")
        #expect(value(of: "Monday", in: "Rallies in the capital Monday and a strike.") == "2024-02-12")
        // The next day reads as upcoming: "Saturday" in Friday's paper.
        #expect(value(of: "Saturday", in: "Rallies in the capital Saturday and a strike.") == "2024-02-17")
        // A span running through a day ends ahead, unless told as past.
        #expect(value(of: "Wednesday", in: "The three-day exercise, which runs through Wednesday, involves a carrier.") == "2024-02-21")
        #expect(value(of: "Wednesday", in: "The embassy is closed until Wednesday.") == "2024-02-21")
        #expect(value(of: "Wednesday", in: "The drills lasted through Wednesday.") == "2024-02-14")
    }

    /// A month named alone and told as past is the last one, however long ago ("opened a centre in June" in
    /// a May piece is last June, not next month); what someone was urged or asked to do lies ahead, and so
    /// does what is expected or scheduled, but not a scheduling told as done.
    @Test func aMonthToldAsPastIsTheLastOne() {
        let may = "2024-05-20"
        #expect(value(of: "June", in: "The association opened a research centre in Vienna in June.", reference: may) == "2023-06")
        #expect(value(of: "early June", in: "Public anger has been mounting since the court rejected the appeal in early June.", reference: may) == "2023-06")
        // The month the story is written in is this one; without a tense the nearer one wins.
        #expect(value(of: "mid-May", in: "The council was set up in mid-May.", reference: may) == "2024-05")
        #expect(value(of: "June", in: "Prices in June: unchanged.", reference: may) == "2024-06")
        // A directive's infinitive looks ahead of the telling.
        #expect(value(of: "June", in: "Health officials urged residents to get vaccinated before June.", reference: may) == "2024-06")
        #expect(value(of: "June", in: "The envoys called on both sides to return to talks in June.", reference: may) == "2024-06")
        #expect(value(of: "June", in: "The minister declined when asked to comment in June.", reference: may) == "2023-06")
        #expect(value(of: "June", in: "Dealers placed buy orders in June to start the new fund.", reference: may) == "2023-06")
        // A scheduling told as done says nothing of when its meeting falls; one still ahead does.
        let saturday = "2024-02-17"
        #expect(value(of: "Friday", in: "The council scheduled a meeting later Friday to adopt the statement.", reference: saturday) == "2024-02-16")
        #expect(value(of: "Friday", in: "The council had scheduled a vote on Friday.", reference: saturday) == "2024-02-16")
        #expect(value(of: "Friday", in: "The meeting is scheduled for Friday.", reference: saturday) == "2024-02-23")
        #expect(value(of: "Friday", in: "The council has scheduled a vote for Friday.", reference: saturday) == "2024-02-23")
        // "is expected to" is a plan's tense, and a plan's day is not one already gone.
        let plan = "During the working group meeting on Monday, the envoys discussed trips. Later in the day, the envoy is expected to meet officials."
        #expect(value(of: "the day", in: plan, reference: "2020-02-11") == "2020-02-11")
    }

    /// What a statement looked ahead to: a modal's plan ("said it would release details in December"), a date
    /// something is due or expected by, a deadline after "by", a clause of its own after "if" or "as"; not a
    /// refusal ("would not comment"), nor a day named as a happening's ("Wednesday's ruling").
    @Test func modalsDeadlinesAndExpectationsLookAhead() {
        // In a May piece, a December ahead is this year's; without a cue the nearer one, last year's, wins.
        let may = "2024-05-20"
        #expect(value(of: "December", in: "The ministry said it would release more details in December.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "The agency said it would publish updated guidelines in December.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "Parliament said it would hold a final vote in December if no agreement was reached.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "Analysts warned that inflation could weigh on growth in December.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "A final report is due in December.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "A verdict is expected by December, the court said.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "\"We expect a decision in December,\" she said.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "Sales should reach $4.1 million by December.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "The report was due in December.", reference: may) == "2023-12")
        // A headline's plan: its subject, "to" and a verb.
        #expect(value(of: "December", in: "Secretary Blinken to visit China in December", reference: may) == "2024-12")
        #expect(value(of: "December", in: "Japan to Korea flights resumed in December.", reference: may) == "2023-12")
        #expect(value(of: "December", in: "Flights from Beijing to Seoul resumed in December.", reference: may) == "2023-12")
        // A decimal point ends no sentence, so the plan reaches the date; "won" after a number is money.
        #expect(value(of: "December", in: "The government plans to spend $4.9 million on subsidies in December.", reference: may) == "2024-12")
        #expect(value(of: "December", in: "The city plans to spend 1.8 billion won on parks in December.", reference: may) == "2024-12")
        // 2024-02-16 is a Friday.
        #expect(value(of: "Monday", in: "The spokesman would not comment on Monday.") == "2024-02-12")
        #expect(value(of: "Wednesday", in: "His relatives said they would look for ways to get around Wednesday's ruling.") == "2024-02-14")
        #expect(value(of: "May", in: "Without the strike, the plant would have reopened in May.", reference: "2024-11-20") == "2024-05")
    }

    /// "from around 2100 B.C.": a year before the era is no year of the calendar the tagger counts.
    @Test func yearsBeforeTheEraAreNotDates() {
        #expect(found("The site was in use from around 2100 B.C. and again in 1900 BC.").isEmpty)
        #expect(found("The site was in use from around 2100 B.C. until 2010.") == ["2010"])
    }

    @Test func passivesAndSoonAreNotPast() {
        // A participle after a future "be" is no past; after "could be" it tells nothing (the nearer day wins).
        #expect(value(of: "December", in: "Collins will be named commander for a mission in December.", reference: "1998-03-04") == "1998-12")
        #expect(value(of: "January", in: "The dividend would be paid in January.", reference: "1989-10-26") == "1990-01")
        #expect(value(of: "Wednesday", in: "He could not be located Wednesday.", reference: "2000-01-06") == "2000-01-05")
        #expect(value(of: "December", in: "The plant was closed in December.", reference: "1998-03-04") == "1997-12")
        // After "is" the passive is present, so the nearer March, not the past one of the document's year.
        #expect(value(of: "March", in: "The appeal is heard in March.", reference: "2024-11-20") == "2025-03")
        #expect(value(of: "March", in: "The appeal was heard in March.", reference: "2024-11-20") == "2024-03")
        // "as soon as" looks ahead; "vacation plans" is a noun, "plans to" a verb.
        #expect(value(of: "Tuesday", in: "The group could leave as soon as Tuesday, Castro said.", reference: "2000-04-03") == "2000-04-04")
        #expect(value(of: "Friday", in: "On Friday, Albright set aside vacation plans.", reference: "1998-08-17") == "1998-08-14")
        #expect(value(of: "Friday", in: "Albright plans to fly on Friday.", reference: "1998-08-17") == "1998-08-21")
        // "plans a weapons test" is a verb with its object, and looks ahead; "the plans a ..." is a noun.
        #expect(value(of: "Saturday", in: "North Korea plans a weapons test Saturday, officials said.") == "2024-02-17")
        #expect(value(of: "Saturday", in: "They discussed the plans a week ago and met Saturday.") == "2024-02-10")
        // "plans for" is a noun ("vacation plans for the holiday"); "scheduled for" announces a date.
        #expect(value(of: "Friday", in: "On Friday, when Albright set aside vacation plans for the holiday, she flew.", reference: "1998-08-17") == "1998-08-14")
        #expect(value(of: "Friday", in: "A vote is scheduled for Friday.", reference: "1998-08-17") == "1998-08-21")
        // A plan in the past perfect is over: "had been due to expire Friday".
        #expect(value(of: "Friday", in: "The offer had been due to expire Friday.", reference: "1989-10-30") == "1989-10-27")
        #expect(value(of: "Friday", in: "The offer is due to expire Friday.", reference: "1989-10-30") == "1989-11-03")
        // "postponed until Tuesday" moves the happening ahead, whatever the verb's tense.
        #expect(value(of: "Tuesday", in: "Officials postponed until Tuesday any action on the case.", reference: "2000-03-30") == "2000-04-04")
        #expect(value(of: "Monday", in: "The hearing was delayed to Monday.", reference: "2000-03-30") == "2000-04-03")
        #expect(value(of: "Tuesday", in: "The court had adjourned until Tuesday.", reference: "2000-03-30") == "2000-03-28")
        // "un-" adjectives tell no tense ("unveiled" is still a past); "effective" names a date to come.
        #expect(value(of: "January", in: "It would be paid on a still unspecified date in January.", reference: "1989-10-26") == "1990-01")
        #expect(value(of: "Monday", in: "The ministry unveiled its plan Monday.") == "2024-02-12")
        #expect(value(of: "Feb. 1", in: "He was named chairman, effective Feb. 1.", reference: "1989-10-26") == "1990-02-01")
        // "were planning to", "was going to": the plan sets the tense, not the past auxiliary.
        let plans = "Protesters planned a rally on Saturday and were planning to march on Monday."
        #expect(value(of: "Saturday", in: plans, reference: "2000-01-07") == "2000-01-08")
        #expect(value(of: "Monday", in: plans, reference: "2000-01-07") == "2000-01-10")
        #expect(value(of: "Saturday", in: "A rally took place on Saturday and was planned again.", reference: "2000-01-07") == "2000-01-01")
        // "as previously planned", "the hastily planned trip": a plan told as done.
        #expect(value(of: "Saturday", in: "The offensive began as previously planned Saturday.", reference: "1991-02-25") == "1991-02-23")
        #expect(value(of: "Friday", in: "On Friday, she set off on the hastily planned trip.", reference: "1998-08-17") == "1998-08-14")
        #expect(value(of: "Saturday", in: "The rally planned for Saturday.", reference: "1991-02-25") == "1991-03-02")
        // A quotation mark ends the clause: the reporting verb after it does not date the quote.
        #expect(value(of: "Thursday", in: "\"He will leave on Thursday,\" Castro said.", reference: "2000-04-05") == "2000-04-06")
        #expect(value(of: "Thursday", in: "``He will leave at 4 in the morning (Thursday),'' Castro said.", reference: "2000-04-05") == "2000-04-06")
        #expect(value(of: "Thursday", in: "On Thursday the students' union met.", reference: "2000-04-05") == "2000-03-30")
        // Talks that "are supposed to conclude by May" look ahead.
        #expect(value(of: "May", in: "The talks are supposed to conclude by May.", reference: "1998-03-22") == "1998-05")
    }

    @Test func aDayOfTheMonthInBracketsSaysWhichWeekday() {
        // Brazilian agencies write "on Sunday (17)": the 17th that is a Sunday, even read a week later.
        let text = "Lula and Sisi signed on Sunday (17) a partnership. Sisi is in Rio this Monday (18) and Tuesday (19)."
        for reference in ["2024-11-18", "2024-11-26"] {
            #expect(value(of: "Sunday (17)", in: text, reference: reference) == "2024-11-17")
            #expect(value(of: "this Monday (18)", in: text, reference: reference) == "2024-11-18")
            #expect(value(of: "Tuesday (19)", in: text, reference: reference) == "2024-11-19")
        }
        #expect(value(of: "Sunday (17)", in: text, reference: nil) == "XXXX-XX-17")
        #expect(found("on Saturday (the first day)", reference: "2024-11-11") == ["Saturday"])
    }

    @Test func weekdayPossessives() {
        #expect(value(of: "Friday", in: "Fund managers said Friday's profit-taking was small.") == "2024-02-16")
    }

    @Test func monthRolloverAcrossYears() {
        #expect(value(of: "Monday", in: "The envoys will meet on Monday.", reference: "2023-12-29") == "2024-01-01")
        #expect(value(of: "Friday", in: "He said Friday it was over.", reference: "2024-01-02") == "2023-12-29")
        // A date without its year follows the tense across the new year, up to about eight months away.
        #expect(value(of: "Oct. 23", in: "Slepian was shot to death on the night of Oct. 23.", reference: "1999-05-05") == "1998-10-23")
        #expect(value(of: "August", in: "Qantas will almost double its flights to India by August.", reference: "1998-02-13") == "1998-08")
        #expect(value(of: "Jan. 10", in: "The envoy will return on Jan. 10.", reference: "2023-11-20") == "2024-01-10")
        // Without a tense, the nearer one, the past favoured: one ahead must be less than half as far.
        #expect(value(of: "Oct. 23", in: "The Oct. 23 vote and its aftermath.", reference: "1999-05-05") == "1998-10-23")
        #expect(value(of: "Oct. 23", in: "The Oct. 23 vote and its aftermath.", reference: "1999-09-01") == "1999-10-23")
    }
}

@Suite struct RelativeExpressions {
    @Test func deictic() {
        #expect(value(of: "yesterday", in: "He spoke yesterday.") == "2024-02-15")
        #expect(value(of: "last week", in: "He told parliament last week.") == "2024-W06")
        #expect(value(of: "last weekend", in: "A missile was fired last weekend.", reference: "2024-01-18") == "2024-W02-WE")
        #expect(value(of: "last month", in: "in an interview last month") == "2024-01")
        #expect(value(of: "last year", in: "talks last year") == "2023")
        #expect(value(of: "next week", in: "Talks are possibly next week.", reference: "2018-01-05") == "2018-W02")
        #expect(value(of: "this year", in: "This year marks the anniversary.") == nil)
        #expect(value(of: "This year", in: "This year marks the anniversary.") == "2024")
        #expect(value(of: "earlier this year", in: "It was agreed earlier this year.") == "2024")
        #expect(value(of: "recent years", in: "cooperation in recent years") == "PAST_REF")
        #expect(value(of: "two years ago", in: "It closed two years ago.") == "2022")
        // "this <month>" is this year's whatever the tense; "last <month>" the one before the document.
        #expect(value(of: "this September", in: "With the election due this September, figures couldn't have come at a worse time.") == "2024-09")
        #expect(value(of: "last November", in: "He was elected last November.") == "2023-11")
    }

    @Test func anaphoric() {
        // Year-on-year comparisons are all made with the period reported, not with each other.
        let results = "Net income rose in the third quarter. It earned $5 million a year ago. Sales were $3 million a year earlier."
        #expect(value(of: "a year ago", in: results, reference: "1989-11-02") == "1988-Q3")
        #expect(value(of: "a year earlier", in: results, reference: "1989-11-02") == "1988-Q3")
        #expect(value(of: "a year earlier", in: "The plant opened in 1990; a year earlier the site was a field.") == "1989")
        #expect(value(of: "a day earlier", in: "The government said Friday it is talking over an invitation made a day earlier.") == "2024-02-15")
        #expect(value(of: "The next day", in: "They met on Jan. 3, 2018. The next day, talks resumed.") == "2018-01-04")
        #expect(value(of: "three days later", in: "They met on Jan. 3, 2018 and three days later signed.") == "2018-01-06")
        #expect(value(of: "a year earlier", in: "Profit rose in the third quarter from a year earlier.", reference: "1989-10-26") == "1988-Q3")
    }

    /// "The following Monday" is the Monday after the date last told (a week counts), not the document's.
    @Test func weekdaysOfTheNarrative() {
        let story = "On May 28, negotiators thought they had a deal. Two weeks earlier, Burns had flown to Doha. The following Monday, Israel rejected the draft."
        #expect(value(of: "The following Monday", in: story, reference: "2024-06-03") == "2024-05-20")
        #expect(value(of: "the next Friday", in: "They met on Friday, Jan. 5, 2018, and again the next Friday.") == "2018-01-12")
        #expect(value(of: "the previous Sunday", in: "He resigned on Jan. 3, 2018, after a vote the previous Sunday.") == "2017-12-31")
        #expect(value(of: "the following Tuesday", in: "Talks resumed the following Tuesday.", reference: "2024-02-16") == "2024-02-20")
        #expect(value(of: "the following Tuesday", in: "Talks resumed the following Tuesday.", reference: nil) == "XXXX-WXX-2")
    }

    @Test func ordinalCenturiesAndLatestPeriods() {
        #expect(value(of: "the 20th century", in: "one of the most significant events of the 20th century") == "19")
        #expect(value(of: "11th century", in: "the fabled 11th century temple") == "10")
        #expect(value(of: "the eighteenth century", in: "a house from the eighteenth century") == "17")
        #expect(value(of: "the 21st century", in: "diplomacy in the 21st century") == "20")
        #expect(found("He won 20th place in the century-old race.").isEmpty)
        #expect(value(of: "the latest period", in: "Sales in the latest period were $1.76 billion.", reference: "1989-11-02") == "1989-Q3")
    }

    @Test func quartersAndHalvesOfNamedYears() {
        let ref = "1989-10-30"
        #expect(value(of: "this year's third quarter", in: "Sales in this year's third quarter rose.", reference: ref) == "1989-Q3")
        #expect(value(of: "next year's first quarter", in: "It ships in next year's first quarter.", reference: ref) == "1990-Q1")
        // The possessive year says the year, whatever the tense: a fourth quarter still to come.
        #expect(value(of: "this year's fourth quarter", in: "Sales fell in this year's fourth quarter.", reference: "1989-08-10") == "1989-Q4")
        #expect(value(of: "last year's quarter", in: "Net rose from last year's quarter.", reference: ref) == "1988-Q3")
        #expect(value(of: "the 1988 quarter", in: "Net was $5 million, up from $4 million in the 1988 quarter.", reference: ref) == "1988-Q3")
        let report = "Net fell in the second quarter of 1989, compared with the 1988 period. A year ago it rose."
        #expect(value(of: "the 1988 period", in: report, reference: ref) == "1988-Q2")
        // The compared period is no anchor: "a year ago" is still counted from the second quarter.
        #expect(value(of: "A year ago", in: report, reference: ref) == "1988-Q2")
        #expect(value(of: "the last half of 1989", in: "Sales slowed in the last half of 1989.", reference: ref) == "1989-H2")
        #expect(value(of: "the first two quarters of 1990", in: "Sales rise in the first two quarters of 1990.", reference: ref) == "1990-H1")
        #expect(value(of: "the last quarter of 1988", in: "It lost money in the last quarter of 1988.", reference: ref) == "1988-Q4")
        // "the last half of the '80s" is half a decade; "the last quarter" alone is the one before this.
        #expect(found("in the last half of the '80s", reference: ref) == ["the '80s"])
        #expect(!found("Profit fell in the last quarter.", reference: ref).contains("the last quarter"))
    }

    @Test func clockTimesWithTheirDayAndPartsOfDay() {
        let ref = "1989-11-02"
        #expect(value(of: "5 p.m. EST Nov. 9", in: "Offers expire at 5 p.m. EST Nov. 9.", reference: ref) == "1989-11-09T17:00")
        #expect(value(of: "5 p.m. EST, Nov. 6", in: "Offers expire at 5 p.m. EST, Nov. 6, unless extended.", reference: ref) == "1989-11-06T17:00")
        #expect(value(of: "mid-afternoon yesterday", in: "Trading halted in mid-afternoon yesterday.", reference: ref) == "1989-11-01TAF")
        #expect(value(of: "midmorning Friday", in: "It fell by midmorning Friday.", reference: ref) == "1989-10-27TMO")
        // Alone, the part of the day the narrative is in.
        #expect(value(of: "mid afternoon", in: "On Nov. 1, 1989, by mid afternoon the index fell.", reference: ref) == "1989-11-01TAF")
        #expect(found("a mid-size company", reference: ref).isEmpty)
        // A time alone on its line stamps a live page's entry: the page's day, not the day last named.
        #expect(value(of: "09:30 GMT", in: "Netanyahu will receive Blinken on Friday.\n09:30 GMT\nQatar says talks go on.",
                      reference: "2024-03-21") == "2024-03-21T09:30")
        #expect(value(of: "9:30 a.m.", in: "Netanyahu will receive Blinken on Friday. Talks open at 9:30 a.m. in Jerusalem.", reference: "2024-03-21") == "2024-03-22T09:30")
    }

    @Test func fiscalYearsAndYearsInWordsAfterMonthsAndSeasons() {
        #expect(value(of: "the current fiscal year", in: "Profit will rise in the current fiscal year.", reference: "1989-10-26") == "1989")
        #expect(value(of: "last fiscal year", in: "Profit rose last fiscal year.", reference: "1989-10-26") == "1988")
        #expect(value(of: "the current quarter", in: "Sales in the current quarter", reference: "1989-10-26") == "1989-Q4")
        #expect(value(of: "January nineteen ninety-seven", in: "It began in January nineteen ninety-seven.", reference: "1998-03-01") == "1997-01")
        #expect(value(of: "the winter of nineteen ninety-four", in: "It began in the winter of nineteen ninety-four.", reference: "1998-03-01") == "1994-WI")
        #expect(value(of: "the summer of 2023", in: "It began in the summer of 2023.") == "2023-SU")
    }

    @Test func countsWithMoreAndKindsOfDays() {
        #expect(value(of: "at least 20 more years", in: "The navy may use the base for at least 20 more years.") == "P20Y")
        #expect(value(of: "an additional year", in: "The loan may be extended for an additional year.") == "P1Y")
        #expect(value(of: "Eight trading days", in: "Eight trading days after Oct. 12, the index fell.") == "P8D")
        #expect(value(of: "several quarters", in: "It returned to profit after several quarters of losses.") == "PXQ")
        // A fraction stays a fraction.
        #expect(found("It won three quarters of the vote.").isEmpty)
        #expect(value(of: "the weeks ahead", in: "Funds will sell in the weeks ahead.") == "PXW")
        #expect(value(of: "the near term", in: "We don't minimize the challenges of the near term.") == "FUTURE_REF")
        #expect(value(of: "the short term", in: "to placate holders in the short term") == "FUTURE_REF")
        #expect(value(of: "the near future", in: "No talks are planned in the near future.") == "FUTURE_REF")
        #expect(found("the near side of the river").isEmpty)
        #expect(value(of: "each July", in: "Orangemen march each July through the town.") == "XXXX-07")
        #expect(value(of: "the end of the month", in: "Troops arrive by the end of the month.") == "2024-02")
        #expect(found("The month-long strike ended.").isEmpty)
    }

    @Test func weeksOfADayAndDaysFromADay() {
        #expect(value(of: "the week of March 6", in: "A hearing is set for the week of March 6.", reference: "2000-02-24") == "2000-W10")
        #expect(value(of: "Easter week", in: "Protesters prayed as Easter week began.", reference: "2000-04-17") == "2000-W16")
        let story = "The day before last Tuesday's hearing, Manuel went to the house."
        #expect(value(of: "The day before last Tuesday", in: story, reference: "2000-02-24") == "2000-02-21")
        #expect(value(of: "the day after Christmas", in: "They left the day after Christmas.", reference: "2000-01-10") == "1999-12-26")
        #expect(value(of: "the day before yesterday", in: "He came the day before yesterday.") == "2024-02-14")
        #expect(found("the day before the vote").isEmpty)
    }

    @Test func coordinatedDaysAndVaguePeriods() {
        let summit = "The summit on April 24 and 25 will admit them."
        #expect(value(of: "April 24", in: summit, reference: "1999-02-10") == "1999-04-24")
        #expect(value(of: "25", in: summit, reference: "1999-02-10") == "1999-04-25")
        #expect(value(of: "4", in: "Talks on May 3 or 4, the envoys said.", reference: "2020-04-20") == "2020-05-04")
        // Counts after a date stay counts.
        #expect(found("On April 24 and 25 percent of voters left.", reference: "1999-02-10") == ["April 24"])
        #expect(found("On April 24 and 25 delegates left.", reference: "1999-02-10") == ["April 24"])
        #expect(value(of: "the latest fiscal year", in: "Sales in the latest fiscal year rose.", reference: "1989-10-26") == "1988")
        #expect(value(of: "a later date", in: "It will seek financing at a later date.") == "FUTURE_REF")
        #expect(value(of: "months ago", in: "The company, which just months ago was failing, is profitable.") == "PAST_REF")
    }

    @Test func aboutSoManyAndDaysAfterLast() {
        #expect(value(of: "a week or so ago", in: "A week or so ago, he picked the date.".lowercased(), reference: "1991-02-25") == "1991-W08")
        #expect(value(of: "the next two years or so", in: "Prices will rise over the next two years or so.") == "P2Y")
        #expect(value(of: "Oct. 23", in: "He was killed last Oct. 23 by a sniper.", reference: "1999-04-19") == "1998-10-23")
        #expect(value(of: "last October", in: "He was killed last October.", reference: "1999-04-19") == "1998-10")
        #expect(found("in the past three summers").allSatisfy { $0 != "the past" })
    }

    @Test func overnightYearRangesAndDaysOfTheMonth() {
        #expect(value(of: "Overnight", in: "Overnight, shelling resumed.") == "2024-02-15TNI")
        #expect(found("An overnight stay. Overnight talks failed.").isEmpty)
        let war = "The 1953 armistice ended the 1950-53 Korean War; the 1999-00 season followed."
        #expect(value(of: "53", in: war) == "1953")
        #expect(value(of: "00", in: war) == "2000")
        // "On the 15th" is a day of the month named just before, else of the document's month.
        #expect(value(of: "the 15th", in: "Talks opened in March. On the 15th, they stalled.", reference: "2024-05-16") == "2024-03-15")
        #expect(value(of: "the 15th", in: "Talks resumed on the 15th.", reference: "2024-05-16") == "2024-05-15")
        #expect(found("a 15th century castle; he lives on the 15th floor").allSatisfy { $0 != "the 15th" })
        // A starting point is not the narrative's time: the month named after "since" does not count.
        let ruled = "Kim has ruled since December 2011. The talks resumed on the 15th."
        #expect(value(of: "the 15th", in: ruled, reference: "2024-05-16") == "2024-05-15")
    }

    @Test func showTitlesAreNotDates() {
        #expect(found("Baker, speaking on ABC News' \"This Week,\" said the request was made.").isEmpty)
        #expect(found("This is VOA Today. The story ran in USA Today.").isEmpty)
        #expect(value(of: "Today", in: "Today, hundreds of people gathered.") == "2024-02-16")
        // "soon" in a past told is soon after, no future.
        #expect(found("He was soon released. The trickle soon became a flood.").isEmpty)
        #expect(value(of: "soon", in: "The company will soon begin selling boxes.") == "FUTURE_REF")
        // A title-case headline still dates: "Next Week" there is next week.
        #expect(value(of: "Next Week", in: "Envoys Will Meet Next Week in Geneva") == "2024-W08")
    }

    @Test func vagueCountsBackAndApproximateAgo() {
        #expect(value(of: "several years ago", in: "The plant closed several years ago.") == "PAST_REF")
        #expect(value(of: "a few weeks ago", in: "The plant closed a few weeks ago.") == "PAST_REF")
        // TimeBank keeps the approximation inside a date counted back.
        #expect(found("The deal came almost two years ago.") == ["almost two years ago"])
        #expect(value(of: "about two years ago", in: "The deal came about two years ago.") == "2022")
        // "a year-earlier loss" is the year-ago period, not a length of a year.
        let report = "Net was $3 million in the third quarter, compared with a year-earlier loss of $6 million."
        #expect(value(of: "year-earlier", in: report, reference: "1989-10-30") == "1988-Q3")
        #expect(!found(report, reference: "1989-10-30").contains("a year"))
    }

    @Test func thatPeriodAndTheNextMorning() {
        let story = "The talks began in 1988. Later that year, they failed. He left the next morning. At midday the vote came."
        #expect(value(of: "Later that year", in: story, reference: "1990-08-15") == "1988")
        #expect(value(of: "that year", in: "The plant opened in 1988; that year it lost money.", reference: "1990-08-15") == "1988")
        #expect(value(of: "that quarter", in: "Sales fell in the second quarter of 1988 and that quarter ended badly.", reference: "1990-08-15") == "1988-Q2")
        #expect(value(of: "the next morning", in: "They met on Feb. 22, 2000. He left the next morning.") == "2000-02-23")
        #expect(value(of: "the following evening", in: "They met on Feb. 22, 2000 and again the following evening.") == "2000-02-23TEV")
        #expect(value(of: "midday", in: "At midday the vote came.") == "2024-02-16T12:00")
        #expect(found("That month-long trip ended.").isEmpty)
    }

    @Test func periodsOfTheNarrativeAndYearAgoAdjectives() {
        let report = "Third-quarter net fell to $3 million, compared with year-earlier profit of $3.8 million. "
            + "The year-ago results included a charge. Net rose from the year-ago second quarter and the "
            + "year-earlier nine months. For the year, volume was flat; in the year ended Sept. 30 it rose."
        #expect(value(of: "year-earlier", in: report, reference: "1989-11-02") == "1988-Q3")
        #expect(value(of: "year-ago", in: report, reference: "1989-11-02") == "1988-Q3")
        #expect(value(of: "the year-ago second quarter", in: report, reference: "1989-11-02") == "1988-Q2")
        #expect(value(of: "the year-earlier nine months", in: report, reference: "1989-11-02") == "P9M")
        // "The year" is the year, even when the narrative is in one of its quarters.
        #expect(value(of: "the year", in: report, reference: "1989-11-02") == "1989")
        #expect(value(of: "the year", in: "Sales in the year ended Sept. 30 rose.", reference: "1989-11-02") == "P1Y")
        #expect(value(of: "the full year", in: "He forecast an increase for the full year.", reference: "1989-11-02") == "1989")
        // Without a quarter in the narrative, a year before the document.
        #expect(value(of: "year-ago", in: "Sales rose 5% from year-ago levels.") == "2023")
        #expect(value(of: "the end of the year", in: "Talks should end by the end of the year.") == "2024")
        // "year-end" is the end of the document's year; "since year-end" the last one.
        for phrase in ["year-end", "year end", "year's end"] {
            let tag = TemporalTagger().tag("The deal should close by \(phrase).", reference: DateValue(parsing: "1989-10-26"))
            #expect(tag.map(\.text) == [phrase])
            #expect(tag.first?.value == "1989")
            #expect(tag.first?.date.modifier == .end)
        }
        #expect(value(of: "year-end", in: "The index is up 12% since year-end.", reference: "1989-10-26") == "1988")
        let byTheEnd = TemporalTagger().tag("Rules should be in place by the year's end.", reference: DateValue(parsing: "1989-10-26"))
        #expect(byTheEnd.map(\.text) == ["the year's end"])
        #expect(byTheEnd.first?.value == "1989")
        #expect(byTheEnd.first?.date.modifier == .end)
        #expect(value(of: "the year-end", in: "Shares rose 12% since the year-end.", reference: "1989-10-26") == "1988")
        #expect(found("Shares rose at a year end rally each year.", reference: "1989-10-26") == ["year end", "each year"])
        // A deadline is not the narrative's time: "the full year" after "by 1992" is still the document's.
        let deadline = "By 1992 it intended to hold half the market. He forecast a rise for the full year."
        #expect(value(of: "the full year", in: deadline, reference: "1989-10-30") == "1989")
        #expect(value(of: "the week", in: "For the week, the index dropped 3.8%.") == "2024-W07")
        #expect(value(of: "the year two thousand", in: "the year two thousand problem") == "2000")
        #expect(found("The year before, he had resigned. The year of the dragon began.").isEmpty)
        #expect(found("a 10-year-ago figure").allSatisfy { !$0.hasPrefix("year") })
        #expect(value(of: "the coming weeks", in: "Talks will resume in the coming weeks.") == "PXW")
        #expect(value(of: "coming months", in: "The economy will slow in coming months.") == "PXM")
    }

    @Test func partsAndFuzzySpans() {
        let text = "In early January, mid-2023, the late 1990s and the 1990s, this summer and the third quarter."
        let tags = TemporalTagger().tag(text, reference: DateValue(parsing: "2024-02-16"))
        let byText = Dictionary(tags.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["early January"]?.value == "2024-01")
        #expect(byText["early January"]?.date.modifier == .start)
        #expect(byText["mid-2023"]?.value == "2023")
        #expect(byText["mid-2023"]?.date.modifier == .mid)
        #expect(byText["the late 1990s"]?.value == "199")
        #expect(byText["the late 1990s"]?.date.modifier == .end)
        #expect(byText["the late 1990s"]?.date.display == "the late 1990s")
        #expect(byText["the 1990s"]?.value == "199")
        #expect(byText["summer"]?.value == "2024-SU" || byText["this summer"]?.value == "2024-SU")
        #expect(byText["the third quarter"]?.value == "2023-Q3")
        // A year before the ordinal, and "Q3" (split by the tokenizer into "Q" and "3").
        #expect(value(of: "the 1988 second quarter", in: "Profit rose from the 1988 second quarter.", reference: "1989-10-26") == "1988-Q2")
        #expect(value(of: "Q3 2024", in: "Revenue in Q3 2024 rose.") == "2024-Q3")
        // A year before "quarter" is no count of 1,988 quarters: the quarter being reported, that year.
        #expect(found("Results of the 1988 quarter", reference: "1989-10-26") == ["the 1988 quarter"])
    }

    @Test func namedDays() {
        #expect(value(of: "New Year’s Day", in: "the earthquake that hit on New Year’s Day") == "2024-01-01")
        #expect(value(of: "New Year’s Eve", in: "as he walked into a New Year’s Eve celebration", reference: "2018-01-05") == "2017-12-31")
        #expect(value(of: "Christmas", in: "He met them at Christmas.", reference: "2024-02-16") == "2023-12-25")
        #expect(value(of: "Thanksgiving", in: "They will meet on Thanksgiving.", reference: "2023-10-01") == "2023-11-23")
    }

    @Test func durationsSetsRangesReferences() {
        // TimeBank keeps "nearly" inside the expression but "roughly" and "about" outside; "over" before a
        // count is mostly "during", before "a"/"an" "more than".
        #expect(value(of: "nearly two years", in: "for the first time in nearly two years") == "P2Y")
        #expect(value(of: "three years", in: "payments spread over three years") == "P3Y")
        #expect(value(of: "over an hour", in: "The meeting lasted over an hour.") == "PT1H")
        #expect(value(of: "roughly 20 years", in: "their first summit in roughly 20 years") == nil)
        #expect(value(of: "20 years", in: "their first summit in roughly 20 years") == "P20Y")
        #expect(value(of: "every year", in: "They meet every year.") == "P1Y")
        // Halves go to the next smaller unit; decades counted in numbers are years (ISO 8601 has no decade).
        #expect(value(of: "2 1/2 years", in: "after 2 1/2 years of talks") == "P2Y6M")
        #expect(value(of: "5 1/2 hours", in: "after 5 1/2 hours of talks") == "PT5H30M")
        #expect(value(of: "a year and a half", in: "after a year and a half of talks") == "P1Y6M")
        #expect(value(of: "a minute and a half", in: "It took a minute and a half later on.") == "PT1M30S")
        #expect(value(of: "two and a half months", in: "after two and a half months of talks") == "P2.5M")
        #expect(value(of: "two decades", in: "after two decades of talks") == "P20Y")
        #expect(value(of: "decades", in: "after talks for decades") == "PXDE")
        #expect(value(of: "five year", in: "a five year plan") == "P5Y")
        #expect(value(of: "1910", in: "colonization from 1910 to 1945") == "1910")
        #expect(value(of: "1945", in: "colonization from 1910 to 1945") == "1945")
        #expect(value(of: "now", in: "It is now clear.") == "PRESENT_REF")
        #expect(value(of: "recently", in: "He recently said so.") == "PAST_REF")
        #expect(value(of: "the future", in: "in the future") == "FUTURE_REF")
        #expect(value(of: "soon", in: "Prosecutors may soon seek an indictment.") == "FUTURE_REF")
        #expect(found("Reply as soon as you can; he left soon after the vote.").isEmpty)
        let approx = TemporalTagger().tag("in nearly two years", reference: nil).first
        #expect(approx?.date.modifier == .approx)
    }
}

@Suite struct DayFirstAndCoordinatedMonths {
    @Test func dayBeforeAnAmbiguousMonth() {
        #expect(value(of: "3 March", in: "The summit on 3 March followed talks.") == "2024-03-03")
        #expect(value(of: "3 May", in: "They met on 3 May.", reference: "2024-06-01") == "2024-05-03")
        // A full month name at the end of a sentence leaves the period out; an abbreviation keeps it.
        #expect(found("They met on 3 December.") == ["3 December"])
        #expect(found("They met on 3 Dec. in Rome.") == ["3 Dec."])
        #expect(found("Markets may 3 percent rise.").isEmpty)
    }

    @Test func aRangeOfDaysBeforeItsMonthOpensInThatMonth() {
        #expect(value(of: "16", in: "The conference ran 16-18 February in Munich.") == "2024-02-16")
        #expect(value(of: "3", in: "Talks were held from 3 to 5 March 2023.") == "2023-03-03")
        #expect(value(of: "the 9th", in: "They met on the 9th and 10th of July.") == "2023-07-09")
        // A first number after the last day is no day of that month ("France won 2-1 March 3" is a score).
        #expect(found("Italy won 5-1 March fixtures.") == ["1 March"])
        #expect(found("Prices rose 3 to 5 percent in March.") == ["March"])
    }

    @Test func aMonthJoinedToAYearedOneTakesItsYear() {
        let text = "Relations soured between March and May of last year."
        #expect(value(of: "March", in: text) == "2023-03")
        #expect(value(of: "May of last year", in: text) == "2023-05")
        #expect(value(of: "January", in: "Prices rose from January to March 2023.") == "2023-01")
        // A later month cannot borrow an earlier one's year.
        #expect(value(of: "November", in: "From November to March 2023 it rained.", reference: "2023-06-01") == "2022-11")
    }

    @Test func fortnightsAreTwoWeeks() {
        #expect(value(of: "a fortnight", in: "Talks lasted a fortnight.") == "P2W")
        #expect(value(of: "a fortnight ago", in: "They met a fortnight ago.") == "2024-W05")
    }

    @Test func clausesKeepTheirTense() {
        // "last" after a modal is the verb; a period still to come is not one already over.
        let text = "Kani met Mora on Sunday evening. Talks will last until the end of the week."
        #expect(value(of: "the end of the week", in: text, reference: "2021-11-29") == "2021-W48")
        #expect(value(of: "the end of the week", in: "Kani met Mora on Sunday. Talks lasted until the end of the week.",
                      reference: "2021-11-29") == "2021-W47")
        // A verb before "and" keeps its clause: the weekend is the one just past.
        #expect(value(of: "the weekend", in: "She flew to Kyiv over the weekend and will travel to Warsaw tomorrow.") == "2024-W06-WE")
        // Present-tense schedules look ahead.
        #expect(value(of: "31 December", in: "The agreement expires on 31 December.") == "2024-12-31")
    }
}

@Suite struct ClocksAndRanges {
    @Test func compactAndBritishClocks() {
        #expect(value(of: "3pm", in: "It ended at 3pm local time.", reference: "2023-11-01") == "2023-11-01T15:00")
        #expect(value(of: "11am on Friday", in: "It ended at 11am on Friday.", reference: "2023-11-01") == "2023-10-27T11:00")
        #expect(value(of: "9.30am", in: "It began at 9.30am.", reference: "2023-11-01") == "2023-11-01T09:30")
        #expect(value(of: "1400 GMT", in: "It ended at 1400 GMT.", reference: "2023-11-01") == "2023-11-01T14:00")
        #expect(value(of: "12pm", in: "It ended at 12pm.", reference: "2023-11-01") == "2023-11-01T12:00")
        #expect(value(of: "12am", in: "It ended at 12am.", reference: "2023-11-01") == "2023-11-01T00:00")
        // In brackets after the local time, the zone's clock repeats it; a decimal is no clock.
        #expect(found("It began at 10:35 a.m. (0735 GMT) Friday.", reference: "1998-08-08") == ["10:35 a.m.", "Friday"])
        #expect(found("Shares rose 9.30 points.", reference: "2023-11-01").isEmpty)
        #expect(found("The 1400 delegates met.", reference: "2023-11-01").isEmpty)
        // With no year known, the day of a clock stays told.
        #expect(value(of: "Nov. 23 06:30 am JST", in: "Nov. 23 06:30 am JST", reference: nil) == "XXXX-11-23T06:30")
        // A length told the clock's way is no time of day.
        #expect(found("Listen to this article · 6:12 min Learn more", reference: nil).isEmpty)
    }

    @Test func theEndsOfRanges() {
        let text = "Talks are set for Nov. 3-4 in Geneva, with a second round Nov. 10 to 12."
        #expect(value(of: "4", in: text, reference: "2023-11-01") == "2023-11-04")
        #expect(value(of: "12", in: text, reference: "2023-11-01") == "2023-11-12")
        #expect(found("Talks run Nov. 3-4 percent", reference: "2023-11-01") == ["Nov. 3"])
        #expect(found("It opened Nov. 3, 2023-24 season", reference: "2023-11-01") == ["Nov. 3, 2023"])
        let week = "Delegates will meet from Monday to Wednesday."
        #expect(value(of: "Monday", in: week, reference: "2023-11-01") == "2023-11-06")
        #expect(value(of: "Wednesday", in: week, reference: "2023-11-01") == "2023-11-08")
    }
}

@Suite struct PartsOfYearsAndDecades {
    @Test func halvesAndQuartersOfNamedYears() {
        #expect(value(of: "the first quarter of next year", in: "Output will rise in the first quarter of next year.") == "2025-Q1")
        #expect(value(of: "the second half of last year", in: "It fell in the second half of last year.") == "2023-H2")
        #expect(value(of: "H1 2024", in: "Sales in H1 2024 rose.") == "2024-H1")
        #expect(value(of: "this year's first half", in: "Compared with this year's first half, sales rose.") == "2024-H1")
        #expect(DateValue(parsing: "2024-H2")?.end == Day(year: 2024, month: 12, day: 31))
        #expect(DateValue(parsing: "2024-H3") == nil)
        #expect(found("Vitamin H1 levels rose.").isEmpty)
        // Told in the past early in a year, the second half is last year's.
        #expect(value(of: "the second half of the year", in: "Growth slowed in the second half of the year.") == "2023-H2")
        #expect(value(of: "the second half of the year", in: "Growth will pick up in the second half of the year.") == "2024-H2")
    }

    @Test func theEndOfTheDecade() {
        let tags = TemporalTagger().tag("Emissions must fall by the end of the decade.", reference: DateValue(parsing: "2024-02-16"))
        #expect(tags.map(\.text) == ["the end of the decade"])
        #expect(tags.first?.value == "202")
        #expect(tags.first?.date.modifier == .end)
        #expect(value(of: "the beginning of the century", in: "It began at the beginning of the century.") == "20")
    }
}

@Suite struct TheDayLastMentioned {
    @Test func partsAndNeighboursOfTheNarrativesDay() {
        let text = "The envoy met the minister on Tuesday. Earlier in the day, protesters gathered. That evening, he flew home. "
            + "The day after, officials met again. The week before, negotiators had met in secret."
        let tags = TemporalTagger().tag(text, reference: DateValue(parsing: "2024-02-16"))
        let byText = Dictionary(tags.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["the day"] == "2024-02-13")
        #expect(byText["That evening"] == "2024-02-13TEV")
        #expect(byText["The day after"] == "2024-02-14")
        #expect(byText["The week before"] == "2024-W06")
        // Before a noun or a date, these are other readings.
        #expect(value(of: "Christmas", in: "They met the day after Christmas.", reference: "2024-02-16") == nil)
        #expect(found("The day before the vote was calm.", reference: "2024-02-16").isEmpty)
    }
}


@Suite struct DeadlinesAndMonthsNamedBefore {
    @Test func aDeadlineIsNotTheNarrativesDay() {
        // "until 30 April 2025" ends a mandate; the meeting's clock time is still the document's day.
        let text = "The Council extended the mandate until 30 April 2025. The meeting began at 10:07 a.m."
        #expect(value(of: "10:07 a.m.", in: text, reference: "2024-04-30") == "2024-04-30T10:07")
        let through = "The bank extended loans through March 2025. The meeting began at 9 a.m."
        #expect(value(of: "9 a.m.", in: through, reference: "2024-04-30") == "2024-04-30T09:00")
    }

    @Test func aBareMonthIsTheOneJustNamed() {
        // Told in the past from April 2024, "December" alone would be last December; just after
        // "December 2024" it is that December.
        let text = "It asked for a report on the elections scheduled for December 2024. "
            + "The envoy said the elections in December had to be free."
        #expect(value(of: "December", in: text, reference: "2024-04-30") == "2024-12")
        // Three sentences on, the month named is too far back to count.
        let far = "Elections are due in December 2024. Turnout was low. Parties argued. Observers left. "
            + "The envoy said talks began in December."
        #expect(value(of: "December", in: far, reference: "2024-04-30") == "2023-12")
    }
}
@Suite struct NoReference {
    @Test func unknownPartsStayUnknown() {
        #expect(value(of: "Friday", in: "He said Friday.", reference: nil) == "XXXX-WXX-5")
        #expect(value(of: "February", in: "In February, he spoke.", reference: nil) == "XXXX-02")
        #expect(value(of: "yesterday", in: "He spoke yesterday.", reference: nil) == "XXXX-XX-XX")
        #expect(value(of: "last year", in: "He spoke last year.", reference: nil) == "XXXX")
        #expect(value(of: "2002", in: "In 2002 he spoke.", reference: nil) == "2002")
        let unknown = TemporalTagger().tag("He said Friday.", reference: nil)[0]
        #expect(unknown.date.start == nil)
    }
}

@Suite struct Robustness {
    @Test func anyInputReturnsNormally() {
        let tagger = TemporalTagger()
        #expect(tagger.tag("", reference: nil).isEmpty)
        let binary = String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
        _ = tagger.tag(binary, reference: DateValue(parsing: "2024-02-16"))
        let longLine = String(repeating: "On Monday, Jan. 3 and 2018-01-05 at 1:50 p.m. ", count: 20_000)
        #expect(tagger.tag(longLine, reference: DateValue(parsing: "2024-02-16")).count == 40_000)
    }

    @Test func longChainsOfMonthsReturnNormally() {
        // Each month of "March and March and ... 2023" once read its neighbours recursively: a deep
        // chain overflowed the stack.
        let chain = "In " + Array(repeating: "March", count: 50_000).joined(separator: " and ") + " 2023 we met."
        let tags = TemporalTagger().tag(chain, reference: DateValue(parsing: "2024-02-16"))
        #expect(tags.count == 50_000)
        #expect(tags.last?.value == "2023-03")
    }

    @Test func impossibleDatesAreNotInvented() {
        let tags = TemporalTagger().tag("It was February 30, 2024 or 2023-02-29 or 13/45/2020.", reference: DateValue(parsing: "2024-02-16"))
        for t in tags {
            if let s = t.date.start { #expect(Day(year: s.year, month: s.month, day: s.day) != nil) }
            #expect(!t.value.contains("02-30"))
            #expect(!t.value.contains("2023-02-29"))
        }
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Korea’s “talks” — on Monday 🇰🇷 said Friday."
        let tags = TemporalTagger().tag(text, reference: DateValue(parsing: "2024-02-16"))
        let scalars = Array(text.unicodeScalars)
        for t in tags {
            #expect(String(String.UnicodeScalarView(scalars[t.range])) == t.text)
        }
        #expect(tags.map(\.text) == ["Monday", "Friday"])
    }
}

@Suite struct DaysOfRelativeYears {
    @Test func aDayInLastOrNextYear() {
        #expect(value(of: "October 9 last year", in: "They met on October 9 last year.", reference: "2024-12-16") == "2023-10-09")
        #expect(value(of: "9 October last year", in: "They met on 9 October last year.", reference: "2024-12-16") == "2023-10-09")
        #expect(value(of: "March 3 next year", in: "Talks are set for March 3 next year.", reference: "2024-12-16") == "2025-03-03")
        // The year after the second day is the first day's too.
        let both = TemporalTagger().tag("They met on October 9 and 10 last year.", reference: DateValue(parsing: "2024-12-16"))
        #expect(both.map(\.value) == ["2023-10-09", "2023-10-10", "2023"])
        // A year closing a range or a pair of days is the first day's too, and the second's.
        let range = TemporalTagger().tag("It was held from December 26 to 30, 2023.", reference: DateValue(parsing: "2025-01-10"))
        #expect(range.map(\.value) == ["2023-12-26", "2023-12-30"])
        #expect(range.last?.text == "30, 2023")
        let pair = TemporalTagger().tag("Talks were held on June 5 and 6, 2019 in Oslo.", reference: DateValue(parsing: "2024-01-10"))
        #expect(pair.map(\.value) == ["2019-06-05", "2019-06-06"])
        #expect(value(of: "March 3", in: "It ran from March 3 to April 5, 2022.", reference: "2024-01-10") == "2022-03-03")
        // Across the new year, the first day is in the year before.
        #expect(value(of: "Dec. 28", in: "The freeze lasted from Dec. 28 to Jan. 3, 2024.", reference: "2024-06-10") == "2023-12-28")
        // Day first as well ("21st January" had been the document's year).
        let summit = TemporalTagger().tag("The summit ran from 21st January to 10th of February 2020.", reference: DateValue(parsing: "2023-07-01"))
        #expect(summit.map(\.value) == ["2020-01-21", "2020-02-10"])
        #expect(value(of: "30 December", in: "The freeze lasted from 30 December to 2 January 2024.", reference: "2024-06-10") == "2023-12-30")
        #expect(value(of: "3 March", in: "Trade rose from 3 March to 2 June.", reference: "2024-06-10") == "2024-03-03")
        // A day that last year did not have is no date.
        #expect(value(of: "February 29 last year", in: "On February 29 last year it rained.", reference: "2024-12-16") == nil)
    }
}

@Suite struct ClocksInZonesAndNamedWeekends {
    @Test func aZonedClockInBracketsIsNoYear() {
        let text = "The attack came at around 3:30 a.m. local time (1830 GMT) on Wednesday."
        #expect(!found(text).contains("1830"))
        #expect(found(text).contains("3:30 a.m."))
    }

    @Test func theWeekendOfNamedDays() {
        let text = "The summit is set for the weekend of March 9-10."
        #expect(!found(text).contains("the weekend"))
        #expect(value(of: "March 9", in: text, reference: "2024-02-15") == "2024-03-09")
        #expect(value(of: "the weekend", in: "Protests are planned for the weekend.", reference: "2024-02-15") == "2024-W07-WE")
    }
}

@Suite struct HeaderClockAndDateForms {
    @Test func clocksWithMinutesAndMarkersOrZones() {
        #expect(value(of: "6:00pm", in: "Polls closed at 6:00pm.", reference: "2024-02-16") == "2024-02-16T18:00")
        #expect(value(of: "9:32am", in: "Updated at 9:32am.", reference: "2024-02-16") == "2024-02-16T09:32")
        // The Guardian's "05.03 GMT"; without a zone, "5.03" stays a number.
        #expect(value(of: "05.03 GMT", in: "The vote closed at 05.03 GMT.", reference: "2024-02-16") == "2024-02-16T05:03")
        #expect(found("Shares rose 5.03 percent.", reference: "2024-02-16").isEmpty)
    }

    @Test func dottedDatesAreDayFirst() {
        #expect(value(of: "16.02.2024", in: "Issued on 16.02.2024.") == "2024-02-16")
        #expect(value(of: "03.04.2024", in: "Issued on 03.04.2024.") == "2024-04-03")
        // A version number or a short year is no date.
        #expect(found("Version 1.2.24 shipped.", reference: "2024-02-16").isEmpty)
    }
}

@Suite struct ScrapedHeaderGlue {
    @Test func aYearRunIntoTheClock() {
        #expect(value(of: "March 26, 20241:12 AM GMT", in: "March 26, 20241:12 AM GMT+9Updated") == "2024-03-26T01:12")
        #expect(value(of: "Dec 5, 202314:05", in: "Dec 5, 202314:05") == "2023-12-05T14:05")
        // A line's last number and the next line's month are no date.
        #expect(!found("Updated GMT+9\nDec 5, 2023").contains("9\nDec"))
    }
}

@Suite struct LunarNewYear {
    @Test func theLunisolarNewYearIsLookedUp() {
        #expect(value(of: "Lunar New Year", in: "Talks will resume after the Lunar New Year holiday.", reference: "2023-12-20") == "2024-02-10")
        #expect(value(of: "Chinese New Year", in: "Families gathered for Chinese New Year.", reference: "2023-03-01") == "2023-01-22")
        #expect(value(of: "Seollal", in: "During Seollal, the leaders spoke.", reference: "2020-03-01") == "2020-01-25")
        // It moves with the moon: without a document date its day is unknown, unlike Christmas's.
        #expect(value(of: "Lunar New Year", in: "They met before the Lunar New Year.", reference: nil) == "XXXX-XX-XX")
        #expect(value(of: "Christmas", in: "They met before Christmas.", reference: nil) == "XXXX-12-25")
        #expect(found("Lunar eclipses and new year resolutions", reference: "2024-02-16").isEmpty)
        #expect(NamedDay.lunarNewYear.day(in: 1985) == Day(year: 1985, month: 2, day: 20))
        #expect(NamedDay.lunarNewYear.day(in: 2041) == nil)
    }
}

@Suite struct FiscalHalvesAndLocalTime {
    @Test func aHalfOfAFiscalYear() {
        #expect(value(of: "the first half of fiscal 2023", in: "In the first half of fiscal 2023, exports rose.") == "2023-H1")
    }

    @Test func aClockInLocalTimeOnAWeekday() {
        let text = "A ceasefire took effect at 6 a.m. local time Sunday (2100 GMT Saturday)."
        #expect(value(of: "6 a.m. local time Sunday", in: text) == "2024-02-11T06:00")
        #expect(value(of: "Saturday", in: text) == "2024-02-10")
    }
}

@Suite struct PartsOfTheNarrativesDay {
    @Test func inTheMorningOfTheDayLastMentioned() {
        let text = "The ministers met on Tuesday. Talks resumed in the morning and ended in the evening."
        #expect(value(of: "the morning", in: text) == "2024-02-13TMO")
        #expect(value(of: "the evening", in: text) == "2024-02-13TEV")
        #expect(value(of: "4 in the morning", in: "They met on Tuesday. He left at 4 in the morning.") == "2024-02-13T04:00")
        // A named day, a programme or a session is no part of the narrative's day.
        #expect(!found("He watched the evening news and the morning session.").contains("the evening"))
        #expect(found("They met on the morning of Feb. 3.").contains("Feb. 3"))
    }
}

@Suite struct TheMainClauseAfterAnOpeningDate {
    @Test func aLongOpeningPhraseStillFindsTheVerb() {
        // The verb comes 20 words on, after "Ala.," which does not end the sentence.
        let text = "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, "
            + "a clinic bombing in Birmingham, Ala., killed a security guard."
        #expect(value(of: "January", in: text, reference: "1998-10-25") == "1998-01")
        #expect(value(of: "January", in: "In January, a bombing in Birmingham, Ala., killed a guard.", reference: "1998-10-25") == "1998-01")
    }
}

@Suite struct NamedDaysOfRelativeYears {
    @Test func aHolidayInLastOrNextYear() {
        #expect(value(of: "Christmas last year", in: "They met at Christmas last year.", reference: "2024-12-26") == "2023-12-25")
        #expect(value(of: "Seollal last year", in: "During Seollal last year, the leaders spoke.", reference: "2024-12-26") == "2023-01-22")
        #expect(value(of: "Thanksgiving next year", in: "Talks resume after Thanksgiving next year.", reference: "2024-12-26") == "2025-11-27")
        // Outside the lunar table there is no such day.
        #expect(value(of: "Seollal next year", in: "During Seollal next year, they meet.", reference: "2040-06-01") == nil)
    }
}

@Suite struct TenseAcrossLongClauses {
    @Test func aReportingClauseAfterACommaDoesNotTellTheTense() {
        // "agreed to hold" looks ahead; ", the ministry said" only reports it.
        let text = "The two sides agreed to hold a dialogue of vice ministers in the second half of the year, the ministry said."
        #expect(value(of: "the second half of the year", in: text, reference: "2024-05-13") == "2024-H2")
    }

    @Test func theOriginalPlanIsPast() {
        let text = "The trip was originally scheduled for February but was postponed."
        #expect(value(of: "February", in: text, reference: "2023-06-17") == "2023-02")
        #expect(value(of: "February", in: "The trip is scheduled for February.", reference: "2023-06-17") == "2024-02")
    }

    @Test func aPlanFurtherLeftThanTwelveWords() {
        let text = "Mr. Modi is expected to hold a bilateral meeting with President Xi Jinping on the sidelines of the summit on Wednesday."
        #expect(value(of: "Wednesday", in: text, reference: "2024-10-21") == "2024-10-23")
        // Further left, only a plan counts: a past verb there belongs to another clause.
        let past = "Castro spoke an hour after Craig announced in Washington that the father would be traveling to the United States Thursday."
        #expect(value(of: "Thursday", in: past, reference: "2000-04-05") == "2000-04-06")
    }
}

@Suite struct WeeksOfMonthsAndTimeAhead {
    @Test func theNthWeekOfAMonthIsTheWeekWhoseThursdayIsIn() {
        // March 2024 opens on a Friday: its first week is the one of Thursday the 7th.
        #expect(value(of: "the first week of March", in: "Talks take place in the first week of March.") == "2024-W10")
        #expect(value(of: "the second week of April", in: "Leaders meet in the second week of April.") == "2024-W15")
        #expect(value(of: "the last week of January", in: "The envoy met officials in the last week of January.") == "2024-W04")
        // December 2024's last Thursday is the 26th; the year's last ISO week runs into January 2025.
        #expect(value(of: "the last week of December 2024", in: "It ends in the last week of December 2024.") == "2024-W52")
        // February 2023 has four Thursdays (2, 9, 16, 23), so no fifth week; February 2024 has five.
        #expect(value(of: "the fifth week of February", in: "in the fifth week of February", reference: "2023-02-16") == nil)
        #expect(value(of: "the fifth week of February", in: "in the fifth week of February", reference: "2024-02-10") == "2024-W09")
        // Without a year the week stays unknown.
        #expect(value(of: "the first week of March", in: "in the first week of March", reference: nil) == "XXXX-WXX")
    }

    @Test func unitsOfTimeAhead() {
        #expect(value(of: "two years' time", in: "The deal could be signed in two years' time.") == "2026")
        #expect(value(of: "a week's time", in: "They meet again in a week's time.") == "2024-W08")
        #expect(value(of: "three days' time", in: "Voting opens in three days' time.") == "2024-02-19")
        #expect(value(of: "the week after next", in: "He travels to Beijing the week after next.") == "2024-W09")
    }
}

@Suite struct TheNarrativesYearAndAnniversaries {
    @Test func thatMonthIsInTheYearLastTold() {
        let text = "U.S. forces landed at Inchon in September 1950, and Chinese troops entered the war that October."
        #expect(value(of: "that October", in: text, reference: "2023-07-27") == "1950-10")
        #expect(value(of: "that June", in: "In 2018, Kim met Trump in Singapore that June.", reference: "2023-07-27") == "2018-06")
        #expect(value(of: "that June", in: "Kim met Trump that June.", reference: nil) == "XXXX-06")
        let suspended = "The dialogue was last held in February 2018 and stopped after a ruling in October of that year."
        #expect(value(of: "October of that year", in: suspended, reference: "2023-04-10") == "2018-10")
        #expect(value(of: "May of the same year", in: "In 2019 they met again in May of the same year.", reference: "2023-04-10") == "2019-05")
        // A modal is not a month.
        #expect(!found("That may be true.", reference: "2023-07-27").contains("That may"))
        #expect(!found("Officials said that May be a turning point.", reference: "2023-07-27").contains("that May"))
    }

    @Test func yearsAgoTodayIsThatDay() {
        #expect(value(of: "Seventy years ago today", in: "Seventy years ago today, negotiators signed the armistice.", reference: "2023-07-27")
                == "1953-07-27")
        #expect(value(of: "30 years ago this month", in: "The treaty was signed 30 years ago this month.", reference: "2023-07-27") == "1993-07")
        #expect(value(of: "four years ago today", in: "It began four years ago today.", reference: "2024-02-29") == "2020-02-29")
        #expect(value(of: "one year ago today", in: "It began one year ago today.", reference: "2024-02-29") == "2023-02-28")
        #expect(value(of: "Seventy years ago today", in: "Seventy years ago today, it ended.", reference: nil) == nil)
    }
}

@Suite struct ClocksWithSeconds {
    @Test func secondsAreReadPast() {
        #expect(value(of: "14 Mar 2024 07:04:11 PM", in: "Last Updated : 14 Mar 2024 07:04:11 PM IST", reference: nil) == "2024-03-14T19:04")
        #expect(value(of: "10:15:30 p.m. on Friday", in: "The vote closed at 10:15:30 p.m. on Friday.", reference: "2024-03-16") == "2024-03-15T22:15")
        // No stray "11 PM" from the seconds.
        #expect(!found("Updated 07:04:11 PM", reference: nil).contains("11 PM"))
    }
}

@Suite struct ScrapedAndCoverageForms {
    @Test func sinceADayIsInThePast() {
        // Four months after the attack, "since October 7" is the October before, not the one to come.
        let text = "Blinken arrives on his fifth Middle East trip since October 7."
        #expect(value(of: "October 7", in: text, reference: "2024-02-07") == "2023-10-07")
        #expect(value(of: "Monday", in: "Talks have stalled since Monday.", reference: "2024-02-16") == "2024-02-12")
    }

    @Test func aParticipleAfterAnArticleIsAnAdjective() {
        // "the occupied West Bank" is a place; the plan ("is expected to travel") dates the Thursday.
        let text = "The top US diplomat is expected to travel to the occupied West Bank on Thursday to meet Abbas."
        #expect(value(of: "Thursday", in: text, reference: "2024-02-07") == "2024-02-08")
        let plan = "The presidential office is expected to submit a revised bill by Sept. 5."
        #expect(value(of: "Sept. 5", in: plan, reference: "2008-08-20") == "2008-09-05")
        // A verb in -ed still tells the past.
        #expect(value(of: "Thursday", in: "Troops entered the occupied town on Thursday.", reference: "2024-02-07") == "2024-02-01")
    }
}

@Suite struct StoriesToldInAPastYear {
    static let story = """
    VIENNA — The negotiations began on a hopeful note. On Nov. 29, 2021, diplomats gathered in Vienna.
    Five days later, the talks were suspended.
    They resumed on Dec. 9 and ran through the holidays. On the eve of the New Year, the minister said a deal was within reach.
    The following day, the envoy told reporters that weeks remained.
    In March 2022, Russia demanded guarantees. Two days later, Moscow said it had received them.
    By the end of that month, the talks had stalled.
    """

    @Test func datesWithoutAYearStayInTheStory() {
        let tags = TemporalTagger().tag(Self.story, reference: DateValue(parsing: "2024-03-04"))
        func date(_ text: String) -> String? { tags.first { $0.text == text }?.value }
        #expect(date("Dec. 9") == "2021-12-09")
        #expect(date("the eve of the New Year") == "2021-12-31")
        #expect(date("The following day") == "2022-01-01")
        // Days counted from a month are somewhere in it, not after a day named before the month.
        #expect(tags.first { $0.text == "Two days later" }?.date.start?.iso == "2022-03-03")
        #expect(date("the end of that month") == "2022-03")
        #expect(tags.first { $0.text == "the end of that month" }?.date.modifier == .end)
    }

    /// An essay that goes back decades: a season or a year opening a sentence is where the days counted
    /// next lie (not the page's date, named in its header); a year closing a clause of the sentence gives its
    /// days without a year theirs; "the following year" follows that day's year.
    @Test func anEssayToldFromASeasonAndAYear() {
        let essay = """
        November 20, 2024
        In the summer of 2000, Kim Dae-jung flew to Pyongyang for the first inter-Korean summit. Three days later he came home to a hero's welcome, and by the end of that year he had won the Nobel Peace Prize.
        He met Kim Jong Un three times in 2018, first at Panmunjom on April 27. The following year, the Hanoi summit collapsed without a deal.
        The program approved in 1987 that didn't specify a share amount had bought shares through Sept. 29.
        """
        let tags = TemporalTagger().tag(essay, reference: DateValue(parsing: "2024-11-20"))
        func date(_ text: String) -> DateValue? { tags.first { $0.text == text }?.date }
        #expect(date("Three days later")?.start?.iso == "2000-06-04")
        #expect(date("Three days later")?.end?.iso == "2000-09-03")
        #expect(date("the end of that year")?.value == "2000")
        #expect(date("April 27")?.value == "2018-04-27")
        #expect(date("The following year")?.value == "2019")
        // A year inside a clause with no comma after it is background.
        #expect(date("Sept. 29")?.value == "2024-09-29")
        // So is one closing a quotation.
        let quoted = "\"It is very different from what it was in 2000,\" he said, adding that the club would name its squad by Oct. 1."
        #expect(value(of: "Oct. 1", in: quoted, reference: "2006-09-20") == "2006-10-01")
    }

    @Test func thePresentPerfectTellsTheYearOfNow() {
        // "have pushed to finish ... by the end of the year": the situation now, not the year the story went back to.
        let text = "The talks produced a political agreement in 2019, but it was never ratified. Germany and Spain have pushed to finish the deal by the end of the year."
        #expect(value(of: "the end of the year", in: text, reference: "2024-11-28") == "2024")
        // Told in the past, it is the story's year.
        let past = "The talks produced a political agreement in 2019. Germany and Spain pushed to finish the deal by the end of the year."
        #expect(value(of: "the end of the year", in: past, reference: "2024-11-28") == "2019")
    }

    @Test func aMonthInsideAClauseLeavesTheDayOfTheStory() {
        let text = """
        Foreign Minister Takeshi Iwaya and Wang Yi agreed Saturday to hold an economic dialogue.
        Iwaya called for lifting the ban on seafood, introduced in August 2023 after the water release.
        The ministers also met their South Korean counterpart later in the day.
        """
        let tags = TemporalTagger().tag(text, reference: DateValue(parsing: "2025-03-22T19:41"))
        #expect(tags.first { $0.text == "the day" }?.value == "2025-03-22")
    }

    @Test func backgroundInsideASentenceSetsNoStory() {
        // "the August 1988 cease-fire" is background: "Aug. 2" is the document's August.
        let text = "He accepted a treaty he had rejected after the August 1988 cease-fire. Iran condemned the invasion of Kuwait on Aug. 2."
        #expect(value(of: "Aug. 2", in: text, reference: "1990-08-15") == "1990-08-02")
        // A story's plan still to come is the document's.
        let plan = "On Nov. 29, 2021, diplomats gathered in Vienna. They will meet again on Dec. 9."
        #expect(value(of: "Dec. 9", in: plan, reference: "2024-03-04") == "2024-12-09")
        #expect(value(of: "the eve of Christmas", in: "Talks ended on the eve of Christmas.", reference: "2024-03-04") == "2023-12-24")
    }

    @Test func aPastYearOpeningItsSentenceHoldsItsDaysWithoutAYear() {
        let text = "In 2018, the two Koreas marched together, weeks after Kim used his New Year's address to offer athletes. He spoke again on Christmas."
        #expect(value(of: "New Year's", in: text, reference: "2026-03-04") == "2018-01-01")
        // Only in its own sentence: the next one is the document's time again.
        #expect(value(of: "Christmas", in: text, reference: "2026-03-04") == "2025-12-25")
        // A year opening a sentence inside a clause sets nothing: "on Feb. 6" is the document's.
        #expect(value(of: "Feb. 6", in: "The Games, first held in 1924, open on Feb. 6.", reference: "2026-01-10") == "2026-02-06")
    }

    /// "Japan's 1910-45 colonial rule": a range's second year in two digits, decades on, is the year it ends
    /// (it had been left out beyond twenty years). "The 2024-11 edition" stays a year and a month.
    @Test func aYearRangeOfDecadesInTwoDigits() {
        #expect(found("related to Japan's 1910-45 colonial rule over Korea", reference: nil) == ["1910", "45"])
        #expect(value(of: "45", in: "related to Japan's 1910-45 colonial rule over Korea", reference: nil) == "1945")
        #expect(!found("the 2024-11 edition", reference: nil).contains("11"))
        #expect(!found("the 1990-12 edition", reference: nil).contains("12"))
    }

    /// "later that day" after a year alone ("Japan's 1910-45 colonial rule ... On Friday ... later that day",
    /// with no document date to place Friday) is no day of that year: it stays unknown. A season still holds
    /// the days counted from it.
    /// "ordering U.S. Embassy staff to fly home by Jan. 31", told in December: the deadline of an order is to
    /// come, whatever the tense of the ordering; one told as over stays past.
    @Test func theDeadlineOfAnOrderIsAhead() {
        #expect(value(of: "Jan. 31", in: "Russia said on Wednesday it was ordering U.S. Embassy staff to fly home by Jan. 31.", reference: "2021-12-02") == "2022-01-31")
        #expect(value(of: "April 5", in: "Russia has ordered 60 U.S. diplomats to leave by April 5, the ministry said.", reference: "2021-12-02") == "2022-04-05")
        #expect(value(of: "April 5", in: "Russia had ordered the diplomats to leave by April 5.", reference: "2021-12-02") == "2021-04-05")
    }

    /// "Russia told the United States on Wednesday it would throw out diplomats": the modal is the told
    /// clause's; the telling, on the Wednesday past, is the date's.
    @Test func aToldClauseAfterTheDateLeavesTheTellingsTense() {
        #expect(value(of: "Wednesday", in: "Russia told the United States on Wednesday it would throw out an unspecified number of diplomats.", reference: "2022-03-24") == "2022-03-23")
        #expect(value(of: "Wednesday", in: "Russia told the United States it would expel the diplomats on Wednesday.", reference: "2022-03-24") == "2022-03-30")
    }

    /// "On Tuesday evening, the two heads of state held a meeting": "heads" after a number is a noun, no headline's
    /// "heads to" (the day had been the next Tuesday); the verb told it.
    @Test func aPluralNounSpelledLikeAHeadlinesPresent() {
        #expect(value(of: "Tuesday evening", in: "On Tuesday evening, the two heads of state held a meeting in central Beijing.", reference: "2014-11-12") == "2014-11-11TEV")
        #expect(value(of: "Tuesday", in: "The heads of the delegations met on Tuesday.", reference: "2014-11-12") == "2014-11-11")
        #expect(value(of: "Tuesday", in: "Xi heads to Paris on Tuesday.", reference: "2014-11-12") == "2014-11-18")
    }

    /// "Talking to reporters on Thursday, Alam said": a participle opening the sentence is capitalized, but no
    /// headline's subject ("Blinken to visit China next week" is one).
    @Test func aParticipleOpeningTheSentenceIsNoHeadlinesPlan() {
        #expect(value(of: "Thursday", in: "Talking to reporters on Thursday, Shahriar Alam said the two countries are likely to sign agreements.", reference: "2022-08-05") == "2022-08-04")
        #expect(value(of: "next week", in: "Blinken to visit China next week", reference: "2022-08-05") == "2022-W32")
    }

    @Test func aDayIsNeverCountedFromAYear() {
        let text = "Relations frayed over Japan's colonial rule, which began in 1910. He will return to Seoul later that day."
        #expect(value(of: "that day", in: text, reference: nil) == "XXXX-XX-XX")
        // With a document date, a year after a decade is the document's ("by the end of the year" had been 1970).
        let decade = "This should have happened in the 1970s, he said. A final report is due by the end of the year."
        #expect(value(of: "the end of the year", in: decade, reference: "2015-06-01") == "2015")
    }
}
