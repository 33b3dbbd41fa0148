import Testing
@testable import RelGraph

/// TagSet: fine tags keep the verb form, a participle's tense and relative or interrogative pronoun types.
@Suite("TagSet")
struct TagSetTests {
    @Test func fineTagsKeepWhatSyntaxNeeds() {
        #expect(TagSet.name(upos: "VERB", feats: "Mood=Ind|Tense=Past|VerbForm=Fin") == "VERB|Fin")
        #expect(TagSet.name(upos: "VERB", feats: "Gender=Masc|Tense=Past|VerbForm=Part") == "VERB|Part|Past")
        #expect(TagSet.name(upos: "PRON", feats: "PronType=Rel") == "PRON|Rel")
        #expect(TagSet.name(upos: "PRON", feats: "Person=3|PronType=Prs") == "PRON")
        #expect(TagSet.name(upos: "NOUN", feats: "_") == "NOUN")
    }

    @Test func universalTagIsTheFineTagsFirstPart() throws {
        let set = try #require(TagSet(names: ["NOUN", "VERB|Part|Past", "PRON|Rel"]))
        #expect(set.universal == [.noun, .verb, .pron])
        #expect(TagSet(names: ["NOUN", "WORD"]) == nil)
    }
}
