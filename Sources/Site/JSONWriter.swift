/// JSON text written straight into bytes, the same bytes as `JSON.encode` (sorted keys, unescaped
/// slashes, `<`, `>`, `&`, U+2028 and U+2029 escaped) for outputs big enough that JSONEncoder's
/// generic machinery dominates (`annals dates` over thousands of files). Callers write keys in order.
struct JSONWriter {
    private var buffer: ChunkedBytes
    /// What is written and not yet handed to the sink (everything, without a sink).
    var bytes: [UInt8] { buffer.bytes }

    /// Without a sink the text collects in `bytes`; with one it goes there in chunks, between array
    /// elements, and `finish()` hands over the rest.
    init(sink: ByteSink? = nil) {
        buffer = ChunkedBytes(sink: sink)
    }

    mutating func finish() {
        buffer.finish()
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { buffer.bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        buffer.bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as JSONEncoder writes it: integral values without a fraction, others in Swift's
    /// shortest round-tripping form.
    mutating func double(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
        } else {
            buffer.bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    mutating func string(_ value: String) {
        buffer.bytes.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case "\u{8}": raw("\\b")
            case "\u{C}": raw("\\f")
            case "<": raw("\\u003c")
            case ">": raw("\\u003e")
            case "&": raw("\\u0026")
            case "\u{2028}": raw("\\u2028")
            case "\u{2029}": raw("\\u2029")
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                buffer.bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                if scalar.isASCII { buffer.bytes.append(UInt8(scalar.value)) } else { buffer.bytes.append(contentsOf: String(scalar).utf8) }
            }
        }
        buffer.bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":` preceded by a comma unless it is the object's first key.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { buffer.bytes.append(UInt8(ascii: ",")) }
        buffer.bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    /// `,"key":"value"` only when the value is present: JSONEncoder leaves nil optionals out.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        buffer.bytes.append(UInt8(ascii: "["))
        for (n, item) in items.enumerated() {
            if n > 0 { buffer.bytes.append(UInt8(ascii: ",")) }
            write(&self, item)
            buffer.flushIfFull()
        }
        buffer.bytes.append(UInt8(ascii: "]"))
    }
}
