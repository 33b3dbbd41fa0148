import Testing
@testable import RelGraph

/// Modality: negation turns cooperation into REJECT and drops conflict;
/// hypotheticals, plans, questions and what a denial denies are not coded.
/// Each case is checked against its factual twin so that it cannot pass by accident.
@Suite("Modality")
struct ModalityTests {
    /// The modality of the first trigger of type `type` in a one-sentence text, read off its parse.
    private func modality(_ text: String, _ language: Language, of type: EventType) -> Modality? {
        let document = Document(text: text, language: language)
        let sentence = document.sentences[0]
        let hits = TriggerMatcher.shared(language).hits(in: document.tokens, range: sentence.tokenRange) { _ in false }
        guard let hit = hits.first(where: { $0.trigger.type == type }), let model = try? SyntaxModel.embedded(for: language) else {
            return nil
        }
        let parsed = ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: language, model: model,
                                    hints: ParseHints(predicates: hits.filter { $0.trigger.frame != .noun }.map(\.range)))
        let tree = TreeArguments(parsed: parsed, tokens: document.tokens, mentions: [], language: language)
        guard let head = tree.headWord(of: hit.range) else { return nil }
        let possibility = tree.possibility(from: sentence.tokenRange.lowerBound, to: sentence.tokenRange.upperBound)
        return tree.modality(of: head, speaksOfPossibility: tree.speaksOfPossibility(possibility, over: head))
    }

    // MARK: Unit

    @Test func factualUnlessMarked() {
        #expect(modality("L'Algérie a bombardé le Maroc.", .fr, of: .assault) == .factual)
        #expect(modality("Algeria attacked Morocco.", .en, of: .assault) == .factual)
        #expect(modality("Argelia atacó a Marruecos.", .es, of: .assault) == .factual)
    }

    @Test func negationBeforeOrAfterTheVerb() {
        #expect(modality("L'Algérie n'a pas bombardé le Maroc.", .fr, of: .assault) == .negated)
        #expect(modality("Algeria did not attack Morocco.", .en, of: .assault) == .negated)
        #expect(modality("Argelia no atacó a Marruecos.", .es, of: .assault) == .negated)
        #expect(modality("Le Maroc ne reconnaîtra jamais l'Algérie.", .fr, of: .support) == .negated)
    }

    /// What a verb of hope or will governs is wished, not done; the same act told by a verb of saying is done.
    @Test func aWishedActIsUnreal() {
        #expect(modality("Kenia espera que Uganda suspenda sus relaciones con Sudán.", .es, of: .sanction) == .unreal)
        #expect(modality("Kenia dijo que Uganda suspendió sus relaciones con Sudán.", .es, of: .sanction) == .factual)
        #expect(modality("Le Kenya souhaite que l'Ouganda rompe ses relations avec le Soudan.", .fr, of: .sanction) == .unreal)
        #expect(modality("Kenya hopes that Uganda will suspend its relations with Sudan.", .en, of: .sanction) == .unreal)
        #expect(modality("Kenya wants Uganda to attack Sudan.", .en, of: .assault) == .unreal)
    }

    /// A negation word that opens a fixed expression is a connective: "sin embargo", "no obstante" negate nothing.
    @Test func aConnectiveIsNoNegation() {
        #expect(modality("Sin embargo, Chile criticó a Bolivia.", .es, of: .accuse) == .factual)
        #expect(modality("No obstante, Chile criticó a Bolivia.", .es, of: .accuse) == .factual)
        #expect(modality("Sin embargo, Chile no criticó a Bolivia.", .es, of: .accuse) == .negated)
        #expect(Probe.events("Sin embargo, Chile criticó a Bolivia.", .es) == ["CHL ACCUSE BOL"])
    }

    @Test func modalsAreUnreal() {
        #expect(modality("L'Éthiopie pourrait envahir la Somalie.", .fr, of: .assault) == .unreal)
        #expect(modality("Ethiopia could invade Somalia.", .en, of: .assault) == .unreal)
        #expect(modality("Etiopía podría invadir Somalia.", .es, of: .assault) == .unreal)
    }

    /// "aurait soutenu", "habría apoyado": the conditional perfect the press uses for what is only alleged or supposed.
    @Test func theConditionalPerfectIsUnreal() {
        #expect(modality("L'Éthiopie aurait envahi la Somalie.", .fr, of: .assault) == .unreal)
        #expect(modality("L'Éthiopie a envahi la Somalie.", .fr, of: .assault) == .factual)
        #expect(modality("Etiopía habría invadido Somalia.", .es, of: .assault) == .unreal)
        #expect(modality("Etiopía ha invadido Somalia.", .es, of: .assault) == .factual)
    }

    /// "is likely to expel", "s'apprête à expulser": a forecast of the act is not the act.
    @Test func forecastsAreUnreal() {
        #expect(Probe.events("Kenya is likely to expel Ugandan diplomats.", .en) == [])
        #expect(Probe.events("Kenya is unlikely to expel Ugandan diplomats.", .en) == [])
        #expect(Probe.events("Kenya is expected to expel Ugandan diplomats.", .en) == [])
        #expect(Probe.events("Kenya is poised to expel Ugandan diplomats.", .en) == [])
        #expect(Probe.events("Le Kenya s'apprête à expulser des diplomates ougandais.", .fr) == [])
        #expect(Probe.events("Kenya expelled Ugandan diplomats.", .en) == ["KEN SANCTION UGA", "KEN ACCUSE UGA"])
    }

    @Test func questionsAreUnreal() {
        #expect(modality("L'Éthiopie a-t-elle envahi la Somalie ?", .fr, of: .assault) == .unreal)
        #expect(modality("¿Invadió Etiopía a Somalia?", .es, of: .assault) == .unreal)
        // A word of possibility makes unreal what it governs, not a clause beside it.
        #expect(modality("No se descarta que Etiopía invada Somalia.", .es, of: .assault) == .unreal)
        #expect(modality("Une attaque de l'Éthiopie contre la Somalie n'est pas exclue.", .fr, of: .assault) == .unreal)
        #expect(modality("Etiopía rompió sus relaciones con Somalia y anunció otras medidas que no descarta endurecer.", .es,
                         of: .sanction) == .factual)
    }

    @Test func whatADenialDeniesIsNotCoded() {
        let denials: [(String, Language)] = [
            ("Le Kenya a nié toute attaque contre l'Éthiopie.", .fr),
            ("Kenya denied any attack on Ethiopia.", .en),
            ("Kenia negó cualquier ataque contra Etiopía.", .es),
        ]
        for (text, language) in denials {
            let events = Probe.events(text, language)
            #expect(events.contains("KEN REJECT ETH"), "\(text)")
            #expect(!events.contains { $0.contains("ASSAULT") }, "\(text)")
        }
        #expect(Probe.events("Le Kenya a lancé une attaque contre l'Éthiopie.", .fr) == ["KEN ASSAULT ETH"])
    }

    @Test func conditionsAndPurposesAreUnreal() {
        #expect(modality("Si l'Éthiopie attaquait la Somalie, le Kenya réagirait.", .fr, of: .assault) == .unreal)
        #expect(modality("If Ethiopia attacked Somalia, Kenya would respond.", .en, of: .assault) == .unreal)
        #expect(modality("Etiopía movilizó tropas para atacar Somalia.", .es, of: .assault) == .unreal)
        #expect(modality("Etiopía movilizó tropas y atacó Somalia.", .es, of: .assault) == .factual)
    }

    @Test func aConcessionStatesAFact() {
        #expect(Probe.events("Le Kenya a rappelé son ambassadeur, même si Nairobi a condamné l'Ouganda.", .fr).contains("KEN ACCUSE UGA"))
        #expect(Probe.events("Kenya recalled its envoy, even if Nairobi condemned Uganda.", .en).contains("KEN ACCUSE UGA"))
        #expect(Probe.events("Le Kenya réagira si le Soudan attaque l'Ouganda.", .fr).isEmpty)
    }

    @Test func aConditionNounWithItsComplementIsACondition() {
        #expect(Probe.events("In the event of an attack on Kenya, Ethiopian and Kenyan officials will meet.", .en).isEmpty)
        #expect(Probe.events("En cas d'attaque contre le Kenya, l'Éthiopie enverra des troupes en Somalie.", .fr).isEmpty)
        #expect(Probe.events("En caso de agresión contra Kenia, Etiopía enviará tropas a Somalia.", .es).isEmpty)
        // "in any case" is no condition.
        #expect(Probe.events("In any case, Ethiopian and Kenyan officials met in Nairobi.", .en) == ["ETH CONSULT KEN"])
    }

    @Test func plansAreUnreal() {
        #expect(modality("Le projet d'attaque contre l'Éthiopie.", .fr, of: .assault) == .unreal)
    }

    // MARK: Through the extractor

    @Test func negatedAssaultIsDroppedFrench() {
        #expect(Probe.events("L'Algérie a bombardé le Maroc, selon le communiqué.", .fr) == ["DZA ASSAULT MAR"])
        #expect(Probe.events("L'Algérie n'a pas bombardé le Maroc, selon le communiqué.", .fr).isEmpty)
        #expect(Probe.events("L'Algérie n'a pas attaqué le Maroc, selon le communiqué.", .fr).isEmpty)
    }

    @Test func negatedAssaultIsDroppedEnglish() {
        #expect(Probe.events("Algeria attacked Morocco, the statement said.", .en) == ["DZA ASSAULT MAR"])
        #expect(Probe.events("Algeria did not attack Morocco, the statement said.", .en).isEmpty)
    }

    @Test func negatedAssaultIsDroppedSpanish() {
        #expect(Probe.events("Según el comunicado, Argelia atacó a Marruecos.", .es) == ["DZA ASSAULT MAR"])
        #expect(Probe.events("Según el comunicado, Argelia no atacó a Marruecos.", .es).isEmpty)
    }

    @Test func negatedSupportIsReject() {
        #expect(Probe.events("Le Maroc ne reconnaîtra jamais la souveraineté de l'Algérie sur ce territoire.", .fr) == ["MAR REJECT DZA"])
        #expect(Probe.events("Le Maroc ne soutiendra jamais l'Algérie dans ce dossier.", .fr) == ["MAR REJECT DZA"])
        #expect(Probe.events("Morocco will never support Algeria on this issue.", .en) == ["MAR REJECT DZA"])
        #expect(Probe.events("Según el gobierno, Marruecos nunca apoyará a Argelia en este asunto.", .es) == ["MAR REJECT DZA"])
        #expect(Probe.events("Según el gobierno, Marruecos apoyará a Argelia en este asunto.", .es) == ["MAR SUPPORT DZA"])
    }

    @Test func hypotheticalInvasionIsNothing() {
        #expect(Probe.events("L'Éthiopie a envahi la Somalie l'an dernier.", .fr) == ["ETH ASSAULT SOM"])
        #expect(Probe.events("L'Éthiopie pourrait envahir la Somalie dans les prochains mois.", .fr).isEmpty)
        #expect(Probe.events("Ethiopia invaded Somalia last year.", .en) == ["ETH ASSAULT SOM"])
        #expect(Probe.events("Ethiopia could invade Somalia in the coming months.", .en).isEmpty)
        #expect(Probe.events("Según los analistas, Etiopía invadió Somalia el año pasado.", .es) == ["ETH ASSAULT SOM"])
        #expect(Probe.events("Según los analistas, Etiopía podría invadir Somalia en los próximos meses.", .es).isEmpty)
    }

    @Test func denialIsRejectAndNoAssault() {
        #expect(Probe.events("Le Kenya a nié tout projet d'attaque contre l'Éthiopie.", .fr) == ["KEN REJECT ETH"])
        #expect(Probe.events("Kenya denied any plan to attack Ethiopia.", .en) == ["KEN REJECT ETH"])
        #expect(Probe.events("Según el gobierno, Kenia negó cualquier plan de ataque contra Etiopía.", .es) == ["KEN REJECT ETH"])
    }
}

