import Testing

/// The library's folders are layers whose arrows all point one way (`LayerRules`): the picture in the README's
/// architecture section stays true, and an arrow that would bring a loop back fails here.
@Suite("Layers")
struct LayerTests {
    /// The library's sources, read once for all the tests (none when they cannot be read: every test then fails).
    private static let sources: [LayerRules.SourceFile] = (try? LayerRules.librarySources()) ?? []

    @Test func everyFolderIsALayer() throws {
        let layers = Set(Self.sources.map(\.layer))
        #expect(layers == Set(LayerRules.allowed.keys), "a folder the rules do not know, or a layer with no file")
    }

    @Test func noArrowPointsUp() throws {
        let violations = LayerRules.violations(in: Self.sources)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
    }

    @Test func theForbiddenArrowsAreNotAllowed() {
        for arrow in LayerRules.forbidden {
            #expect(LayerRules.allowed[arrow.from]?.contains(arrow.to) == false, "\(arrow.from) → \(arrow.to)")
        }
    }

    /// The checker finds an arrow when one is added: a text file naming a state lexicon, an actor file asking the
    /// relation layer, a renderer reading a lexicon, a writer running extraction, a writer importing Graphviz.
    @Test(arguments: [
        ("Text/Invented.swift", "let names = StateLexicon.entries(.fr)", "Text → Knowledge"),
        ("Actors/Invented.swift", "func agents() -> [Relation] { [] }", "Actors → Relations"),
        ("Rendering/Invented.swift", "let label = CountryCodes.name(of: id, in: .en)", "Rendering → Knowledge"),
        ("Output/Invented.swift", "let graph = Extractor().extract(text)", "Output → Extraction"),
        ("Output/Invented.swift", "internal import CGraphviz\nlet a = 1", "Output → CGraphviz"),
    ])
    func anAddedArrowFails(path: String, code: String, arrow: String) throws {
        let invented = LayerRules.SourceFile(path: path, text: "/// An invented source file.\n" + code + "\n")
        let sources = Self.sources
        let violations = LayerRules.violations(in: sources + [invented])
        #expect(violations.map(\.file) == [path])
        #expect(violations.first?.description.hasPrefix(arrow) == true, "\(violations)")
    }

    /// Comments and strings name nothing; a name the folder declares itself, even nested, is its own.
    @Test func commentsStringsAndOwnNamesDrawNoArrow() {
        let files = [
            LayerRules.SourceFile(path: "Knowledge/Table.swift", text: "enum StateTable {}\n"),
            LayerRules.SourceFile(path: "Text/Reader.swift", text: """
                /// Unlike StateTable, reads no lexicon.
                struct Reader {
                    struct StateTable {}
                    let note = "StateTable"
                    let own = StateTable()
                }

                """),
        ]
        #expect(LayerRules.violations(in: files).isEmpty)
    }
}
