import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Site

@Suite struct EscapingTests {
    static let payload = "<script>alert(1)</script>"

    func hostileSite() throws -> SiteOutput {
        let text = """
        \(Self.payload)

        \(Self.payload) officials said on Monday that AT&T <Geneva> and x" onmouseover="alert(1) met 'quoted' envoys in Seoul, the ministry said.

        North Korea fired a missile on Tuesday [a](javascript:alert(1)) <img src=x onerror=alert(1)> near the border, the military said.
        """
        let sidecar = """
        title: "\(Self.payload)"
        source: "x\\" onmouseover=\\"alert(1) & 'y'"
        published: "2024-02-16"
        """
        return try buildSite(["hostile.txt": text, "hostile.yml": sidecar]).0
    }

    /// `{{ }}` escapes byte by byte: a combining mark after "<" or "&" (one grapheme cluster, which an
    /// escaper walking characters would pass through whole) cannot smuggle the character out.
    @Test func variablesEscapeEverySpecialCharacter() throws {
        struct Model { let value: String }
        var templates = Dictionary(uniqueKeysWithValues: Theme.requiredTemplates.map { ($0, "ok") })
        templates["probe"] = "[{{value}}]\n{{{value}}}"
        let theme = try Theme(templates: templates, assets: [:])
        let hostile = "<\u{301}b>&\u{301} 'q' \"x\" plain é"
        #expect(theme.render("probe", Model(value: hostile))
            == "[&lt;\u{301}b&gt;&amp;\u{301} &#39;q&#39; &quot;x&quot; plain é]\n" + hostile)
        #expect(HTMLEscape.text("nothing to escape") == "nothing to escape")
    }

    @Test func scriptIsEscapedEverywhere() throws {
        let output = try hostileSite()
        var sawEscaped = false
        // Calendar files carry the text as it is: they are not markup.
        for path in output.paths where !path.hasSuffix(".ics") {
            let text = output.text(path)
            #expect(!text.lowercased().contains("<script>alert"), "live script in \(path)")
            #expect(!text.contains("onmouseover=\"alert"), "attribute breakout in \(path)")
            #expect(text.range(of: "<img[^>]*onerror", options: .regularExpression) == nil, "raw img in \(path)")
            #expect(!text.contains("&amp;amp;") && !text.contains("&amp;lt;"), "double escaping in \(path)")
            if path.hasSuffix(".html"), text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { sawEscaped = true }
        }
        #expect(sawEscaped)
        #expect(output.text("articles/hostile.html").contains("AT&amp;T &lt;Geneva&gt;"))
    }

    @Test func hrefsAreRelativeOrWeb() throws {
        let output = try hostileSite()
        let pattern = try NSRegularExpression(pattern: "href=\"([^\"]*)\"")
        for path in output.paths where path.hasSuffix(".html") {
            let text = output.text(path)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let href = String(text[Range(match.range(at: 1), in: text)!])
                let lower = href.lowercased()
                let hasScheme = lower.range(of: "^[a-z][a-z0-9+.-]*:", options: .regularExpression) != nil
                #expect(!hasScheme || lower.hasPrefix("https:") || lower.hasPrefix("http:"), "\(path): \(href)")
                #expect(!href.hasPrefix("/"), "\(path): absolute path \(href) breaks file://")
            }
        }
    }

    @Test func feedParsesAndJSONRoundTrips() throws {
        let output = try hostileSite()
        let parser = XMLParser(data: output.files["feed.xml"]!)
        #expect(parser.parse())
        #expect(XMLParser(data: output.files["sitemap.xml"]!).parse())
        struct Doc: Decodable { struct A: Decodable { let title: String; let source: String? }; let articles: [A] }
        let doc = try JSONDecoder().decode(Doc.self, from: output.files["events.json"]!)
        #expect(doc.articles.first?.title == Self.payload)
        #expect(doc.articles.first?.source == "x\" onmouseover=\"alert(1) & 'y'")
    }

    @Test func feedSurvivesCharactersXMLForbids() throws {
        let odd = "Odd \u{0B}\u{0C}\u{1B}\u{FFFE} &#xD800; ]]> text"
        let text = "\(odd) headline here\n\nNorth Korea said on Monday that \(odd) was fine, officials said.\n"
        let (output, _, _) = try buildSite(["odd.txt": text, "odd.yml": "published: \"2024-02-16\"\n"])
        #expect(XMLParser(data: output.files["feed.xml"]!).parse())
        #expect(output.files["articles/odd.html"] != nil)
    }

    @Test func jsonStringsRoundTripExactly() throws {
        let tricky = "quote \" backslash \\ </script> \u{2028} \u{2029} end"
        let text = "Headline for the test\n\nNorth Korea said on Monday that \(tricky) was fine, officials said.\n"
        let (output, timeline, _) = try buildSite(["j.txt": text, "j.yml": "published: \"2024-02-16\"\n"])
        struct Doc: Decodable { struct E: Decodable { struct S: Decodable { let quote: String }; let sources: [S] }; let events: [E] }
        let doc = try JSONDecoder().decode(Doc.self, from: output.files["events.json"]!)
        #expect(doc.events.first?.sources.first?.quote == timeline.events.first?.sources.first?.quote)
        #expect(doc.events.first?.sources.first?.quote.contains(tricky) == true)
        #expect(try buildSite(["j.txt": text, "j.yml": "published: \"2024-02-16\"\n"]).0.files["events.json"] == output.files["events.json"])
    }

    @Test func rawHTMLInABodyWarnsWithTheFile() throws {
        let text = "A headline for this one\n\nOfficials said on Monday <b>bold</b> things about Seoul, the ministry said.\n"
        let (output, _, diagnostics) = try buildSite(["raw.txt": text, "raw.yml": "published: \"2024-02-16\"\n"])
        #expect(diagnostics.contains { $0.path == "seeds/raw.txt" && $0.message.contains("raw HTML omitted") } || !output.text("index.html").contains("<b>bold"))
        #expect(!output.text("index.html").contains("<b>bold</b>"))
    }
}