/// What is rejected, discussed or demanded has not happened.
@Suite("Governed nouns")
struct GovernedNounTests {
    /// A modal on the verb that carries an event noun makes the event only possible, as on a verb of the event.
    @Test func aModalOnTheSupportVerbLeavesTheEventUndone() {
        #expect(Probe.events("The United Nations could impose sanctions on Togo.", .en).isEmpty)
        #expect(Probe.events("Ghana might sign an agreement with Togo.", .en).isEmpty)
        #expect(Probe.events("Ghana signed an agreement with Togo.", .en) == ["GHA AGREE TGO"])
    }

    @Test func rejectedTalksAreNoTalks() {
        let events = Probe.events("Turkey rejected talks with Greece.", .en)
        #expect(events.contains("TUR REJECT GRC"))
        #expect(!events.contains("TUR CONSULT GRC"))
    }

    @Test func discussedSupportIsNoSupport() {
        let events = Probe.events("Spain and Portugal met to discuss aid to Morocco.", .en)
        #expect(events.contains("ESP CONSULT PRT"))
        #expect(!events.contains { $0.contains("AID") })
    }

    /// Who condemns an attack accuses the attacker, never its victim, and attacks no one.
    @Test func condemnedAttackKeepsNoFalseAttacker() {
        let events = Probe.events("Norway condemned the attack on Finland.", .en)
        #expect(!events.contains("NOR ACCUSE FIN"))
        #expect(!events.contains("NOR ASSAULT FIN"))
        #expect(Probe.events("Norway condemned the Russian attack on Finland.", .en) == ["NOR ACCUSE RUS", "RUS ASSAULT FIN"])
    }

    /// "su negativa a rechazar…", "its refusal to condemn…": what is refused is not done, however the parser hung the
    /// infinitive.
    @Test func aRefusedActIsNotDone() {
        #expect(Probe.events("Ghana criticised Benin's refusal to condemn the Togolese invasion of Niger.", .en)
            == ["GHA ACCUSE BEN", "TGO ASSAULT NER"])
    }
}
