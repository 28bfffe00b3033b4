/// A read-only table from lowercase words to values. The tagger asks its word lists about nearly every
/// token; `Dictionary<String, _>` hashes each key with a seeded SipHash, which was a quarter of the
/// tagger's profile. Here a word is hashed with FNV-1a over its UTF-8 bytes, once per token by the
/// tokenizer (`Token.hash`), and found by open addressing; the string itself is compared only when
/// the hashes match.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var entryKeys: [String] = []
    private var entryValues: [Value] = []
    /// Per slot: the hash of the word filed there and its entry index, or -1 for an empty slot.
    private var slotHashes: [UInt32]
    private var slotEntries: [Int32]
    private let mask: Int

    init(_ pairs: some Sequence<(String, Value)>) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 3 { capacity *= 2 }
        mask = capacity - 1
        slotHashes = [UInt32](repeating: 0, count: capacity)
        slotEntries = [Int32](repeating: -1, count: capacity)
        for (word, value) in list { insert(word, value) }
    }

    init(_ dictionary: [String: Value]) {
        // Sorted so that `keys` comes out the same on every run.
        self.init(dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// A later value for the same word replaces the earlier one, as in a dictionary.
    private mutating func insert(_ word: String, _ value: Value) {
        let hash = WordHash.of(word)
        var slot = Int(hash) & mask
        while slotEntries[slot] >= 0 {
            let entry = Int(slotEntries[slot])
            if slotHashes[slot] == hash, entryKeys[entry] == word {
                entryValues[entry] = value
                return
            }
            slot = (slot + 1) & mask
        }
        slotHashes[slot] = hash
        slotEntries[slot] = Int32(entryKeys.count)
        entryKeys.append(word)
        entryValues.append(value)
    }

    @inline(__always) func value(for word: String, hash: UInt32) -> Value? {
        var slot = Int(hash) & mask
        while true {
            let entry = slotEntries[slot]
            if entry < 0 { return nil }
            if slotHashes[slot] == hash, entryKeys[Int(entry)] == word { return entryValues[Int(entry)] }
            slot = (slot + 1) & mask
        }
    }

    subscript(word: String) -> Value? { value(for: word, hash: WordHash.of(word)) }

    /// The token's word, with the hash the tokenizer computed.
    subscript(token: Token) -> Value? { value(for: token.lower, hash: token.hash) }

    var keys: [String] { entryKeys }
}

/// A set of lowercase words, with `WordTable`'s lookup.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable(words.map { ($0, true) })
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    func contains(_ word: String) -> Bool { table[word] != nil }
    func contains(_ token: Token) -> Bool { table[token] != nil }
    var words: [String] { table.keys }
}

/// FNV-1a (32-bit) over UTF-8 bytes: a few instructions per byte, and words are short.
enum WordHash {
    static let offsetBasis: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    @inline(__always) static func adding(_ byte: UInt8, to hash: UInt32) -> UInt32 {
        (hash ^ UInt32(byte)) &* prime
    }

    static func of(_ word: String) -> UInt32 {
        var hash = offsetBasis
        for byte in word.utf8 { hash = adding(byte, to: hash) }
        return hash
    }
}
