import Testing
@testable import RelGraph

/// A user's lexicon adds actors and aliases without rebuilding.
@Suite("UserLexicon")
struct UserLexiconTests {
    private let file = """
        # kind\tsurface\tkey\tlanguage
        state\tRuritania Land\tPOL
        organization\tNorthern Pact\tnorthern-pact
        title\thetman\tleader\ten
        person\tOlek Wysocki\tPOL\tforeign minister
        media\tDaily Tribune\t-
        """

    @Test func parsesEveryKind() throws {
        let lexicon = try UserLexicon(parsing: file)
        #expect(lexicon.entries(.en).count == 4)
        #expect(lexicon.entries(.fr).count == 3)
        #expect(lexicon.persons(surname: "wysocki").map(\.affiliation) == ["POL"])
    }

    @Test func addedActorsAreFound() throws {
        let lexicon = try UserLexicon(parsing: file)
        let extractor = Extractor(language: .en, lexicon: lexicon)
        let graph = extractor.extract("The Northern Pact condemned Ruritania Land. Wysocki said the Daily Tribune lied.")
        #expect(graph.node("org:northern-pact")?.label == "Northern Pact")
        #expect(graph.node("POL") != nil)
        #expect(graph.edges.contains { $0.source == "org:northern-pact" && $0.target == "POL" && $0.type == .accuse })
        #expect(Extractor(language: .en).extract("The Northern Pact condemned Ruritania Land.").edges.isEmpty)
    }

    @Test func knownPersonGetsTheirStateFromTheFile() throws {
        let lexicon = try UserLexicon(parsing: file)
        let graph = Extractor(language: .en, lexicon: lexicon).extract("Olek Wysocki met the Lithuanian president.")
        #expect(graph.node("person:olek-wysocki")?.country == "POL")
    }

    @Test func malformedLinesNameTheLine() {
        #expect(throws: LexiconError.malformed("x", line: 2, reason: "unknown kind 'country'; use state, demonym, seat, organization, title, media, region, person or frame")) {
            try UserLexicon(parsing: "# header\ncountry\tFoo\tFOO", name: "x")
        }
        #expect(throws: LexiconError.malformed("x", line: 1, reason: "'XYZ' is not an ISO 3166 alpha-3 code")) {
            try UserLexicon(parsing: "state\tFoo\tXYZ", name: "x")
        }
        #expect(throws: LexiconError.malformed("x", line: 1, reason: "expected kind, surface and key separated by tabs")) {
            try UserLexicon(parsing: "state Foo POL", name: "x")
        }
    }

    // MARK: Frames

    @Test func aFrameEntryAddsATriggerWithItsArguments() throws {
        let text = "France slapped penalties on Mali."
        #expect(Probe.events(text, .en).isEmpty)
        let lexicon = try UserLexicon(parsing: "frame\tslap* penalt*\tSANCTION\ten\tverb\tsource=subject target=on|against")
        let graph = Extractor(language: .en, lexicon: lexicon).extract(text)
        #expect(graph.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["FRA SANCTION MLI"])
    }

    @Test func aFrameWithoutLanguageOrArgumentsTakesTheDefaults() throws {
        let lexicon = try UserLexicon(parsing: "frame\tscold*\tACCUSE\t-")
        for (text, language) in [("Germany scolded Russia.", Language.en), ("Alemania scolded a Rusia.", .es)] {
            let graph = Extractor(language: language, lexicon: lexicon).extract(text)
            #expect(graph.edges.contains { $0.type == .accuse && $0.source == "DEU" && $0.target == "RUS" }, "\(text)")
        }
    }

    @Test(arguments: [
        ("frame\tscold*\tSCOLD", "unknown event type 'SCOLD'"),
        ("frame\tscold*\tACCUSE\tde", "unknown language 'de'"),
        ("frame\tscold*\tACCUSE\ten\tadverb", "unknown trigger kind 'adverb'"),
        ("frame\tscold*\tACCUSE\ten\tverb\tsource=subject", "cannot read the arguments"),
    ])
    func malformedFramesNameTheProblem(_ line: String, _ reason: String) {
        #expect {
            try UserLexicon(parsing: line, name: "x")
        } throws: { error in
            "\(error)".contains("lexicon 'x', line 1: \(reason)")
        }
    }

    @Test("a person with a particle in their surname is one node, named in full or by the surname")
    func personWithParticle() throws {
        let lexicon = try UserLexicon(parsing: "person\tCamille Le Goff\tFRA\tministre des Armées\n")
        #expect(lexicon.persons(surname: "le goff").count == 1)
        let graph = Extractor(language: .fr, lexicon: lexicon)
            .extract("Camille Le Goff est arrivée à Dakar. Le Goff a rencontré le président sénégalais.")
        #expect(graph.nodes.filter { $0.kind == .person }.map(\.id) == ["person:camille-le-goff"])
        #expect(graph.node("person:camille-le-goff")?.country == "FRA")
    }
}
