/// View models on hot paths list their keys by hand: reflecting every struct through Mirror (with a
/// dynamic cast per value) was the largest cost of rendering a big site. `TemplateFieldsTests` checks
/// that each list names exactly what Mirror finds, so a new property cannot be forgotten.
protocol TemplateFields {
    var templateFields: [(String, Any)] { get }
}

/// Arrays convert element by element without reflecting the array itself.
protocol TemplateArray {
    var templateElements: [Any] { get }
}

extension Array: TemplateArray {
    var templateElements: [Any] { map { $0 as Any } }
}

extension SiteInfo: TemplateFields {
    var templateFields: [(String, Any)] {
        [("title", title), ("language", language), ("articleCount", articleCount), ("eventCount", eventCount)]
    }
}

extension PageInfo: TemplateFields {
    var templateFields: [(String, Any)] {
        [("title", title), ("description", description), ("root", root), ("canonical", canonical as Any)]
    }
}

extension ActorChip: TemplateFields {
    var templateFields: [(String, Any)] { [("name", name), ("slug", slug)] }
}

extension SourceChip: TemplateFields {
    var templateFields: [(String, Any)] { [("name", name), ("article", article), ("last", last)] }
}

extension EventItem: TemplateFields {
    var templateFields: [(String, Any)] {
        [("id", id), ("root", root), ("title", title), ("dateDisplay", dateDisplay), ("datetime", datetime), ("year", year),
         ("summaryHTML", summaryHTML), ("kind", kind), ("kindLabel", kindLabel), ("actors", actors), ("actorSlugs", actorSlugs),
         ("sources", sources), ("scheduled", scheduled), ("approximate", approximate), ("approximateLabel", approximateLabel),
         ("dateNote", dateNote)]
    }
}

extension Reason: TemplateFields {
    var templateFields: [(String, Any)] { [("text", text)] }
}

extension SourceQuote: TemplateFields {
    var templateFields: [(String, Any)] {
        [("quote", quote), ("article", article), ("start", start), ("name", name), ("published", published as Any), ("url", url as Any)]
    }
}

extension EventPage: TemplateFields {
    var templateFields: [(String, Any)] {
        [("site", site), ("page", page), ("root", root), ("event", event), ("reasons", reasons), ("confidence", confidence),
         ("sources", sources), ("hasConflicts", hasConflicts), ("conflicts", conflicts)]
    }
}

extension ListPage: TemplateFields {
    var templateFields: [(String, Any)] {
        [("site", site), ("page", page), ("root", root), ("intro", intro as Any), ("events", events), ("pagination", pagination as Any)]
    }
}

extension MonthGroup: TemplateFields {
    var templateFields: [(String, Any)] { [("label", label), ("events", events)] }
}

extension YearGroup: TemplateFields {
    var templateFields: [(String, Any)] { [("year", year), ("gapBefore", gapBefore as Any), ("months", months)] }
}
