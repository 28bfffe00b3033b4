import ArgumentParser
import Chronology
import Foundation

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and normalize the temporal expressions of articles."
    )

    @Argument(help: "Article files to tag.")
    var files: [String]

    @Option(help: "Document creation time (ISO 8601 date or date-time); detected in the text when omitted.")
    var referenceDate: String?

    @Option(help: "Output format: json or table.")
    var format: String = "json"

    func run() throws {
        var reference: DateValue?
        if let referenceDate {
            guard let parsed = DateValue(parsing: referenceDate) else {
                throw ValidationError("--reference-date: '\(referenceDate)' is not an ISO 8601 date")
            }
            reference = parsed
        }
        let tagger = TemporalTagger()
        var documents: [[String: Any]] = []
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let found = tagger.tag(text, reference: reference)
            let timexes: [[String: Any]] = found.map { t in
                [
                    "start": t.range.lowerBound, "end": t.range.upperBound, "text": t.text, "type": t.type.rawValue,
                    "value": t.value,
                    "interval": t.date.start.map { [$0.iso, t.date.end!.iso] } ?? NSNull(),
                ]
            }
            documents.append(["path": file, "reference": reference.map { ["value": $0.value, "basis": $0.basis.kind.rawValue] } ?? NSNull(), "timexes": timexes])
        }
        let data = try JSONSerialization.data(withJSONObject: ["documents": documents], options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
