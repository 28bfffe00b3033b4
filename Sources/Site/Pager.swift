/// Long event lists split into pages of `SiteConfig.eventsPerPage`, so no page grows with the corpus
/// (a 1,000-article timeline made a 25 MB index). Page 1 keeps the list's path; page n is
/// `name.n.html` beside it: slugs, years and kinds never contain a dot, so no page can take another
/// list's name, and every page of a list sits at the same depth (its items' links are the same).
struct Pager {
    let basePath: String
    let itemCount: Int
    let perPage: Int

    var pageCount: Int { max(1, (itemCount + perPage - 1) / perPage) }
    var pageNumbers: ClosedRange<Int> { 1...pageCount }

    func path(_ page: Int) -> String {
        page == 1 ? basePath : String(basePath.dropLast(".html".count)) + ".\(page).html"
    }

    /// The page's file name: pages of one list link to each other within their folder.
    func fileName(_ page: Int) -> String {
        String(path(page).split(separator: "/").last ?? "")
    }

    /// The items of `page` among `total` (clamped: the lazily filtered list is the authority).
    func range(_ page: Int, total: Int) -> Range<Int> {
        min((page - 1) * perPage, total)..<min(page * perPage, total)
    }

    /// Navigation for templates; nil when the list fits on one page.
    func navigation(_ page: Int) -> Pagination? {
        guard pageCount > 1 else { return nil }
        // First, last, and two either side of the current page; runs in between become a gap.
        var links: [PageLink] = []
        for n in pageNumbers where n == 1 || n == pageCount || abs(n - page) <= 2 {
            if let last = links.last, let lastNumber = Int(last.label), n - lastNumber > 1 {
                links.append(PageLink(label: "…", url: nil, isCurrent: false, isGap: true))
            }
            links.append(PageLink(label: "\(n)", url: fileName(n), isCurrent: n == page, isGap: false))
        }
        return Pagination(pageNumber: page, pageCount: pageCount,
                          previousURL: page > 1 ? fileName(page - 1) : nil,
                          nextURL: page < pageCount ? fileName(page + 1) : nil, pages: links)
    }

    /// "Timeline" on page 1, "Timeline (page 2 of 9)" after: every page keeps a distinct title.
    func title(_ base: String, page: Int) -> String {
        page == 1 ? base : "\(base) (page \(page) of \(pageCount))"
    }
}

/// What `pagination.mustache` shows.
struct Pagination {
    let pageNumber: Int
    let pageCount: Int
    let previousURL: String?
    let nextURL: String?
    let pages: [PageLink]
}

struct PageLink {
    let label: String
    let url: String?
    let isCurrent: Bool
    let isGap: Bool
}
