import Testing
import Foundation
import CancelCore
import CancelPortfolio
import CancelCLI
import CancelVendors

/// Issue 14: a spreadsheet as people export it (headers as written,
/// capitalised vendors, `;` separators, other date forms, many bad rows).
@Suite("spreadsheets as exported")
struct SpreadsheetTests {
    let today = CalendarDate("2026-11-23")!

    func temporaryFile(_ contents: String, _ suffix: String = ".csv") throws -> String {
        let path = NSTemporaryDirectory() + "sheet-\(UUID().uuidString)\(suffix)"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ arguments: [String], colour: Bool = false) -> CommandOutput {
        CancelCTL(registry: BuiltInVendors.registry, environment: [:], today: today, colour: colour).run(arguments)
    }

    func rows(_ text: String, delimiter: CSVDelimiter? = nil) throws -> [PortfolioRow] {
        var reader = try PortfolioReader(bytes: Array(text.utf8), format: .csv, delimiter: delimiter)
        var rows: [PortfolioRow] = []
        while let item = reader.next() {
            if case .row(let row) = item { rows.append(row) }
        }
        return rows
    }

    // MARK: 1. Headers

    @Test("headers match ignoring case, spaces, _ and -, and through the documented synonyms")
    func headers() throws {
        for header in ["Renewal Date", "renewal_date", "RENEWAL-DATE", "renews on", "End date", "Renouvellement"] {
            #expect(PortfolioColumn(header: header) == .fact(.renewal), "\(header)")
        }
        #expect(PortfolioColumn(header: "Supplier") == .vendor)
        #expect(PortfolioColumn(header: "Billing Frequency") == .fact(.billing))
        #expect(PortfolioColumn(header: "Ref") == .reference)
        #expect(PortfolioColumn(header: "Notes") == nil)
        let row = try #require(try rows("Name,Supplier,Renewal Date,Billing Cycle,Ticket\nPhones,aircall,2027-01-31,annual,T-9\n").first)
        #expect(row.name == "Phones" && row.vendor == "aircall" && row[.renewal] == "2027-01-31" && row[.billing] == "annual")
        #expect(row.reference == "T-9")
    }

    @Test("no spelling of the synonym list means two columns, and every entry names a column")
    func synonymsAreUnambiguous() {
        var owner: [String: String] = [:]
        for column in PortfolioColumn.all {
            for spelling in [column.header] + (PortfolioColumn.synonyms[column.header] ?? []) {
                let key = spelling.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
                #expect(owner[key] == nil || owner[key] == column.header, "'\(spelling)' means \(owner[key] ?? "") and \(column.header)")
                owner[key] = column.header
            }
        }
        for header in PortfolioColumn.synonyms.keys {
            #expect(PortfolioColumn.all.contains { $0.header == header }, "\(header)")
        }
    }

    @Test("unknown columns are named once; a column matched twice is an error naming both headers")
    func duplicatesAndUnknown() throws {
        let file = try temporaryFile("vendor,Notes,renewal,Cost\ngoto,a,2027-01-01,1\ngoto,b,2027-02-01,2\n")
        let out = run(["portfolio", file])
        #expect(out.exitCode == 0)
        #expect(out.stderr.components(separatedBy: "Notes").count == 2)
        #expect(out.stderr.contains("Notes, Cost"))
        let twice = try temporaryFile("vendor,Renewal Date,renewal\ngoto,2027-01-01,2027-01-01\n")
        let bad = run(["portfolio", twice])
        #expect(bad.exitCode == 65)
        #expect(bad.stderr.contains("columns 'Renewal Date' and 'renewal' both mean 'renewal'"))
        #expect(bad.stdout.isEmpty)
    }

    // MARK: 2. Values

