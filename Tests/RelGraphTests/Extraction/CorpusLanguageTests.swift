import Testing
@testable import RelGraph

/// CorpusLanguage: an unclear document is read in the language of the documents before it.
@Suite("CorpusLanguage")
struct CorpusLanguageTests {
    @Test func countsOnlyCertainDecisions() {
        var languages = CorpusLanguage()
        #expect(languages.language == nil)
        languages.record(LanguageDecision(language: .en, basis: .englishByDefault))
        #expect(languages.language == nil)
        languages.record(LanguageDecision(language: .fr, basis: .detected))
        languages.record(.given(.es))
        #expect(languages.language == .fr, "a tie goes to the fixed order: en, fr, es")
        languages.record(LanguageDecision(language: .es, basis: .detected))
        #expect(languages.language == .es)
    }

    /// A Spanish headline with no Spanish cue reads as Spanish after Spanish articles, whatever the batch size.
    @Test("an unclear document takes the language of the documents before it", arguments: [1, 2])
    func unclearDocumentInCorpus(jobs: Int) {
        let documents = [
            CorpusDocument(id: "a", text: "El gobierno de Chile y los ministros de Perú firmaron un acuerdo que fue celebrado por sus socios."),
            CorpusDocument(id: "b", text: "Bolivia condena a Paraguay."),
        ]
        let graphs = CorpusExtractor(jobs: jobs, documentsPerJob: 1).extract(documents)
        #expect(graphs[1].edge(Edge.Key(source: "BOL", target: "PRY", type: .accuse)) != nil)
        let alone = Extractor().extract(documents[1].text)
        #expect(alone.edge(Edge.Key(source: "BOL", target: "PRY", type: .accuse)) == nil, "read alone, it is English")
    }

    @Test func aRecordsLanguageWinsOverDetection() {
        let document = CorpusDocument(id: "x", text: "Bolivia condena a Paraguay.", language: .es)
        #expect(Extractor().extract(document).edge(Edge.Key(source: "BOL", target: "PRY", type: .accuse)) != nil)
    }
}
