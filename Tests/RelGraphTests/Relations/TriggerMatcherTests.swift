import Testing
@testable import RelGraph

/// TriggerMatcher: longest phrase first, then longest stem, noun reading after a determiner.
@Suite("TriggerMatcher")
struct TriggerMatcherTests {
    /// Hits as "surface TYPE frame".
    private func hits(_ text: String, _ language: Language, blocked: Set<Int> = []) -> [String] {
        let document = Document(text: text, language: language)
        let range = 0..<document.tokens.count
        return TriggerMatcher.shared(language).hits(in: document.tokens, range: range, isBlocked: blocked.contains).map { hit in
            let surface = document.text(document.tokens[hit.range.lowerBound].start, document.tokens[hit.range.upperBound - 1].end)
            return "\(surface) \(hit.trigger.type.rawValue) \(hit.trigger.frame.rawValue)"
        }
    }

    @Test func longestPhraseBeatsShorterOne() {
        #expect(hits("Un appel téléphonique a eu lieu.", .fr) == ["appel téléphonique CONSULT noun"])
        #expect(hits("Un appel a été lancé.", .fr) == ["appel REQUEST noun"])
        #expect(hits("They held a phone call.", .en) == ["phone call CONSULT noun"])
        #expect(hits("Kenya severed diplomatic ties.", .en) == ["severed diplomatic ties SANCTION reciprocal"])
    }

    /// "celle d'un diplomate", "that of X": a pronoun with a genitive of its own after an event noun tells the event
    /// again; one with no event noun before it, or with no genitive, tells nothing.
    @Test func aPronounWithAGenitiveEchoesTheEventNounBeforeIt() {
        #expect(hits("L'expulsion d'un diplomate en réponse à celle d'un consul.", .fr) == ["expulsion SANCTION noun", "celle SANCTION noun"])
        #expect(hits("The expulsion of a diplomat in response to that of a consul.", .en) == ["expulsion SANCTION noun", "that SANCTION noun"])
        #expect(hits("Le départ de celui du consul.", .fr).isEmpty)
        #expect(hits("The expulsion was the one that angered them.", .en) == ["expulsion SANCTION noun"])
    }

    @Test func determinersMayStandInsideAPhrase() {
        #expect(hits("Le Brésil renforce ses liens avec l'Argentine.", .fr) == ["renforce ses liens COOPERATE verb"])
        #expect(hits("Se firmó un alto el fuego.", .es) == ["firmó AGREE verb", "alto el fuego CONCEDE noun"])
    }

    @Test func aQuantityMayStandInsideAPhrase() {
        #expect(hits("They sent tens of thousands of troops.", .en) == ["sent tens of thousands of troops MOBILIZE verb"])
        #expect(hits("Le Ghana enverra 500 casques bleus.", .fr) == ["enverra 500 casques bleus AID verb"])
        #expect(hits("Enviaron más de 300 tropas.", .es) == ["Enviaron más de 300 tropas MOBILIZE verb"])
        // Only quantities and determiners stand between: other words part the phrase.
        #expect(hits("They sent food and troops.", .en).isEmpty)
    }

