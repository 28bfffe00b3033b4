import Chronology

/// A sentence's content words as sorted 64-bit hashes: what merging compares for every pair of nearby
/// candidates. A `Set<String>` per candidate took about a kilobyte (half the timeline's memory at
/// 10,000 articles) and every comparison built a new set; sorted hashes are 8 bytes a word and compare
/// by one merge pass. FNV-1a is fixed across runs, so merging stays deterministic.
struct ContentWords: Sendable, Equatable {
    private let hashes: [UInt64]

    init<Words: Sequence<String>>(_ words: Words) {
        hashes = Array(Set(words.map(ContentWords.hash))).sorted()
    }

    var count: Int { hashes.count }

    /// The `k` smallest hashes: near-identical sentences almost always share one of them (a MinHash
    /// sketch), which files them together without comparing every pair.
    func smallest(_ k: Int) -> ArraySlice<UInt64> { hashes.prefix(k) }
    var isEmpty: Bool { hashes.isEmpty }

    /// Jaccard similarity: shared words over all words, 0 when either side has none.
    static func similarity(_ x: ContentWords, _ y: ContentWords) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = 0, j = 0, shared = 0
        let a = x.hashes, b = y.hashes
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    static func hash(_ word: String) -> UInt64 {
        hash(bytes: word.utf8)
    }

    /// FNV-1a over a word's UTF-8 bytes (a `Substring`'s too, without copying it).
    static func hash<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
