import Foundation
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

    // MARK: Files as they come

    /// `file` written to a scratch file in `encoding`, read back as a lexicon file.
    private func read(_ bytes: [UInt8]) throws -> UserLexicon {
        let workspace = try Workspace()
        return try UserLexicon(contentsOf: try workspace.write("lexicon.tsv", Data(bytes)))
    }

    @Test("CRLF line ends, a UTF-8 byte order mark, UTF-16 and Windows-1252 read as the same lexicon")
    func encodingsAndLineEnds() throws {
        let expected = try UserLexicon(parsing: file + "\nstate\tRépublique de Ruritanie\tPOL")
        let text = (file + "\nstate\tRépublique de Ruritanie\tPOL").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try read(Array(text.utf8)) == expected)
        #expect(try read([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == expected)
        #expect(try read([0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }) == expected)
        #expect(try read(Array(try #require(text.data(using: .windowsCP1252)))) == expected)
    }

    @Test("UTF-16 without a byte order mark is malformed (65), told as not text, not as an article")
    func notText() throws {
        let workspace = try Workspace()
        let bytes = file.utf16.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
        let path = try workspace.write("lexicon.tsv", Data(bytes))
        #expect(throws: LexiconError.notText(path)) { try UserLexicon(contentsOf: path) }
        #expect(LexiconError.notText(path).description.contains("give a tab-separated text file"))
    }

    @Test("a lexicon from a pipe reads; a missing one names the file")
    func pipesAndMissingFiles() throws {
        let workspace = try Workspace()
        let path = workspace.path("lexicon.fifo")
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            _ = Array("organization\tNorthern Pact\tnorthern-pact\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()
        #expect(try UserLexicon(contentsOf: path).entries(.en).map(\.key) == ["northern-pact"])
        #expect("\(LexiconError.unreadable("none.tsv", reason: InputError.notFound("none.tsv").description))" == "lexicon: cannot read 'none.tsv': no such file")
    }

    @Test(arguments: [
        "organization\tNorthern Pact\tnorth&nbsp;pact",
        "organization\tNorthern Pact\tnorth<pact>",
        "title\thetman\tC:\\leader",
        "person\tOlek Wysocki\tPOL\u{1B}]0;x",
        "media\tDaily Tribune\t" + String(repeating: "x", count: 101),
    ])
    func keysAreValidated(_ line: String) {
        #expect {
            try UserLexicon(parsing: line, name: "x")
        } throws: { error in
            "\(error)".contains("lexicon 'x', line 1: '") && "\(error)".contains("a key is letters, digits and spaces")
        }
    }

    @Test func keysOfEveryKindOfKnownActorPass() throws {
        let lexicon = try UserLexicon(parsing: "organization\tLiga del Sur\tLiga del Sur (LDS)\norganization\tÖkopakt\tökopakt_2.0\nperson\tAna Ruiz\tLiga del Sur (LDS)")
        #expect(lexicon.entries(.es).map(\.key) == ["Liga del Sur (LDS)", "ökopakt_2.0"])
    }

    @Test("a line longer than the limit is refused before it is read as an entry")
    func longLine() {
        let line = "organization\t" + String(repeating: "Pact ", count: UserLexicon.lineLimit / 5) + "\tpact"
        #expect(throws: LexiconError.malformed("x", line: 2, reason: "the line is longer than \(UserLexicon.lineLimit) bytes")) {
            try UserLexicon(parsing: "# header\n" + line, name: "x")
        }
    }

    @Test("many persons and many entries of one surface load, and each is found once")
    func manyEntries() throws {
        let letter = { (value: Int) in String(UnicodeScalar(UInt8(65 + value % 26))) }
        let persons = (0..<600).map { "person\tAna Ruiz\(letter($0))\(letter($0 / 26))\tPOL" }
        let same = Array(repeating: "organization\tNorthern Pact\tnorthern-pact", count: 2000)
        let lexicon = try UserLexicon(parsing: (persons + same).joined(separator: "\n"))
        #expect(lexicon.persons(surname: "ruizab").map(\.fullName) == ["Ana RuizAB"])
        let graph = Extractor(language: .en, lexicon: lexicon).extract("The Northern Pact condemned Poland.")
        #expect(graph.node("org:northern-pact")?.mentions == 1)
    }

    // MARK: Frames

    @Test func aFrameEntryAddsATriggerWithItsArguments() throws {
        let text = "France slapped penalties on Mali."
        #expect(Probe.events(text, .en).isEmpty)
        let lexicon = try UserLexicon(parsing: "frame\tslap* penalt*\tSANCTION\ten\tverb\tsource=subject target=on|against")
        let graph = Extractor(language: .en, lexicon: lexicon).extract(text)
        #expect(Set(graph.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" }) == ["FRA SANCTION MLI", "FRA ACCUSE MLI"])
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
