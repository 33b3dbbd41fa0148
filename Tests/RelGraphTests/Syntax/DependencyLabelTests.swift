import Testing
@testable import RelGraph

/// DependencyLabel: the relation read once from a label must answer as comparing the label's text did.
@Suite("DependencyLabel")
struct DependencyLabelTests {
    /// Every label of the embedded models, and labels no model writes.
    private static func labels() throws -> [String] {
        var names = ["nsubj", "nsubj:pass", "obl:agent", "expl:subj", "aux:pass", "aux", "acl:relcl", "nmod:poss", "", "objx",
                     "_other", "obl:agént", "ñmod", ":pass", "aux:", "aux:passive"]
        for language in Language.allCases {
            names += try SyntaxModel.embedded(for: language).labeler.labels.map(\.name)
        }
        return names
    }

    @Test func theRelationIsTheLabelsOwn() throws {
        for name in try Self.labels() {
            #expect(DependencyLabel(name).relation == DependencyRelation(label: name), "\(name)")
        }
    }

    @Test func aPlainLabelIsTheRelationsNameAlone() throws {
        for name in try Self.labels() {
            let label = DependencyLabel(name)
            for relation in DependencyRelation.allCases where relation != .other {
                #expect(label.isPlain(relation) == (name == relation.rawValue), "\(name) \(relation)")
            }
        }
    }

    @Test func aSubtypeIsTheRelationsNameAndTheSubtypes() throws {
        for name in try Self.labels() {
            let label = DependencyLabel(name)
            for (subtype, relation) in [("pass", DependencyRelation.aux), ("subj", .expl), ("poss", .nmod), ("relcl", .acl),
                                        ("agent", .obl), ("arg", .obl)] {
                #expect(label.isSubtype(subtype, of: relation) == (name == relation.rawValue + ":" + subtype), "\(name)")
            }
        }
    }

    @Test func aWordKeepsItsLabelsName() {
        var word = SyntaxTree.Word(form: "X", tag: .propn, head: 1, relation: "nsubj:pass")
        #expect(word.relation == "nsubj:pass")
        #expect(word.label.relation == .nsubj)
        word.relation = "obl:mod"
        #expect(word.label == DependencyLabel("obl:mod"))
    }
}
