import Testing
@testable import Chronology

@Suite struct DateValueTests {
    @Test func parsesAnchoredValues() throws {
        let minute = try #require(DateValue(parsing: "2024-02-16T19:17"))
        #expect(minute.precision == .minute)
        #expect(minute.value == "2024-02-16T19:17")
        #expect(DateValue(parsing: "2024-02-16T19:17:00Z")?.value == "2024-02-16T19:17")
        #expect(DateValue(parsing: "2024-02")?.end == Day(year: 2024, month: 2, day: 29))
        #expect(DateValue(parsing: "2024-W06")?.start == Day(year: 2024, month: 2, day: 5))
        #expect(DateValue(parsing: "2018")?.precision == .year)
        #expect(DateValue(parsing: "2024-Q1")?.end == Day(year: 2024, month: 3, day: 31))
    }

    @Test(arguments: ["2024-02-30", "2024-13-01", "2024-00-10", "24-02-16", "2024-02-16T25:00", "yesterday", "", "2024-W54"])
    func rejectsInvalidValues(_ text: String) {
        #expect(DateValue(parsing: text) == nil)
    }

    @Test func displaysByPrecision() {
        #expect(DateValue.day(Day(year: 2018, month: 1, day: 9)!).display == "9 Jan 2018")
        #expect(DateValue.month(year: 2024, month: 1)!.display == "January 2024")
        #expect(DateValue.week(isoYear: 2024, week: 6)!.display == "week of 5 Feb 2024")
        #expect(DateValue.month(year: 2024, month: 1)!.with(modifier: .start).display == "early January 2024")
        #expect(DateValue.year(2017)!.display == "2017")
        #expect(DateValue.decade(199)!.display == "the 1990s")
        #expect(DateValue.century(19)!.display == "the 20th century")
        #expect(DateValue.year(1910)!.through(DateValue.year(1945)!).display == "1910–1945")
        let feb16 = DateValue.day(Day(year: 2024, month: 2, day: 16)!), feb18 = DateValue.day(Day(year: 2024, month: 2, day: 18)!)
        #expect(feb16.through(feb18).display == "16–18 Feb 2024")
        #expect(DateValue.day(Day(year: 2024, month: 1, day: 30)!).through(feb18).display == "30 Jan – 18 Feb 2024")
        #expect(DateValue.day(Day(year: 2023, month: 12, day: 30)!).through(feb18).display == "30 Dec 2023 – 18 Feb 2024")
        #expect(DateValue.month(year: 2024, month: 1)!.through(DateValue.month(year: 2024, month: 3)!).display == "January – March 2024")
        #expect(DateValue.minute(Day(year: 2018, month: 1, day: 5)!, hour: 13, minute: 50).display == "5 Jan 2018, 13:50")
    }

    @Test func modifiersNarrowTheInterval() throws {
        let early = DateValue.month(year: 2024, month: 1)!.with(modifier: .start)
        let interval = try #require(early.effectiveInterval)
        #expect(interval.lowerBound == Day(year: 2024, month: 1, day: 1))
        #expect(interval.upperBound == Day(year: 2024, month: 1, day: 10))
    }
}
