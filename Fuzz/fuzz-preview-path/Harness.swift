// libFuzzer target: bytes -> PreviewPathResolver. A resolved path is always a file of the site.
import Foundation
import Preview

let files: Set<String> = ["index.html", "events/a.html", "actors/index.html", "assets/style.css"]

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let target = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    if case .file(let path) = PreviewPathResolver.resolve(target, exists: { files.contains($0) }) {
        precondition(files.contains(path))
        let standardized = URL(fileURLWithPath: "/root/public/" + path).standardizedFileURL.path
        precondition(standardized.hasPrefix("/root/public/"))
    }
    return 0
}

// SwiftPM links executables with main renamed to <module>_main; the fuzzer runtime (linked without
// its own main) is started from here.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("fuzz_preview_path_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in LLVMFuzzerTestOneInput(start, size) }
}
