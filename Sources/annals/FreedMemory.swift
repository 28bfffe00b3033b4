import Foundation

/// Gives freed heap memory back to the system. glibc keeps what a program frees for its next
/// allocations; after the event candidates are dropped that is a few hundred megabytes at 10,000
/// articles, and rendering, which allocates in other sizes and threads, grew past it instead of
/// reusing it (peak 980-990 MB; 930 MB when returned first).
enum FreedMemory {
    static func returnToSystem() {
        #if os(Linux)
        // `malloc_trim` is in <malloc.h>, which Swift's Glibc module does not include: found at run time,
        // called with the C calling convention. Without it (another C library), nothing happens.
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(nil, "malloc_trim") {
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }
}
