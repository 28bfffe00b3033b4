import Foundation
import Testing
@testable import Site

/// Every key a template uses must exist on a view model; raw output only for SafeHTML keys.
@Suite struct TemplateLintTests {
    static func templates() throws -> [String: String] {
        let folder = repositoryRoot.appendingPathComponent("templates")
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            result[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    /// Tag bodies: `{{name}}`, `{{#name}}`, `{{{name}}}` ... with their sigil.
    static func tags(_ template: String) -> [(sigil: String, key: String)] {
        let regex = try! NSRegularExpression(pattern: "\\{\\{(\\{|[#^/&>!<$%]?)\\s*([^}]*?)\\s*\\}?\\}\\}")
        return regex.matches(in: template, range: NSRange(template.startIndex..., in: template)).map { m in
            (String(template[Range(m.range(at: 1), in: template)!]), String(template[Range(m.range(at: 2), in: template)!]))
        }
    }

    /// Property names of every view model, found with Mirror on sample values.
    static var modelKeys: Set<String> {
        let site = SiteInfo(title: "", language: "", articleCount: 0, eventCount: 0)
        let page = PageInfo(title: "", description: "", root: "", canonical: "")
        let item = EventItem(id: "", root: "", title: "", dateDisplay: "", datetime: "", year: 0, summaryHTML: SafeHTML(trusted: ""),
                             kind: "", kindLabel: "", actors: [ActorChip(name: "", slug: "")], actorSlugs: "",
                             sources: [SourceChip(name: "", article: "", last: true)], scheduled: false, approximate: false,
                             approximateLabel: "", dateNote: "")
        let listed = ListedEvent(renderedHTML: SafeHTML(trusted: "")) { item }
        let pagination = Pagination(pageNumber: 1, pageCount: 2, previousURL: "", nextURL: "",
                                    pages: [PageLink(label: "", url: "", isCurrent: true, isGap: false)])
        let samples: [Any] = [
            IndexPage(site: site, page: page, root: "", firstYear: 0, lastYear: 0, stripHTML: SafeHTML(trusted: ""),
                      kinds: [FilterOption(value: "", label: "", count: 0)], actors: [ActorFilter(name: "", slug: "", count: 0)],
                      moreActors: MoreActors(count: 0),
                      years: [YearGroup(year: 0, gapBefore: "", months: [MonthGroup(label: "", events: [listed])])], pagination: pagination),
            ListPage(site: site, page: page, root: "", intro: "", events: [listed], pagination: pagination),
            DirectoryPage(site: site, page: page, root: "", intro: "", entries: [DirectoryEntry(name: "", url: "", detail: "")]),
            EventPage(site: site, page: page, root: "", event: item, reasons: [Reason(text: "")], confidence: 0,
                      sources: [SourceQuote(quote: "", article: "", start: 0, name: "", published: "", url: "")], hasConflicts: false, conflicts: []),
            ArticlePage(site: site, page: page, root: "", article: ArticleInfo(title: "", source: "", url: "", authors: "", published: "",
                        datetime: "", publishedBasis: "", eventCount: 0), bodyHTML: SafeHTML(trusted: ""), removedCount: 0,
                        removed: [RemovedLine(reason: "", text: "")]),
            AboutPage(site: site, page: page, root: "", kinds: []),
        ]
        var keys: Set<String> = []
        func walk(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                if let label = child.label { keys.insert(label) }
                if child.value is SafeHTML { continue }
                let inner = Mirror(reflecting: child.value)
                if inner.displayStyle == .collection { for element in inner.children { walk(element.value) } } else if inner.displayStyle == .optional {
                    if let some = inner.children.first { walk(some.value) }
                } else if inner.displayStyle == .struct { walk(child.value) }
            }
        }
        samples.forEach(walk)
        return keys
    }

    @Test func everyKeyExistsOnAViewModel() throws {
        let keys = Self.modelKeys
        let names = Set(try Self.templates().keys.map { String($0.dropLast(9)) })
        for (file, template) in try Self.templates() {
            for (sigil, key) in Self.tags(template) where ![">", "<", "!", "$", "/"].contains(sigil) {
                for part in key.split(separator: ".") {
                    #expect(keys.contains(String(part)), "\(file): '{{\(sigil)\(key)}}' is not a view-model property")
                }
            }
            for (sigil, key) in Self.tags(template) where sigil == ">" || sigil == "<" {
                #expect(names.contains(key), "\(file): partial '\(key)' does not exist")
            }
        }
    }

    @Test func aTypoIsCaught() {
        #expect(!Self.modelKeys.contains("titel"))
        #expect(Self.tags("<p>{{titel}}</p>").map(\.key) == ["titel"])
    }

    @Test func rawOutputOnlyForHTMLKeysAndNoPragmas() throws {
        for (file, template) in try Self.templates() {
            for (sigil, key) in Self.tags(template) where sigil == "{" || sigil == "&" {
                #expect(key.hasSuffix("HTML"), "\(file): unescaped '\(key)' is not a SafeHTML value")
            }
            #expect(!template.contains("{{%"), "\(file): pragmas are not allowed")
            #expect(template.range(of: "=\\{\\{", options: .regularExpression) == nil, "\(file): unquoted attribute value")
        }
    }

    @Test func brokenTemplatesFailAtLoadWithPosition() {
        var templates = Dictionary(uniqueKeysWithValues: Theme.requiredTemplates.map { ($0, "ok") })
        templates["event"] = "line one\n{{#a}}\n{{/b}}"
        #expect(throws: ThemeError.self) { try Theme(templates: templates, assets: [:]) }
        do { _ = try Theme(templates: templates, assets: [:]) } catch {
            #expect(error.diagnostics.first?.description.hasPrefix("templates/event.mustache:3:") == true)
        }
        var missingPartial = Dictionary(uniqueKeysWithValues: Theme.requiredTemplates.map { ($0, "ok") })
        missingPartial["index"] = "{{> nowhere}}"
        do { _ = try Theme(templates: missingPartial, assets: [:]); Issue.record("missing partial accepted") } catch {
            #expect(error.diagnostics.contains { $0.message == "partial 'nowhere' not found" })
        }
    }
}

/// docs/templates.md documents exactly the keys each template uses, no more, no less.
@Suite struct TemplateReferenceTests {
    static func documented() throws -> [String: Set<String>] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        var result: [String: Set<String>] = [:]
        var current: String?
        var bullet = ""
        func flush() {
            defer { bullet = "" }
            guard let current, !bullet.isEmpty else { return }
            // The keys are the backticked names before the dash that starts the description.
            let head = bullet.components(separatedBy: " — ").first ?? bullet
            let keys = head.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            result[current, default: []].formUnion(keys)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### `") {
                flush()
                current = line.components(separatedBy: "`")[1].replacingOccurrences(of: ".mustache", with: "")
            } else if line.hasPrefix("- ") {
                flush()
                bullet = String(line.dropFirst(2))
            } else if line.hasPrefix("  "), !bullet.isEmpty {
                bullet += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    @Test func everyTemplateKeyIsDocumentedAndNothingElse() throws {
        let docs = try Self.documented()
        for (file, template) in try TemplateLintTests.templates() {
            let name = String(file.dropLast(9))
            let used = Set(TemplateLintTests.tags(template).filter { !["/", "!", "$", "<"].contains($0.sigil) }.map(\.key))
            let documented = docs[name] ?? []
            #expect(used.subtracting(documented).isEmpty, "\(file): undocumented \(used.subtracting(documented).sorted())")
            #expect(documented.subtracting(used).isEmpty, "\(file): documented but unused \(documented.subtracting(used).sorted())")
        }
    }

    @Test func embeddedThemeMatchesTheTemplatesFolder() throws {
        let folder = repositoryRoot.appendingPathComponent("templates")
        var onDisk: [String: String] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                onDisk[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            }
        }
        #expect(onDisk == DefaultTheme.files, "run scripts/embed-theme.py after editing templates/")
    }
}
