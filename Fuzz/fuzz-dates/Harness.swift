// libFuzzer target: bytes -> TemporalTagger with and without a reference date.
import Chronology
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    let scalars = text.unicodeScalars.count
    for reference in [nil, DateValue(parsing: "2024-02-29"), DateValue(parsing: "1999-12-31T23:59")] {
        for t in TemporalTagger().tag(text, reference: reference) {
            precondition(t.range.lowerBound < t.range.upperBound && t.range.upperBound <= scalars)
            if let s = t.date.start, let e = t.date.end {
                precondition(Day(year: s.year, month: s.month, day: s.day) != nil && s <= e)
            }
        }
    }
    return 0
}

// SwiftPM links executables with main renamed to <module>_main; the fuzzer runtime (linked without
// its own main) is started from here.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("fuzz_dates_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in LLVMFuzzerTestOneInput(start, size) }
}
