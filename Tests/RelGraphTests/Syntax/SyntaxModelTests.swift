import Testing
@testable import RelGraph

/// The models linked into the binary: each opens, and parses invented sentences of its language into the
/// arcs the relation layer reads: subject, object, passive agent, coordination, infinitive complement,
/// apposition, relative clause and prepositional object.
@Suite("SyntaxModel")
struct SyntaxModelTests {
    /// A sentence, a word of it, the word expected as its head, and the relation expected between them.
    /// A relation without a subtype is compared with the found relation's universal part.
    struct Arc: CustomTestStringConvertible, Sendable {
        var language: Language
        var sentence: String
        var dependent: String
        var head: String
        var relation: String

        var testDescription: String { "\(language.rawValue): \(dependent) -\(relation)-> \(head) in \"\(sentence)\"" }
    }

    static let arcs: [Arc] = [
        Arc(language: .en, sentence: "Kenya signed an agreement with Uganda.", dependent: "Kenya", head: "signed", relation: "nsubj"),
        Arc(language: .en, sentence: "Kenya signed an agreement with Uganda.", dependent: "agreement", head: "signed", relation: "obj"),
        Arc(language: .en, sentence: "The summit was hosted by Chile.", dependent: "Chile", head: "hosted", relation: "obl:agent"),
        Arc(language: .en, sentence: "The summit was hosted by Chile.", dependent: "summit", head: "hosted", relation: "nsubj:pass"),
        Arc(language: .en, sentence: "Ghana and Togo decided to expel the ambassador.", dependent: "Togo", head: "Ghana", relation: "conj"),
        Arc(language: .en, sentence: "Ghana and Togo decided to expel the ambassador.", dependent: "expel", head: "decided", relation: "xcomp"),
        Arc(language: .en, sentence: "Ghana and Togo decided to expel the ambassador.", dependent: "ambassador", head: "expel", relation: "obj"),
        Arc(language: .en, sentence: "The president, Gabriel Boric, met the minister.", dependent: "Boric", head: "president", relation: "appos"),
        Arc(language: .en, sentence: "The envoy who criticised Nepal resigned.", dependent: "criticised", head: "envoy", relation: "acl:relcl"),
        Arc(language: .en, sentence: "The envoy who criticised Nepal resigned.", dependent: "envoy", head: "resigned", relation: "nsubj"),
        Arc(language: .en, sentence: "Peru relies on Brazil.", dependent: "Brazil", head: "relies", relation: "obl"),
        Arc(language: .fr, sentence: "Le Kenya a signé un accord avec l'Ouganda.", dependent: "Kenya", head: "signé", relation: "nsubj"),
        Arc(language: .fr, sentence: "Le Kenya a signé un accord avec l'Ouganda.", dependent: "accord", head: "signé", relation: "obj"),
        Arc(language: .fr, sentence: "La ville est contrôlée par l'armée.", dependent: "armée", head: "contrôlée", relation: "obl:agent"),
        Arc(language: .fr, sentence: "Le Ghana et le Togo ont décidé d'expulser l'ambassadeur.", dependent: "Togo", head: "Ghana", relation: "conj"),
        Arc(language: .fr, sentence: "Le Ghana et le Togo ont décidé d'expulser l'ambassadeur.", dependent: "expulser", head: "décidé", relation: "xcomp"),
        Arc(language: .fr, sentence: "Le Ghana et le Togo ont décidé d'expulser l'ambassadeur.", dependent: "ambassadeur", head: "expulser", relation: "obj"),
        Arc(language: .fr, sentence: "Le ministre, Maria Ferreira, a visité le Mali.", dependent: "Maria", head: "ministre", relation: "appos"),
        Arc(language: .fr, sentence: "L'envoyé qui a critiqué le Népal a démissionné.", dependent: "critiqué", head: "envoyé", relation: "acl:relcl"),
        Arc(language: .fr, sentence: "L'envoyé qui a critiqué le Népal a démissionné.", dependent: "envoyé", head: "démissionné", relation: "nsubj"),
        Arc(language: .fr, sentence: "Le Pérou compte sur le Brésil.", dependent: "Brésil", head: "compte", relation: "obl"),
        Arc(language: .es, sentence: "Kenia firmó un acuerdo con Uganda.", dependent: "Kenia", head: "firmó", relation: "nsubj"),
        Arc(language: .es, sentence: "Kenia firmó un acuerdo con Uganda.", dependent: "acuerdo", head: "firmó", relation: "obj"),
        Arc(language: .es, sentence: "La cumbre fue organizada por Chile.", dependent: "Chile", head: "organizada", relation: "obl:agent"),
        Arc(language: .es, sentence: "Ghana y Togo decidieron expulsar al embajador.", dependent: "Togo", head: "Ghana", relation: "conj"),
        Arc(language: .es, sentence: "Ghana y Togo decidieron expulsar al embajador.", dependent: "expulsar", head: "decidieron", relation: "xcomp"),
        Arc(language: .es, sentence: "El ministro, Maria Ferreira, visitó Malí.", dependent: "Maria", head: "ministro", relation: "appos"),
        Arc(language: .es, sentence: "El enviado que criticó a Nepal dimitió.", dependent: "criticó", head: "enviado", relation: "acl:relcl"),
        Arc(language: .es, sentence: "El enviado que criticó a Nepal dimitió.", dependent: "enviado", head: "dimitió", relation: "nsubj"),
        Arc(language: .es, sentence: "Perú confía en Brasil.", dependent: "Brasil", head: "confía", relation: "obl"),
    ]

