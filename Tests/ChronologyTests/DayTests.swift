import Testing
@testable import Chronology

@Suite struct DayTests {
    @Test func serialRoundTripsAcrossCenturies() {
        // 0001-01-01 ... 9999-12-31
        for serial in stride(from: -719_162, through: 2_932_896, by: 997) {
            let d = Day(serial: serial)
            #expect(d.serial == serial)
            #expect(Day(year: d.year, month: d.month, day: d.day) == d)
        }
    }

    @Test func serialsOutsideTheCalendarClamp() {
        #expect(Day(serial: -10_000_000) == Day(year: 1, month: 1, day: 1))
        #expect(Day(serial: 10_000_000) == Day(year: 9999, month: 12, day: 31))
        #expect(Day(year: 2024, month: 1, day: 1)!.adding(days: -5_000_000).year == 1)
    }

    @Test func isoTextIsZeroPadded() {
        #expect(Day(year: 2024, month: 2, day: 9)!.iso == "2024-02-09")
        #expect(Day(year: 1, month: 1, day: 1)!.iso == "0001-01-01")
        #expect(Day(year: 987, month: 12, day: 31)!.iso == "0987-12-31")
        #expect(Day(year: 9999, month: 10, day: 10)!.basicISO == "99991010")
        #expect(Day(year: 2024, month: 2, day: 29)!.basicISO == "20240229")
        #expect(Day(iso: Day(year: 1066, month: 10, day: 14)!.iso[...]) == Day(year: 1066, month: 10, day: 14))
    }

    @Test func weekdays() {
        #expect(Day(year: 2024, month: 2, day: 16)!.weekday == 5)   // Friday
        #expect(Day(year: 2018, month: 1, day: 1)!.weekday == 1)    // Monday
        #expect(Day(year: 1970, month: 1, day: 1)!.weekday == 4)    // Thursday
    }

    @Test func invalidDaysAreRejected() {
        #expect(Day(year: 2024, month: 2, day: 30) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2024, month: 13, day: 1) == nil)
        #expect(Day(year: 2024, month: 4, day: 31) == nil)
    }

    @Test func isoWeeksAtYearEnds() {
        #expect(Day(year: 2020, month: 12, day: 31)!.isoWeek == (2020, 53))
        #expect(Day(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(Day(year: 2021, month: 1, day: 4)!.isoWeek == (2021, 1))
        #expect(Day(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
        #expect(Day(year: 2024, month: 2, day: 16)!.isoWeek == (2024, 7))
        #expect(Day.monday(isoYear: 2024, week: 6) == Day(year: 2024, month: 2, day: 5))
        #expect(Day.monday(isoYear: 2021, week: 53) == nil)
        #expect(Day.weeksInISOYear(2020) == 53)
    }

    @Test func monthArithmeticClampsToShorterMonths() {
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2023, month: 1, day: 31)!.adding(months: 1) == Day(year: 2023, month: 2, day: 28))
        #expect(Day(year: 2024, month: 1, day: 15)!.adding(months: -1) == Day(year: 2023, month: 12, day: 15))
        #expect(Day(year: 2024, month: 12, day: 31)!.adding(days: 1) == Day(year: 2025, month: 1, day: 1))
        #expect(Day(year: 2024, month: 2, day: 28)!.adding(days: 1) == Day(year: 2024, month: 2, day: 29))
    }
}