@Suite struct SiteAuditTests {
    @Test func seedSitePassesTheAudit() throws {
        let (output, _, diagnostics) = try buildSite(try seedFiles())
        #expect(!diagnostics.contains { $0.severity == .error })
        for path in output.paths {
            let text = output.text(path)
            var bad = ["Optional(", "(nil)", "&lt;nil&gt;", "&amp;amp;", "\u{FFFD}", "ZgotmplZ", "<!-- raw HTML omitted -->"]
            if path.hasSuffix(".html") || path.hasSuffix(".xml") { bad += ["{{", "}}"] }
            for pattern in bad {
                #expect(!text.contains(pattern), "\(path) contains \(pattern)")
            }
        }
        #expect(output.paths.contains("index.html"))
        #expect(output.paths.filter { $0.hasPrefix("events/") }.count > 20)
        #expect(output.paths.filter { $0.hasPrefix("articles/") && $0 != "articles/index.html" }.count == 5)
        for export in ["events.json", "events.schema.json", "timelinejs.json", "events.ics", "feed.xml", "sitemap.xml", "robots.txt"] {
            #expect(output.files[export] != nil, "missing \(export)")
        }
    }

    @Test func buildsAreDeterministicAndBaseURLOnlyTouchesAbsoluteLinks() throws {
        let files = try seedFiles()
        let a = try buildSite(files).0, b = try buildSite(files).0
        #expect(a.files == b.files)
        let withBase = try buildSite(files, baseURL: "https://example.org/t/").0
        #expect(withBase.text("feed.xml").contains("https://example.org/t/events/"))
        #expect(withBase.text("sitemap.xml").contains("<loc>https://example.org/t/index.html</loc>"))
        #expect(withBase.text("index.html").contains("<link rel=\"canonical\" href=\"https://example.org/t/index.html\">"))
        let stripped = withBase.text("index.html").replacingOccurrences(of: "<link rel=\"canonical\" href=\"https://example.org/t/index.html\">\n", with: "")
        #expect(stripped == a.text("index.html"))
    }

    @Test func articlePagesMarkEveryDate() throws {
        let (output, _, _) = try buildSite(try seedFiles())
        let page = output.text("articles/001_7d89e40b0e85fbef.html")
        #expect(page.contains("<time datetime=\"2024-02-16\" data-timex=\"2024-02-16\""))
        #expect(page.contains("data-timex=\"2024-W06\""))
        #expect(page.contains("href=\"../events/2024-02-15-"))
        let event = output.text("events/" + output.paths.first { $0.hasPrefix("events/2024-02-15-") }!.dropFirst(7))
        #expect(event.contains("late Thursday"))
        #expect(event.contains("published Fri 16 Feb 2024"))
    }
}

@Suite struct FeedAndIDTests {
    @Test func feedUpdatedIsTheNewestEventNotTheBuildTime() throws {
        let (output, timeline, _) = try buildSite(try seedFiles())
        let newest = timeline.events.compactMap { $0.date.start }.max()!
        #expect(output.text("feed.xml").contains("<updated>\(newest.iso)T00:00:00Z</updated>"))
    }

    @Test func equalTitlesOnOneDayGetDeterministicSuffixes() throws {
        let text = "Same story twice\n\nNorth Korea fired a missile on Monday, the military said.\n\nNorth Korea fired a missile on Monday, the military said.\n"
        let (_, timeline, _) = try buildSite(["twice.txt": text, "twice.yml": "published: \"2024-02-16\"\n"])
        let ids = timeline.events.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