    @Test(arguments: Language.allCases)
    func embeddedModelOpensAndFitsItsBudget(language: Language) throws {
        let model = try SyntaxModel.embedded(for: language)
        #expect(model.byteCount <= 8 << 20)
        #expect(model.labeler.labels.contains { $0.name == "nsubj" })
    }

    /// The linked models are opened without walking their buckets: this is where every bucket is checked.
    @Test(arguments: Language.allCases)
    func linkedModelPassesEveryCheck(language: Language) throws {
        let bytes = try #require(SyntaxModel.linkedBytes(for: language))
        let copy = try SyntaxModel(bytes: Array(bytes))
        #expect(copy.byteCount == bytes.count)
    }

    /// A model from bytes is checked bucket by bucket; a linked one only by its headers.
    @Test func onlyLinkedBytesSkipTheBucketCheck() throws {
        var bytes = Array(try #require(SyntaxModel.linkedBytes(for: .en)))
        let labeller = Int(bytes[8 + 3 * 8]) | Int(bytes[9 + 3 * 8]) << 8 | Int(bytes[10 + 3 * 8]) << 16 | Int(bytes[11 + 3 * 8]) << 24
        // The end mark of the labeller's first bucket, which may be 0 or 1 only.
        bytes[labeller + WeightTable.headerBytes] = 7
        #expect(throws: SyntaxError.self) { try SyntaxModel(bytes: bytes) }
        try bytes.withUnsafeBytes { raw in
            _ = try SyntaxModel(ModelBytes(static: raw, linked: true))
            #expect(throws: SyntaxError.self) { try SyntaxModel(ModelBytes(static: raw)) }
        }
    }

    /// `ParserWords` asks for the tags of a few words only: they must be those the whole sentence's tagging gives.
    @Test(arguments: Language.allCases)
    func taggingThroughAWordGivesTheTagsOfTheWholeSentence(language: Language) throws {
        let model = try SyntaxModel.embedded(for: language)
        let forms = ["La", "plupart", "des", "pays", "ont", "signé", "des", "accords", "with", "the", "Brazilian", "government",
                     "que", "el", "Perú", "rechazó", "."]
        let whole = model.tags(forms)
        #expect(whole.count == forms.count)
        for index in forms.indices {
            #expect(model.tags(of: [index], in: forms) == [whole[index]])
        }
        #expect(model.tags(of: [1, 5, 9], in: forms) == [whole[1], whole[5], whole[9]])
        #expect(model.tags(of: [], in: forms) == [])
    }

    @Test(arguments: arcs)
    func parsesTheConstruction(_ arc: Arc) throws {
        let sentence = try #require(try ArticleSyntax(text: arc.sentence, language: arc.language).sentences.first)
        let words = sentence.tree.words
        let dependent = try #require(words.firstIndex { $0.form == arc.dependent })
        let word = words[dependent]
        let head = word.head > 0 ? words[word.head - 1].form : "ROOT"
        #expect(head == arc.head)
        let relation = arc.relation.contains(":") ? word.relation : String(word.relation.prefix { $0 != ":" })
        #expect(relation == arc.relation)
    }
}
