import Testing
@testable import RelGraph

/// An act a speaker calls unacceptable, illegal or a provocation is condemned, from the speaker to the act's author.
@Suite("Judged acts")
struct RelationExtractorJudgmentsTests {
    @Test(arguments: [
        ("Togo said Ghana's decision was unacceptable.", Language.en, ["TGO ACCUSE GHA"]),
        ("\"Ghana's behaviour is unacceptable,\" the Togolese president said.", .en, ["TGO ACCUSE GHA"]),
        ("Le Togo a jugé que la décision du Ghana était inacceptable.", .fr, ["TGO ACCUSE GHA"]),
        ("Le Togo a estimé que la décision ghanéenne était illégale.", .fr, ["TGO ACCUSE GHA"]),
        ("Togo consideró que la medida ghanesa es ilegal.", .es, ["TGO ACCUSE GHA"]),
        // The judgment the parser coordinated to the verb of judging, a complement of place between them.
        ("El canciller ghanés consideró en Twitter que la decisión togolesa es infundada.", .es, ["GHA ACCUSE TGO"]),
        // The object marker of persons is no preposition between a verb of naming and the one judged.
        ("Togo calificó de hostil a Ghana.", .es, ["TGO ACCUSE GHA"]),
        // An insult hung on the one called: named so, not called on.
        ("El canciller togolés Ali Moussa llamó al presidente ghanés Kofi Mensah \"nazi nauseabundo\".", .es,
         ["person:ali-moussa ACCUSE person:kofi-mensah"]),
        // A violation is condemned too, whether a copula or a verb of constituting says it.
        ("Togo said Ghana's move was a clear violation of international law.", .en, ["TGO ACCUSE GHA"]),
        ("Le Togo a estimé que la décision du Ghana constituait une violation du droit international.", .fr, ["TGO ACCUSE GHA"]),
        ("Togo consideró que la decisión de Ghana constituye una violación del derecho internacional.", .es, ["TGO ACCUSE GHA"]),
        // A mistake is a reproach, said with a copula or with a verb of committing.
        ("Togo said Ghana's decision was a serious mistake.", .en, ["TGO ACCUSE GHA"]),
        ("Togo afirmó que el gobierno de Ghana cometió una equivocación.", .es, ["TGO ACCUSE GHA"]),
        ("Le Togo a estimé que le Ghana avait commis une erreur.", .fr, ["TGO ACCUSE GHA"]),
        ("Togo said Ghana had committed crimes against humanity.", .en, ["TGO ACCUSE GHA"]),
        // Culpability for a hostile act charges whom it is said of; responsibility for a task does not.
        ("Togo said Ghana was responsible for the attack on its border post.", .en, ["TGO ACCUSE GHA"]),
        ("Le Togo a affirmé que le Ghana était responsable de l'attaque.", .fr, ["TGO ACCUSE GHA"]),
        ("Togo afirmó que Ghana es responsable del ataque.", .es, ["TGO ACCUSE GHA"]),
        ("Togo said Ghana was responsible for the organisation of the summit.", .en, []),
    ] as [(String, Language, Set<String>)])
    func anActJudgedUnacceptableAccusesItsAuthor(_ text: String, _ language: Language, _ expected: Set<String>) {
        #expect(Probe.events(text, language) == expected)
    }

    /// Praise a verb of naming calls someone backs them; a copula saying the same praises no one.
    @Test(arguments: [
        ("El presidente togolés calificó a su homólogo ghanés Kofi Mensah como un amigo verdadero.", Language.es, ["TGO SUPPORT person:kofi-mensah"]),
        ("Le président togolais a qualifié son homologue ghanéen Kofi Mensah de véritable ami.", .fr, ["TGO SUPPORT person:kofi-mensah"]),
        ("The Togolese president called his Ghanaian counterpart Kofi Mensah a true friend.", .en, ["TGO SUPPORT person:kofi-mensah"]),
        ("Ali Moussa es el líder de Togo.", .es, []),
    ] as [(String, Language, Set<String>)])
    func praiseNamedBacksWhomItNames(_ text: String, _ language: Language, _ expected: Set<String>) {
        #expect(Probe.events(text, language) == expected)
    }

    /// A judgment denied or only possible condemns no one, nor does one of a thing no actor owns.
    @Test(arguments: [
        "Togo said Ghana's decision was not unacceptable.",
        "Togo said such a decision by Ghana would be unacceptable.",
        "Togo said the situation was unacceptable.",
    ])
    func aJudgmentDeniedOrOwnedByNoOneAccusesNoOne(_ text: String) {
        #expect(Probe.events(text, .en).isEmpty)
    }

    /// "calificó de hostil la decisión de X": a verb of naming whose complement condemns judges its other complement,
    /// from its subject to the thing's owner; denied, it judges nothing.
    @Test(arguments: [
        ("Ghana calificó de hostil la decisión de Togo.", Language.es),
        ("Le Ghana a qualifié de hostile la décision du Togo.", .fr),
        ("El Ministerio ghanés de Exteriores calificó de precipitada la decisión togolesa de cerrar la frontera.", .es),
    ])
    func aVerbOfNamingWithACondemnationJudges(_ text: String, _ language: Language) {
        #expect(Probe.events(text, language) == ["GHA ACCUSE TGO"])
    }

    @Test func aNamingDeniedJudgesNothing() {
        #expect(Probe.events("Ghana no calificó de hostil la decisión de Togo.", .es).isEmpty)
    }

    /// "lamentó la decisión de X", "regretted X's decision": regretting another's act criticises its author; regretting
    /// a death, or one's own decision, accuses no one.
    @Test func regrettingAnothersActAccusesItsAuthor() {
        #expect(Probe.events("Ghana lamentó la decisión de Togo de cerrar la frontera.", .es) == ["GHA ACCUSE TGO"])
        #expect(Probe.events("Ghana regretted the decision of Togo to close the border.", .en) == ["GHA ACCUSE TGO"])
        #expect(Probe.events("Le Ghana a regretté la décision du Togo de fermer la frontière.", .fr) == ["GHA ACCUSE TGO"])
        #expect(Probe.events("Ghana lamentó la muerte de ciudadanos togoleses.", .es).isEmpty)
        #expect(!Probe.events("Le Ghana regrette sa décision de fermer la frontière avec le Togo.", .fr).contains("TGO ACCUSE GHA"))
    }

    /// "la calificó como un gesto inamistoso": the word of condemnation qualifies the noun the thing is called.
    @Test func aThingCalledAHostileGestureJudgesItsAuthor() {
        #expect(Probe.events("El Gobierno de Ghana calificó la medida togolesa como un gesto inamistoso.", .es) == ["GHA ACCUSE TGO"])
        #expect(Probe.events("El Gobierno de Ghana calificó la medida togolesa como un gesto amistoso.", .es).isEmpty)
    }

    /// "son una amenaza directa contra su país", "is a threat to regional peace": to call another's words or the other
    /// itself a threat condemns them, as calling them unacceptable does.
    @Test func callingSomethingAThreatCondemnsItsAuthor() {
        #expect(Probe.events("""
            El presidente de Ghana, Kofi Mensah, aseguró que las declaraciones de su homólogo de Togo, Jean Houngbo, son una \
            amenaza directa contra su país.
            """, .es) == ["person:kofi-mensah ACCUSE person:jean-houngbo"])
        #expect(Probe.events("Ghana's foreign minister said Togo is a threat to regional peace.", .en) == ["GHA ACCUSE TGO"])
        #expect(Probe.events("Ghana's foreign minister said Togo is not a threat to regional peace.", .en).isEmpty)
    }
}
