import Chronology
import Foundation

/// `annals dates` output: the DESIGN.md contract.
public enum DatesReport {
    public struct Reference: Codable {
        var value: String
        var basis: String
    }

    public struct Timex: Codable {
        var start: Int
        var end: Int
        var text: String
        var type: String
        var value: String
        var interval: [String]?
        var modifier: String?
    }

    public struct Document: Codable {
        var path: String
        var reference: Reference?
        var timexes: [Timex]
    }

    public static func document(path: String, text: String, reference: DateValue?) -> Document {
        let found = TemporalTagger().tag(text, reference: reference)
        let timexes = found.map { t in
            Timex(start: t.range.lowerBound, end: t.range.upperBound, text: t.text, type: t.type.rawValue, value: t.value,
                  interval: t.date.start.flatMap { s in t.date.end.map { [s.iso, $0.iso] } }, modifier: t.date.modifier?.rawValue)
        }
        return Document(path: path, reference: reference.map { Reference(value: $0.value, basis: $0.basis.kind.rawValue) }, timexes: timexes)
    }

    struct Report: Codable {
        var documents: [Document]
    }

    /// The same bytes as `JSON.encode(Report(documents:))`, written directly: a pinned test compares them.
    public static func json(_ documents: [Document]) -> Data {
        var out = JSONWriter()
        out.raw("{")
        out.key("documents", first: true)
        out.array(documents) { out, document in
            out.raw("{")
            out.key("path", first: true)
            out.string(document.path)
            if let reference = document.reference {
                out.key("reference")
                out.raw("{")
                out.key("basis", first: true)
                out.string(reference.basis)
                out.key("value")
                out.string(reference.value)
                out.raw("}")
            }
            out.key("timexes")
            out.array(document.timexes) { out, t in
                out.raw("{")
                out.key("end", first: true)
                out.int(t.end)
                if let interval = t.interval {
                    out.key("interval")
                    out.array(interval) { $0.string($1) }
                }
                if let modifier = t.modifier {
                    out.key("modifier")
                    out.string(modifier)
                }
                out.key("start")
                out.int(t.start)
                out.key("text")
                out.string(t.text)
                out.key("type")
                out.string(t.type)
                out.key("value")
                out.string(t.value)
                out.raw("}")
            }
            out.raw("}")
        }
        out.raw("}\n")
        return Data(out.bytes)
    }

    static func encodedWithJSONEncoder(_ documents: [Document]) -> Data {
        JSON.encode(Report(documents: documents))
    }

    public static func table(_ documents: [Document]) -> String {
        var out = ""
        for d in documents {
            out += "\(d.path) (reference: \(d.reference.map { "\($0.value), \($0.basis)" } ?? "none"))\n"
            for t in d.timexes {
                let interval = t.interval.map { "\($0[0])..\($0[1])" } ?? "-"
                out += "  \(String(t.start).padding(toLength: 6, withPad: " ", startingAt: 0)) \(t.type.padding(toLength: 9, withPad: " ", startingAt: 0)) \(t.value.padding(toLength: 18, withPad: " ", startingAt: 0)) \(interval.padding(toLength: 23, withPad: " ", startingAt: 0)) \(t.text)\n"
            }
        }
        return out
    }
}
