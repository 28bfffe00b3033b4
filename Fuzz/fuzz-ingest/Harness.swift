// libFuzzer target: bytes -> ArticleParser -> Timeline. Traps on any invariant broken.
import Articles
import Chronology
import Foundation
import Timeline

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let (article, diagnostics) = ArticleParser.parse(ArticleInput(path: "fuzz.txt", data: data))
    guard let article else {
        precondition(!diagnostics.isEmpty, "an unreadable article must say why")
        return 0
    }
    let scalars = article.text.unicodeScalars.count
    for range in article.paragraphs + article.removed.map(\.range) { precondition(range.upperBound <= scalars) }
    for event in TimelineBuilder().build([article]).events {
        if let s = event.date.start { precondition(Day(year: s.year, month: s.month, day: s.day) != nil) }
        precondition(event.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil)
        for source in event.sources { precondition(source.range.upperBound <= scalars) }
    }
    return 0
}

// SwiftPM links executables with main renamed to <module>_main; the fuzzer runtime (linked without
// its own main) is started from here.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("fuzz_ingest_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in LLVMFuzzerTestOneInput(start, size) }
}
