import Testing
@testable import RelGraph

/// VerbStandIns: an event verb whose form the parser knows as a noun or reads as an adverb ("somme", "somment") is
/// parsed again with a common verb of its ending in its place, keeping its own form; a noun of the same spelling is
/// left alone.
@Suite("Verb stand-ins")
struct VerbStandInsTests {
    @Test func theStandInHasTheFormsEnding() {
        #expect(VerbStandIns.standIn(for: "somment", language: .fr) == "exhortent")
        #expect(VerbStandIns.standIn(for: "somme", language: .fr) == "exhorte")
        #expect(VerbStandIns.standIn(for: "sommé", language: .fr) == "exhorté")
        #expect(VerbStandIns.standIn(for: "emplazaron", language: .es) == "instaron")
        #expect(VerbStandIns.standIn(for: "enjoined", language: .en) == "urged")
        #expect(VerbStandIns.standIn(for: "sommit", language: .fr) == nil)
    }

    /// ASCII forms are matched byte by byte, others through Unicode: both read a form in any case alike.
    @Test func theEndingIsFoundInAnyCase() {
        #expect(VerbStandIns.standIn(for: "SOMMENT", language: .fr) == "exhortent")
        #expect(VerbStandIns.standIn(for: "SOMMÉ", language: .fr) == "exhorté")
        #expect(VerbStandIns.standIn(for: "Enjoined", language: .en) == "urged")
        #expect(VerbStandIns.standIn(for: "EMPLAZARON", language: .es) == "instaron")
        #expect(VerbStandIns.standIn(for: "convocó", language: .es) == "instó")
        #expect(VerbStandIns.standIn(for: "xyz", language: .en) == nil)
        #expect(VerbStandIns.standIn(for: "", language: .en) == nil)
    }

    /// Forms of Latin letters are matched scalar by scalar: the same answer as lowering the form and matching its
    /// Characters through Unicode, which still reads every other form.
    @Test func latinFormsAreMatchedAsUnicodeMatchesThem() {
        let endings: [Language: [String]] = [
            .fr: ["aient", "ait", "ent", "ées", "ée", "és", "é", "er", "e", "a"],
            .es: ["aron", "ieron", "aban", "aba", "ado", "ido", "an", "en", "ó", "a", "e", "ar", "er", "ir"],
        ]
        let forms = ["réclamé", "RÉCLAMÉES", "Sommé", "condenó", "CONDENÓ", "Condenó", "expulsé", "ÉLU", "Ÿe", "çà", "über",
                     "ÀÉÍÓÚ", "naïvement", "sommée", "exigé", "ÉTÉ", "piñata", "Ñandú", "ß", "ÆÉ", "Ø", "×é", "ÞÓ"]
        for (language, languageEndings) in endings {
            for form in forms {
                let lowered = form.lowercased()
                let expected = languageEndings.first { lowered.hasSuffix($0) }
                let standIn = VerbStandIns.standIn(for: form, language: language)
                #expect((standIn == nil) == (expected == nil), "\(form) in \(language)")
            }
        }
        // A form with a combining accent or a dotted capital I is read through Unicode's rules.
        #expect(VerbStandIns.standIn(for: "somme\u{301}", language: .fr) == "exhorté")
        #expect(VerbStandIns.standIn(for: "İ", language: .fr) == nil)
    }

    @Test func aVerbReadAsAFunctionWordIsParsedAgainAsAVerb() throws {
        let model = try SyntaxModel.embedded(for: .fr)
        let forms = ["La", "France", "et", "l'", "Allemagne", "somment", "la", "Russie", "de", "retirer", "ses", "troupes", "."]
        let known: [PartOfSpeech?] = [nil, .propn, nil, nil, .propn, nil, nil, .propn, nil, nil, nil, nil, nil]
        var predicates = [PredicateReading?](repeating: nil, count: forms.count)
        predicates[5] = .verb
        var standIns = [String?](repeating: nil, count: forms.count)
        standIns[5] = VerbStandIns.standIn(for: forms[5], language: .fr)
        let tree = model.parse(forms, knownTags: known, predicates: predicates, standIns: standIns)
        #expect(tree.words[5].form == "somment")
        #expect(tree.words[5].relation == "root")
        #expect(tree.words[1].head == 6 && tree.words[1].relation.hasPrefix("nsubj"))
        #expect(tree.words[7].head == 6 && tree.words[7].relation == "obj")
    }

    @Test func theVerbsOwnEdgesAreRead() {
        #expect(Probe.events("La France et l'Allemagne somment la Russie de retirer ses troupes.", .fr) == ["FRA REQUEST RUS", "DEU REQUEST RUS"])
        #expect(Probe.events("Washington somme Téhéran de libérer les otages.", .fr) == ["USA REQUEST IRN"])
        #expect(Probe.events("La somme versée par la France à la Russie reste secrète.", .fr).isEmpty)
        #expect(Probe.events("En somme, la France et la Russie restent divisées.", .fr).isEmpty)
    }
}
