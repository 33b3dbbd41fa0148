import Testing
@testable import RelGraph

/// DependencyRelation: a label's relation without its subtype, and sets of relations.
@Suite("DependencyRelation")
struct DependencyRelationTests {
    @Test func everyUniversalNameReadsBackAsItsRelation() {
        for relation in DependencyRelation.allCases where relation != .other {
            #expect(DependencyRelation(label: relation.rawValue) == relation)
            #expect(DependencyRelation(label: relation.rawValue + ":sub") == relation)
        }
    }

    @Test func theSubtypeIsCutAtTheFirstColon() {
        #expect(DependencyRelation(label: "obl:agent") == .obl)
        #expect(DependencyRelation(label: "nmod:poss") == .nmod)
        #expect(DependencyRelation(label: "acl:relcl") == .acl)
        #expect(DependencyRelation(label: "expl:pass:x") == .expl)
        #expect(DependencyRelation(label: "case") == .case)
    }

    @Test func aLabelOutsideTheUniversalListIsNoneOfThem() {
        for label in ["", "ob", "objx", "Obj", "nsubjpass", "_other", "ccomp2", "ñmod", "obj ", "9obj"] {
            #expect(DependencyRelation(label: label) == .other, "\(label)")
        }
        // Not ASCII: the base is still what stands before the colon.
        #expect(DependencyRelation(label: "obl:agént") == .obl)
    }

    @Test func aSetHoldsItsRelationsAndNoOther() {
        let subjects: DependencyRelations = [.nsubj, .csubj]
        for relation in DependencyRelation.allCases {
            #expect(subjects.contains(relation) == (relation == .nsubj || relation == .csubj))
        }
        for relation in DependencyRelation.allCases {
            let single: DependencyRelations = [relation]
            #expect(DependencyRelation.allCases.filter(single.contains) == [relation])
        }
        let empty: DependencyRelations = []
        #expect(!DependencyRelation.allCases.contains(where: empty.contains))
    }
}