    @Test("vendors resolve by id, name, alias and domain, ignoring case and spaces")
    func vendorNames() {
        let registry = BuiltInVendors.registry
        let expected = ["Aircall": "aircall", " whc ": "whc", "GoTo Webinar": "goto", "gotoconnect": "goto",
                        "goto.com": "goto", "bitrix24.com": "bitrix24", "Bitrix24.FR": "bitrix24", "whc.ca": "whc",
                        "https://www.intercom.com/": "intercom", "INTERCOM": "intercom", "Web Hosting Canada": "whc"]
        for (name, id) in expected {
            #expect(registry.index(matching: name).map { registry.ids[$0] } == id, "\(name)")
        }
        #expect(VendorRegistry.matchKey("HTTPS://WWW.Aircall.IO/fr/pricing") == "aircall.io")
        #expect(VendorRegistry.matchKey("\t GoTo Webinar ") == "goto webinar")
        #expect(VendorRegistry.matchKey(" Équipe Ünïcode ") == "équipe ünïcode", "non-ASCII takes the general path")
        #expect(VendorRegistry.matchKey("a/b") == "a/b", "no dot: not a web address")
        #expect(registry.index(matching: "aircal") == nil)
        #expect(registry.index(matching: "") == nil)
        #expect(registry.index(matching: "example.com") == nil)
    }