    @Test("A phrase of time may stand inside a phrase; its prepositions and adjectives alone may not")
    func aPhraseOfTimeMayStandInsideAPhrase() {
        #expect(hits("Le Ghana a rappelé en fin de semaine dernière ses ambassadeurs.", .fr)
            == ["rappelé en fin de semaine dernière ses ambassadeurs SANCTION verb"])
        #expect(hits("Kenya severed late last week its diplomatic ties.", .en) == ["severed late last week its diplomatic ties SANCTION reciprocal"])
        #expect(hits("Chile rompió a fines de la semana pasada sus relaciones diplomáticas.", .es)
            == ["rompió a fines de la semana pasada sus relaciones SANCTION reciprocal"])
        // With no noun of time, the preposition parts the phrase: only the verb is left.
        #expect(hits("Kenya severed at once its diplomatic ties.", .en) == ["severed SANCTION verb"])
        #expect(!hits("Le Ghana a rappelé de Lomé ses ambassadeurs.", .fr).contains { $0.hasPrefix("rappelé de") })
    }

    /// At equal length the phrase that writes more of its words wins: "convocó a su embajador" is a recall, where
    /// "convoc* embajador*" read across "a su" would be a summons.
    @Test func aPhraseWrittenOutBeatsOneReadAcrossDeterminers() {
        #expect(hits("Kenia convocó a su embajador en Uganda.", .es) == ["convocó a su embajador SANCTION verb"])
        #expect(hits("Kenia convocó al embajador de Uganda.", .es).first?.hasSuffix("ACCUSE verb") == true)
    }

    @Test func anObjectSlotHoldsTheObjectOutsideTheTrigger() {
        // "declar* _ persona non grata": the trigger is the verb; the object between is no part of it.
        #expect(hits("Peru declared the Bolivian ambassador persona non grata.", .en) == ["declared SANCTION verb"])
        #expect(hits("Peru declared Bolivia's envoy persona non grata.", .en) == ["declared SANCTION verb"])
        #expect(hits("Peru declared persona non grata two envoys.", .en) == ["declared persona non grata SANCTION verb"])
        // A comma parts the object from the phrase; nothing follows the verb alone.
        #expect(hits("Peru declared the envoy, persona non grata.", .en).isEmpty)
        // A name set off by commas may stand in the object when it is an actor's mention (tokens 5 and 6).
        #expect(hits("Peru declared the envoy, Juan Perez, persona non grata.", .en, blocked: [5, 6]) == ["declared SANCTION verb"])
        #expect(hits("Peru declared the envoy, Juan Perez, persona non grata.", .en).isEmpty)
    }

    /// The hit keeps the slot's words: the object, whatever the parser makes of them.
    @Test func anObjectSlotKeepsItsWords() {
        let document = Document(text: "Peru declared 12 embassy staff persona non grata.", language: .en)
        let found = TriggerMatcher.shared(.en).hits(in: document.tokens, range: 0..<document.tokens.count, isBlocked: { _ in false })
        #expect(found.map(\.objectSlot) == [2..<5])
        let phrase = Document(text: "Peru declared persona non grata two envoys.", language: .en)
        #expect(TriggerMatcher.shared(.en).hits(in: phrase.tokens, range: 0..<phrase.tokens.count, isBlocked: { _ in false })
            .map(\.objectSlot) == [nil])
    }

    /// "declar* _ persona non grata": the object stands in the slot, and the hit is the verb the tree reads it from.
    @Test func anObjectSlotHoldsANounPhraseInFrenchAndSpanish() {
        #expect(hits("La Norvège a déclaré mardi le consul de Hongrie persona non grata.", .fr) == ["déclaré SANCTION verb"])
        #expect(hits("Perú declaró al cónsul de Bolivia persona non grata.", .es) == ["declaró SANCTION verb"])
        #expect(hits("La Norvège a déclaré lundi 10 octobre l'ambassadeur de Hongrie à Oslo persona non grata.", .fr) == ["déclaré SANCTION verb"])
        // A clause, a punctuation mark or more words than a noun phrase holds are no object.
        #expect(hits("Le ministre a déclaré que le consul était persona non grata.", .fr).isEmpty)
        #expect(hits("La Norvège a déclaré, mardi, que le consul est persona non grata.", .fr).isEmpty)
        #expect(hits("Il a déclaré à la presse locale lors de sa visite de trois jours dans la capitale du pays voisin persona non grata.", .fr)
            .allSatisfy { !$0.contains("SANCTION") })
        // Written without an object between, the whole phrase is the hit.
        #expect(hits("Ghana declaró como persona no grata a la embajadora de Togo.", .es) == ["declaró como persona no grata SANCTION verb"])
    }

    /// "a provoqué la colère de X": a phrase that starts inside a shorter match ("a provoqu*") and runs past it with more
    /// words written is the reading; a phrase no longer than the match leaves it as it is.
    @Test func aLongerPhraseStartingInsideAMatchWins() {
        let found = hits("Cette déclaration a provoqué la colère du Ghana.", .fr)
        #expect(found.contains("provoqué la colère du ACCUSE verb"))
        #expect(!found.contains { $0.hasPrefix("a provoqué") })
        #expect(hits("Le Ghana a provoqué le Togo.", .fr).contains { $0.hasPrefix("a provoqué") })
    }

    /// A phrase ending in "de" ends as well in "d'" before a vowel: "la colère d'Accra".
    @Test func aPhraseEndingInDeReadsTheElidedForm() {
        #expect(hits("Cette déclaration a provoqué la colère d'Accra.", .fr).contains { $0.hasPrefix("provoqué la colère d") && $0.contains(" ACCUSE ") })
    }

    /// A marker of purpose opens a clause, which no object slot holds: "retiran a sus embajadores para evitar un
    /// conflicto diplomático" recalls envoys, and no "diplomático" of the clause after makes another phrase of it.
    @Test func anObjectSlotEndsBeforeAPurpose() {
        #expect(Probe.events("Ghana y Togo retiran a sus embajadores para evitar un conflicto diplomático.", .es)
            == ["GHA SANCTION TGO", "TGO SANCTION GHA"])
    }

    @Test func nounReadingAfterDeterminerVerbReadingElsewhere() {
        #expect(hits("Les sanctions ont été levées.", .fr) == ["sanctions SANCTION noun"])
        #expect(hits("Le Japon sanctionne la Corée.", .fr) == ["sanctionne SANCTION verb"])
        #expect(hits("El apoyo fue claro.", .es) == ["apoyo SUPPORT noun"])
        #expect(hits("Brazil supports Argentina.", .en) == ["supports SUPPORT verb"])
        #expect(hits("The support was clear.", .en) == ["support SUPPORT noun"])
    }

    @Test func stemsMatchInflections() {
        #expect(hits("Ils ont bombardé la ville.", .fr) == ["bombardé ASSAULT verb"])
        #expect(hits("They were invading the island.", .en) == ["invading ASSAULT verb"])
        #expect(hits("Los soldados invadieron la isla.", .es) == ["invadieron ASSAULT verb"])
    }

    @Test func aStemDoesNotMatchTheAgentNounMadeOfIt() {
        #expect(hits("The negotiator negotiated.", .en) == ["negotiated CONSULT verb"])
        #expect(hits("Le négociateur a négocié.", .fr) == ["négocié CONSULT verb"])
        #expect(hits("Los investigadores investigaron.", .es) == ["investigaron ACCUSE verb"])
    }

    @Test func frenchElidedPatternsMatchSplitTokens() {
        #expect(hits("Le ministre s'est entretenu avec son homologue.", .fr) == ["entretenu CONSULT verb"])
        #expect(hits("Le ministre s'est rendu à Nairobi.", .fr) == ["s'est rendu CONSULT visit"])
    }

    @Test func denialTriggers() {
        #expect(hits("Le Kenya a nié toute attaque.", .fr).first == "nié REJECT deny")
        #expect(hits("Kenya denied any attack.", .en).first == "denied REJECT deny")
        #expect(hits("Kenia negó cualquier ataque.", .es).first == "negó REJECT deny")
    }

    @Test func blockedTokensAreSkipped() {
        // Token 1 is "sanctions": blocked as if inside an actor mention.
        #expect(hits("Les sanctions ont été levées.", .fr, blocked: [1]).isEmpty)
    }

    @Test func noTriggerInNeutralText() {
        #expect(hits("Le temps était beau à Dakar.", .fr).isEmpty)
        #expect(hits("The weather was fine in Dakar.", .en).isEmpty)
    }

    @Test func everyLanguageHasTriggersForEveryPloverType() {
        for language in Language.allCases {
            // An imitation's type is the act it repeats, none of its own.
            let types = Set(TriggerLexicon.triggers(language).filter { $0.frame != .imitate }.map(\.type))
            #expect(types == Set(EventType.allCases).subtracting([.affiliation]), "\(language)")
        }
    }

    /// A noun of time may stand between a phrase trigger's words: "a échangé lundi avec", "habló el lunes con".
    @Test func aNounOfTimeMayStandInsideAPhrase() {
        #expect(Probe.events("Le président tchadien a échangé lundi avec son homologue nigérien.", .fr) == ["TCD CONSULT NER"])
        #expect(Probe.events("El canciller chileno habló el lunes con su homólogo peruano.", .es) == ["CHL CONSULT PER"])
    }

    /// Quotation marks around a word of the phrase do not part it: "calificó de «inadmisible»".
    @Test func quotationMarksMayStandInsideAPhrase() {
        #expect(hits("Lo calificó de «inadmisible».", .es) == ["calificó de «inadmisible ACCUSE verb"])
        #expect(hits("Lo calificó de \"inaceptable\".", .es) == ["calificó de \"inaceptable ACCUSE verb"])
        #expect(hits("Lo calificó de 'inaceptable'.", .es) == ["calificó de 'inaceptable ACCUSE verb"])
        // An elided article is no quotation mark: it stays a word of its own.
        #expect(hits("Le Ghana a convoqué l'ambassadeur du Togo.", .fr) == ["convoqué l'ambassadeur ACCUSE verb"])
        // Other punctuation still parts the phrase.
        #expect(hits("Lo calificó de (inadmisible).", .es).isEmpty)
    }

    /// A date of several words and then a determiner may stand inside a phrase: the determiners' limit counts them
    /// alone.
    @Test func aDateAndADeterminerMayStandInsideAPhrase() {
        #expect(hits("Le Kenya a convoqué lundi 25 août l'ambassadeur tanzanien.", .fr).first == "convoqué lundi 25 août l'ambassadeur ACCUSE verb")
        // Three determiners part the phrase: the verb alone is the trigger, its object the tree's to read.
        #expect(hits("Le Kenya a convoqué les les les ambassadeurs.", .fr) == ["convoqué ACCUSE verb"])
    }

    /// A determiner, or a determiner and an adjective written before its noun, opens the noun a trigger is: the
    /// tagger is told so.
    @Test func aPrenominalAdjectiveKeepsTheNounReading() {
        func followsDeterminer(_ text: String, _ language: Language) -> [Bool] {
            let document = Document(text: text, language: language)
            return TriggerMatcher.shared(language).hits(in: document.tokens, range: 0..<document.tokens.count, isBlocked: { _ in false })
                .map(\.followsDeterminer)
        }
        #expect(followsDeterminer("Albergó un esperado encuentro.", .es) == [true])
        #expect(followsDeterminer("Tuvo una nueva llamada.", .es) == [true])
        #expect(followsDeterminer("Un nouvel entretien a eu lieu.", .fr) == [true])
        // A noun between the determiner and a verb is its subject: "el presidente critica".
        #expect(followsDeterminer("El presidente critica la decisión.", .es).first == false)
    }

    /// An adverb of manner may stand between a phrase's words; a noun of the same ending after a determiner may not.
    @Test func anAdverbOfMannerMayStandInsideAPhrase() {
        #expect(hits("Le Kenya a rappelé immédiatement son ambassadeur.", .fr) == ["rappelé immédiatement son ambassadeur SANCTION verb"])
        #expect(hits("Kenia retiró inmediatamente a su embajador.", .es).first?.hasPrefix("retiró inmediatamente a su embajador") == true)
        #expect(!hits("Le Kenya a rappelé le gouvernement ambassadeur.", .fr).contains { $0.hasPrefix("rappelé le gouvernement") })
    }

    /// An object slot ends at whichever place lets the rest of the phrase match, not only at the first word that
    /// matches the pattern after it: "de" opens the envoy's posting before it opens the order.
    @Test func anObjectSlotTriesEachPlaceItMayEnd() {
        // The trigger shown stops before its object.
        #expect(hits("Le Niger a ordonné à l'ambassadeur de Belgique de quitter le pays.", .fr) == ["ordonné à SANCTION verb"])
        #expect(Probe.events("Le Niger a ordonné à l'ambassadeur de Belgique de quitter le pays.", .fr) == ["NER SANCTION BEL", "NER ACCUSE BEL"])
        #expect(Probe.events("Le Tchad tient le Soudan pour responsable des combats.", .fr) == ["TCD ACCUSE SDN"])
        #expect(Probe.events("Chad held Sudan responsible for the fighting.", .en) == ["TCD ACCUSE SDN"])
        // The slot holds no clause.
        #expect(!hits("Le Niger a ordonné que les troupes belges de quitter le pays.", .fr).contains { $0.hasPrefix("ordonné") && $0.hasSuffix("SANCTION verb") })
    }

    /// An object slot may hold a name with its title set off by commas: "ordered [name], the first secretary of the
    /// embassy, to leave".
    @Test func anObjectSlotMayHoldANameWithItsTitle() {
        let text = "Ghana ordered Kofi Mensah, the first secretary of the Togolese embassy, to leave the country."
        #expect(Probe.events(text, .en).contains("GHA SANCTION person:kofi-mensah"))
        #expect(!Probe.events(text, .en).contains { $0.contains("REQUEST") })
    }
}
