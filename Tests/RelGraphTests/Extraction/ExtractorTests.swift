import Testing
@testable import RelGraph

/// Extractor: a very long article read section by section gives the graph of the article read whole.
@Suite("Extractor sections")
struct ExtractorTests {
    private static let paragraphs = [
        "Le Kenya a signé un accord commercial avec l'Ouganda.",
        "La Tanzanie a condamné le Rwanda pour ses tirs à la frontière.",
        "Le Burundi soutient la Tanzanie dans ce différend.",
        "L'Éthiopie a rencontré le Kenya, l'Ouganda et le Soudan du Sud à Addis-Abeba.",
        "Le Kenya a accusé la Somalie d'avoir violé l'accord.",
    ]

    /// The paragraphs, several times over, one blank line apart.
    private static let article = (0..<6).flatMap { round in paragraphs.shuffled(using: round) }.joined(separator: "\n\n")

    /// A text with no sentence gives an empty graph, in whatever language it is read, and explains no sentence.
    @Test(arguments: ["", " \n\n\t ", "\r\n"])
    func textWithoutSentencesGivesAnEmptyGraph(_ text: String) {
        for language in [nil] + Language.allCases.map(Optional.some) {
            let analysis = Extractor(language: language).analyse(text)
            #expect(analysis.document.sentences.isEmpty)
            #expect(analysis.actors.mentions.isEmpty && analysis.actors.persons.isEmpty && analysis.relations.isEmpty)
            #expect(Extractor(language: language).extract(text) == RelationGraph())
        }
    }

    /// What `LanguagePreparation` and `Extractor.prepareInBackground` build on other threads is what extraction
    /// would build itself: articles of the three languages read at once, while their preparation runs, give the
    /// graphs they give read one by one.
    @Test("extraction while the languages are prepared in the background gives the same graphs")
    func preparationChangesNothing() async {
        let articles = [Self.article, "Russia signed an agreement with Venezuela. Cuba condemned the United States.",
                        "México firmó un acuerdo con Perú. Chile condenó a Bolivia."]
        Extractor.prepareInBackground()
        for language in Language.allCases { LanguagePreparation.start(language, sharedTriggers: true) }
        let together = await withTaskGroup(of: (Int, RelationGraph).self) { group in
            for (index, article) in articles.enumerated() { group.addTask { (index, Extractor().extract(article)) } }
            var graphs: [Int: RelationGraph] = [:]
            for await (index, graph) in group { graphs[index] = graph }
            return graphs
        }
        for (index, article) in articles.enumerated() {
            let alone = Extractor().extract(article)
            #expect(!alone.edges.isEmpty)
            #expect(together[index] == alone)
        }
    }

    @Test("sections cut at paragraphs give the same graph, offsets and event ids as reading the article whole")
    func sectionsEqualWhole() {
        let whole = Extractor().extract(Self.article, documentID: "long")
        let sectioned = Extractor().extract(Self.article, documentID: "long", sectionLimit: 200)
        #expect(whole.edges.count >= 5)
        #expect(!whole.groups.isEmpty)
        #expect(sectioned == whole)
    }

    @Test("evidence offsets of a sectioned article point at its sentences, counted in scalars")
    func offsetsPointAtTheText() {
        let article = "Préambule : 🇰🇪 e\u{301}.\n\n" + Self.article
        let scalars = Array(article.unicodeScalars)
        let graph = Extractor().extract(article, documentID: nil, sectionLimit: 150)
        let evidence = graph.edges.flatMap(\.evidence)
        #expect(!evidence.isEmpty)
        for item in evidence {
            #expect(ScalarText.string(scalars[item.start..<item.end]) == item.text)
        }
        #expect(Set(evidence.map(\.sentence)).count == Set(evidence.map(\.start)).count)
    }

    @Test("merging sections keeps at most evidenceLimit sentences per edge, and adds every statement to the weight")
    func evidenceLimit() throws {
        let article = Array(repeating: Self.paragraphs[0], count: 12).joined(separator: "\n\n")
        let graph = Extractor(evidenceLimit: 2).extract(article, documentID: nil, sectionLimit: 60)
        let edge = try #require(graph.edges.first { $0.source == "KEN" && $0.target == "UGA" })
        #expect(edge.weight == 12)
        #expect(edge.evidence.count == 2)
    }

    @Test("the explanation numbers sentences from the start of the article across sections")
    func explanationNumbering() {
        let whole = Self.sentenceNumbers(in: Explanation.text(for: Self.article))
        let sectioned = Self.sentenceNumbers(in: Explanation.text(for: Self.article, extractor: Extractor(),
                                                                  documentID: nil, sectionLimit: 200))
        #expect(whole.count >= 20)
        #expect(sectioned == whole)
    }

    private static func sentenceNumbers(in explanation: String) -> [Int] {
        explanation.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
            return Int(line[line.index(after: line.startIndex)..<close])
        }
    }
}

private extension Array {
    /// A fixed permutation per round, so the article is the same on every run.
    func shuffled(using round: Int) -> [Element] {
        indices.map { self[($0 * 3 + round) % count] }
    }
}
