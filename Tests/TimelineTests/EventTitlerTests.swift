import Foundation
import Testing
@testable import Timeline

@Suite struct EventTitlerTests {
    /// The scalar trim keeps Foundation's meaning: Unicode punctuation (quotes included) off both ends.
    /// Foundation's tables are older than the standard library's: scalars added in Unicode 15 and later
    /// (a few Balinese marks) are left out of the comparison.
    @Test func cleaningTrimsWhatFoundationsPunctuationSetTrims() {
        let reference = CharacterSet.punctuationCharacters.union(CharacterSet(charactersIn: "“”’‘\""))
        var words = ["“Talks”", "(Seoul)", "U.S.", "‘no’,", "—", "", "$5", "+3", "~x~", "¿Qué?", "«Paris»", "« Paris »", "café.", "Kim's", "\"quoted\"", "…end…"]
        for value in 32..<0x2100 {
            let scalar = Unicode.Scalar(UInt32(value))!
            guard let age = scalar.properties.age, age.major < 15 else { continue }
            let c = String(scalar)
            words.append(c + "word" + c)
        }
        for word in words {
            #expect(EventTitler.clean(word) == word.trimmingCharacters(in: reference), "\(word.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