    @Test("capitalised vendors and enumerated values plan like their ids; output keeps the ids")
    func valuesAsTyped() throws {
        let file = try temporaryFile("vendor,product,billing,renewal,trial\nAircall,Phone,Annual,2027-01-31,NO\n whc ,HOSTING, annual ,2027-03-01,\nGoTo Connect,connect,ANNUAL,2027-05-31,\n")
        let out = run(["portfolio", file, "--format", "csv", "--sort", "input"])
        #expect(out.exitCode == 0, "\(out.stderr)")
        let vendors = out.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] }
        #expect(vendors == ["aircall", "whc", "goto"])
        #expect(run(["plan", "--vendor", "Aircall", "--billing", "ANNUAL", "--renewal", "2027-01-31", "--seats", "3"]).exitCode == 0)
    }

    @Test("an alias that names a product plans that product unless the row gives one")
    func aliasProducts() throws {
        let products = BuiltInVendors.registry.impliedProducts
        #expect(products["goto connect"] == "connect")
        #expect(products["gotoconnect.com"] == "connect")
        #expect(products["goto webinar"] == "webinar")
        #expect(products["goto.com"] == nil)
        // `plan` asks for one name's product; it must be what the map says.
        let registry = BuiltInVendors.registry
        for policy in registry.policies {
            let description = policy.description
            for spelling in description.aliases + description.domains + [description.id, description.name, "unknown.example"] {
                let key = VendorRegistry.matchKey(spelling)
                #expect(registry.impliedProduct(forKey: key) == products[key], "\(spelling)")
            }
        }
        let planner = PortfolioPlanner(registry: BuiltInVendors.registry, today: today)
        let facts: [Fact: String] = [.renewal: "2027-05-31", .billing: "annual"]
        let connect = try planner.entry(for: PortfolioRow(line: 2, vendor: "GoTo Connect", raw: facts))
        let plain = try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: facts.merging([.product: "connect"]) { $1 }))
        let webinar = try planner.entry(for: PortfolioRow(line: 2, vendor: "goto", raw: facts))
        #expect(connect == plain)
        #expect(connect.deadline != webinar.deadline || connect.channel != webinar.channel || connect.roleBits != webinar.roleBits)
        let given = try planner.entry(for: PortfolioRow(line: 2, vendor: "GoTo Connect", raw: facts.merging([.product: "webinar"]) { $1 }))
        #expect(given == webinar)
    }

    @Test("vendors lists aliases and domains in text and JSON")
    func vendorsListing() throws {
        let text = run(["vendors"]).stdout
        #expect(text.contains("aircall.io"))
        #expect(text.contains("GoTo"))
        let json = run(["vendors", "--format", "json"]).stdout
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let goto = try #require(list.first { $0["id"] as? String == "goto" })
        #expect((goto["aliases"] as? [String])?.contains("GoTo Webinar") == true)
        #expect((goto["domains"] as? [String])?.contains("goto.com") == true)
    }

    // MARK: 3. Delimiters

    @Test("';' and tab are detected from the header; --delimiter overrides; quoted separators do not count")
    func delimiters() throws {
        #expect(CSVDelimiter.detect(header: Array("vendor;name;renewal".utf8)) == .semicolon)
        #expect(CSVDelimiter.detect(header: Array("vendor\tname\trenewal".utf8)) == .tab)
        #expect(CSVDelimiter.detect(header: Array("\"a;b;c\",vendor".utf8)) == .comma)
        #expect(CSVDelimiter.detect(header: Array("vendor".utf8)) == nil)
        let semi = try rows("Fournisseur;Nom;Échéance\ngoto;\"Équipe; Montréal\";2027-01-31\n")
        #expect(semi.first?.name == "Équipe; Montréal")
        #expect(semi.first?[.renewal] == "2027-01-31")
        #expect(try rows("vendor\tname\ngoto\tDesk\n").first?.name == "Desk")
        // As many commas as semicolons: detection picks ',', which finds no vendor column.
        let file = try temporaryFile("vendor;name;cost,centre,code\ngoto;a,b;1,2,3\n")
        #expect(run(["portfolio", file]).exitCode == 65)
        let forced = run(["portfolio", file, "--delimiter", "semicolon", "--format", "csv"])
        #expect(forced.exitCode == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("\"a,b\""))
        #expect(run(["portfolio", file, "--delimiter", "pipe"]).exitCode == 64)
    }

    @Test("the header's delimiter is found the same at any refill size, quoted line breaks included")
    func delimiterAcrossRefills() throws {
        let text = "\u{FEFF}\"Sub\nscription\";Supplier;Renewal Date\r\nDesk;goto;2027-01-31\r\n\"a;b\";whc;2027-02-01\r\n"
        for chunk in [1, 2, 3, 5, 7, 16, 1 << 16] {
            var reader = try PortfolioReader(source: MemoryByteSource(Array(text.utf8)), format: .csv, chunkSize: chunk)
            #expect(reader.delimiter == .semicolon, "chunk \(chunk)")
            var names: [String] = []
            while let item = reader.next() {
                if case .row(let row) = item { names.append(row.name + "/" + (row.vendor ?? "")) }
            }
            #expect(names == ["Desk/goto", "a;b/whc"], "chunk \(chunk)")
        }
    }

    @Test("a header that cannot be split says what it found")
    func unsplittableHeader() throws {
        let file = try temporaryFile("vendor|name|renewal\ngoto|a|2027-01-01\n")
        let out = run(["portfolio", file])
        #expect(out.exitCode == 65)
        #expect(out.stderr.contains("the header 'vendor|name|renewal' cannot be split into columns"))
        #expect(out.stderr.contains("--delimiter"))
        let wrong = try temporaryFile("name,renewal\nx,2027-01-01\n")
        #expect(run(["portfolio", wrong]).stderr.contains("found, split on ',': name, renewal"))
        // A one-column file is fine.
        #expect(run(["portfolio", try temporaryFile("vendor\ngoto\n")]).exitCode == 0)
    }

    // MARK: 4. Dates

    @Test("other date forms are told to use YYYY-MM-DD, with the value; impossible ISO dates are not real")
    func dates() throws {
        let file = try temporaryFile("vendor,renewal\ngoto,31/01/2027\ngoto,01.31.2027\ngoto,2027-02-30\ngoto,2027-1-31\n")
        let out = run(["portfolio", file])
        #expect(out.exitCode == 65)
        #expect(out.stderr.contains("line 2: renewal '31/01/2027' is not written YYYY-MM-DD: use YYYY-MM-DD"))
        #expect(out.stderr.contains("line 3: renewal '01.31.2027' is not written YYYY-MM-DD: use YYYY-MM-DD"))
        #expect(out.stderr.contains("line 4: renewal '2027-02-30' is not a real date"))
        #expect(out.stderr.contains("line 5: renewal '2027-1-31' is not written YYYY-MM-DD"))
        let fr = run(["portfolio", file, "--lang", "fr"])
        #expect(fr.stderr.contains("« 31/01/2027 » n’est pas écrite AAAA-MM-JJ : utilisez AAAA-MM-JJ"))
    }

    // MARK: 5. Errors that scale

    @Test("the first 20 rejected rows on stderr, then counts by kind; every row in --errors")
    func errorsScale() throws {
        var text = "vendor,renewal,seats\n"
        for index in 0..<45 { text += "aircal,2027-01-01,\(index + 1)\n" }
        for _ in 0..<5 { text += "goto,2027-02-30,\n" }
        text += "goto,2027-03-01,\n"
        let file = try temporaryFile(text)
        let errors = file + ".errors.csv"
        let out = run(["portfolio", file, "--errors", errors])
        #expect(out.exitCode == 65)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("line ") }.count == 20)
        #expect(out.stderr.contains("… and 30 more rejected rows, not shown; every rejected row is in '\(errors)'."))
        #expect(out.stderr.contains("Rejected rows by kind:\n  45  vendor: is not a vendor cancelctl knows, but is close to one\n   5  renewal: is not a real date\n"))
        #expect(out.stderr.hasSuffix("51 rows read = 1 planned + 50 rejected\n"))
        let saved = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(saved.split(separator: "\n").count == 51)
        // Twenty or fewer: every line, no summary.
        let few = run(["portfolio", try temporaryFile("vendor\naircal\n")])
        #expect(!few.stderr.contains("by kind"))
    }

    // MARK: 7. Summary

    @Test("text ends with the counts by status and the next three deadlines")
    func textSummary() throws {
        let file = try temporaryFile("name,vendor,renewal,billing\nA,goto,2026-12-01,monthly\nB,goto,2027-06-01,annual\nC,goto,2026-12-20,annual\nD,goto,2027-02-01,annual\nE,goto,,\n")
        let out = run(["portfolio", file]).stdout
        #expect(out.contains("\nSummary: 2 act-soon · 1 unknown · 2 ok\n"))
        let tail = out.components(separatedBy: "Next deadlines:\n").last ?? ""
        let next = tail.split(separator: "\n")
        #expect(next.count == 3)
        #expect(next[0].contains("2026-11-30") && next[0].contains("A (goto)") && next[0].contains("in 7 days"))
        #expect(next[1].contains("C (goto)") && next[2].contains("D (goto)"))
        let fr = run(["portfolio", file, "--lang", "fr"]).stdout
        #expect(fr.contains("\nBilan : 2 à traiter · 1 inconnue · 2 ok\nProchaines échéances :\n"))
    }

    // MARK: Issue 14, done when

    @Test("a French-style export (capitalised vendors, synonym headers, ';', an unlisted vendor, tracking) triages every row")
    func doneWhen() throws {
        let file = try temporaryFile("""
        Name;Supplier;Renewal Date;Billing Frequency;Notice Days;Owner;Notice sent on;Confirmed on;Ref
        Standard phones;Aircall;2027-01-31;Annual;;Ana;;;
        Webinars;GoTo Webinar;2026-12-10;ANNUAL;30;Bo;2026-11-02;;T-4411
        CRM;bitrix24.com;2026-12-01;monthly;;Chloé;;;
        Hosting;whc.ca;2027-03-01;annual;;Dev team;2026-11-05;2026-11-09;WHC-778
        Helpdesk;Zendesk;2027-02-15;annual;30;Ana;;;
        Support chat;intercom;31/01/2027;annual;60;Bo;;;

        """)
        let out = run(["portfolio", file, "--format", "csv", "--sort", "input"])
        #expect(out.exitCode == 65)
        #expect(out.stderr.contains("line 7: renewal '31/01/2027' is not written YYYY-MM-DD: use YYYY-MM-DD"))
        #expect(out.stderr.hasSuffix("6 rows read = 5 planned + 1 rejected\n"))
        let rows = out.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.map { "\($0[1]):\($0[3]):\($0[4])" } == [
            "Standard phones:aircall:ok", "Webinars:goto:notice-sent", "CRM:bitrix24:act-soon",
            "Hosting:whc:cancelled", "Helpdesk:Zendesk:ok",
        ])
    }
}
