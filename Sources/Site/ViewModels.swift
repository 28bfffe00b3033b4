/// What templates receive. Plain structs read through Mirror: arrays keep order; every key a template
/// uses must be a property here (the template lint test checks this).
struct SiteInfo {
    let title: String
    let language: String
    let articleCount: Int
    let eventCount: Int
}

struct PageInfo {
    let title: String
    let description: String
    /// "" for pages at the root, "../" one folder down: every link stays relative.
    let root: String
    let canonical: String?
}

struct ActorChip {
    let name: String
    let slug: String
}

struct SourceChip {
    let name: String
    let article: String
    let last: Bool
}

struct EventItem {
    let id: String
    let root: String
    let title: String
    let dateDisplay: String
    let datetime: String
    let year: Int
    let summaryHTML: SafeHTML
    let kind: String
    let kindLabel: String
    let actors: [ActorChip]
    let actorSlugs: String
    let sources: [SourceChip]
    let scheduled: Bool
    let approximate: Bool
    let approximateLabel: String
    let dateNote: String
}

struct MonthGroup {
    let label: String
    let events: [ListedEvent]
}

struct YearGroup {
    let year: Int
    let gapBefore: String?
    let months: [MonthGroup]
}

struct FilterOption {
    let value: String
    let label: String
    let count: Int
}

struct ActorFilter {
    let name: String
    let slug: String
    let count: Int
}

struct IndexPage {
    let site: SiteInfo
    let page: PageInfo
    let root: String
    let firstYear: Int
    let lastYear: Int
    let stripHTML: SafeHTML
    let kinds: [FilterOption]
    /// The most frequent actors: a filter bar of thousands of names helps no one, and every index page
    /// carries it.
    let actors: [ActorFilter]
    /// When there are more, their number, for the link to the actors' directory.
    let moreActors: MoreActors?
    let years: [YearGroup]
    let pagination: Pagination?
}

struct MoreActors {
    let count: Int
}

struct ListPage {
    let site: SiteInfo
    let page: PageInfo
    let root: String
    let intro: String?
    let events: [ListedEvent]
    let pagination: Pagination?
}

struct DirectoryEntry {
    let name: String
    let url: String
    let detail: String
}

struct DirectoryPage {
    let site: SiteInfo
    let page: PageInfo
    let root: String
    let intro: String?
    let entries: [DirectoryEntry]
}

struct Reason {
    let text: String
}

struct SourceQuote {
    let quote: String
    let article: String
    let start: Int
    let name: String
    let published: String?
    let url: String?
}

struct EventPage {
    let site: SiteInfo
    let page: PageInfo
    let root: String
    let event: EventItem
    let reasons: [Reason]
    let confidence: Int
    let sources: [SourceQuote]
    let hasConflicts: Bool
    let conflicts: [Reason]
}

struct RemovedLine {
    let reason: String
    let text: String
}

struct ArticleInfo {
    let title: String
    let source: String
    let url: String?
    let authors: String?
    let published: String
    let datetime: String?
    let publishedBasis: String
    let eventCount: Int
}

struct ArticlePage {
    let site: SiteInfo
    let page: PageInfo
    let root: String
    let article: ArticleInfo
    let bodyHTML: SafeHTML
    let removedCount: Int
    let removed: [RemovedLine]
}

struct AboutPage {
    let site: SiteInfo
    let page: PageInfo
    let root: String
    let kinds: [FilterOption]
}
