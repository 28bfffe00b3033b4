// libFuzzer target: bytes -> CommonMark.render. The output never carries live script.
import Foundation
import Site

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let html = CommonMark.render(String(decoding: Data(bytes: start, count: count), as: UTF8.self)).html.lowercased()
    precondition(!html.contains("<script"), "script tag in output")
    precondition(!html.contains("href=\"javascript:"), "javascript link in output")
    precondition(html.range(of: "<[a-z][^>]*\\son[a-z]+=", options: .regularExpression) == nil, "event handler attribute")
    return 0
}

// SwiftPM links executables with main renamed to <module>_main; the fuzzer runtime (linked without
// its own main) is started from here.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("fuzz_markdown_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in LLVMFuzzerTestOneInput(start, size) }
}
