/// View models on hot paths answer templates by hand: a switch on the key, nothing made until a tag
/// asks. `TemplateObjectTests` checks that each one gives exactly what reflecting its stored
/// properties gives, so a new property cannot be forgotten.

extension TemplateValue {
    /// An optional text: absent when nil.
    static func optional(_ text: String?) -> TemplateValue? {
        text.map(TemplateValue.text)
    }

    static func objects(_ objects: [some TemplateObject]) -> TemplateValue {
        .list(objects.map { .object($0) })
    }
}

extension SiteInfo: TemplateObject {
    var templateKeys: [String] { ["title", "language", "articleCount", "eventCount"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "language": .text(language)
        case "articleCount": .number(articleCount)
        case "eventCount": .number(eventCount)
        default: nil
        }
    }
}

extension PageInfo: TemplateObject {
    var templateKeys: [String] { ["title", "description", "root", "canonical"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "description": .text(description)
        case "root": .text(root)
        case "canonical": .optional(canonical)
        default: nil
        }
    }
}

extension ActorChip: TemplateObject {
    var templateKeys: [String] { ["name", "slug"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "slug": .text(slug)
        default: nil
        }
    }
}

extension SourceChip: TemplateObject {
    var templateKeys: [String] { ["name", "article", "last"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "article": .text(article)
        case "last": .flag(last)
        default: nil
        }
    }
}

extension EventItem: TemplateObject {
    var templateKeys: [String] {
        ["id", "root", "title", "dateDisplay", "datetime", "year", "summaryHTML", "kind", "kindLabel", "actors", "actorSlugs",
         "sources", "scheduled", "approximate", "approximateLabel", "dateNote"]
    }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "id": .text(id)
        case "root": .text(root)
        case "title": .text(title)
        case "dateDisplay": .text(dateDisplay)
        case "datetime": .text(datetime)
        case "year": .number(year)
        case "summaryHTML": .html(summaryHTML)
        case "kind": .text(kind)
        case "kindLabel": .text(kindLabel)
        case "actors": .objects(actors)
        case "actorSlugs": .text(actorSlugs)
        case "sources": .objects(sources)
        case "scheduled": .flag(scheduled)
        case "approximate": .flag(approximate)
        case "approximateLabel": .text(approximateLabel)
        case "dateNote": .text(dateNote)
        default: nil
        }
    }
}

extension Reason: TemplateObject {
    var templateKeys: [String] { ["text"] }

    func templateValue(_ key: String) -> TemplateValue? {
        key == "text" ? .text(text) : nil
    }
}

extension SourceQuote: TemplateObject {
    var templateKeys: [String] { ["quote", "article", "start", "name", "published", "url"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "quote": .text(quote)
        case "article": .text(article)
        case "start": .number(start)
        case "name": .text(name)
        case "published": .optional(published)
        case "url": .optional(url)
        default: nil
        }
    }
}

extension EventPage: TemplateObject {
    var templateKeys: [String] { ["site", "page", "root", "event", "reasons", "confidence", "sources", "hasConflicts", "conflicts"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "site": .object(site)
        case "page": .object(page)
        case "root": .text(root)
        case "event": .object(event)
        case "reasons": .objects(reasons)
        case "confidence": .number(confidence)
        case "sources": .objects(sources)
        case "hasConflicts": .flag(hasConflicts)
        case "conflicts": .objects(conflicts)
        default: nil
        }
    }
}

extension ListPage: TemplateObject {
    var templateKeys: [String] { ["site", "page", "root", "intro", "events", "pagination"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "site": .object(site)
        case "page": .object(page)
        case "root": .text(root)
        case "intro": .optional(intro)
        case "events": .objects(events)
        case "pagination": pagination.flatMap { TemplateValue($0) }
        default: nil
        }
    }
}

extension MonthGroup: TemplateObject {
    var templateKeys: [String] { ["label", "events"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "events": .objects(events)
        default: nil
        }
    }
}

extension YearGroup: TemplateObject {
    var templateKeys: [String] { ["year", "gapBefore", "months"] }

    func templateValue(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "gapBefore": .optional(gapBefore)
        case "months": .objects(months)
        default: nil
        }
    }
}
