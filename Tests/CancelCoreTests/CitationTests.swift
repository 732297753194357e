import Testing
import CancelCore

@Suite("citations")
struct CitationTests {
    let source = Source(id: "some-terms", title: "Some terms", publisher: "Some", official: true,
                        url: "https://example.com/terms", language: "en")

    @Test("a citation reads back its source id and section, and compares by text")
    func readBack() {
        let cited = source.section("Ending your plan")
        #expect(cited.source == "some-terms")
        #expect(cited.section == "Ending your plan")
        #expect(cited == Citation(source: "some-terms", section: "Ending your plan"))
        #expect(cited != source.section("Ending your plans"))
        #expect(cited != Citation(source: "other-terms", section: "Ending your plan"))
        #expect(Set([cited, Citation(source: "some-terms", section: "Ending your plan")]).count == 1)
    }

    @Test("non-ASCII headings survive, as French sources quote them")
    func nonASCII() {
        let cited = source.section("Exigence de préavis d’annulation")
        #expect(cited.section == "Exigence de préavis d’annulation")
        #expect(cited != source.section("Exigence de preavis d'annulation"))
    }

    @Test("the source id and the citation's agree")
    func sourceID() {
        #expect(source.id == source.section("x").source)
    }
}
