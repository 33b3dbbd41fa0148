import Testing
@testable import RelGraph

/// SentenceSplitter: news-text sentence boundaries.
@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let document = Document(text: text, language: .en)
        return document.sentences.map { document.text(of: $0) }
    }

    @Test func splitsOnFullStopBeforeCapital() {
        #expect(sentences("Le Kenya a protesté. L'Éthiopie a répondu.") == ["Le Kenya a protesté.", "L'Éthiopie a répondu."])
        #expect(sentences("Brazil protested. Argentina replied on Monday.") == ["Brazil protested.", "Argentina replied on Monday."])
        #expect(sentences("Brasil protestó. Argentina respondió el lunes.") == ["Brasil protestó.", "Argentina respondió el lunes."])
    }

    /// A dotted acronym joined to a word by a hyphen ("EU-U.S.") ends no sentence at its initial.
    @Test func anInitialAfterAHyphenEndsNoSentence() {
        #expect(sentences("Ghana agreed to enhance EU-U.S. relations with Togo. Togo welcomed it.")
            == ["Ghana agreed to enhance EU-U.S. relations with Togo.", "Togo welcomed it."])
    }

    /// "LIMA, Peru (AP) _ Chile and Peru…": a dateline opening a paragraph is kept apart from the sentence after it;
    /// a dash inside a sentence that opens with an acronym is not a dateline's.
    @Test func splitsADatelineFromItsSentence() {
        #expect(sentences("LIMA, Peru (AP) _ Chile and Peru signed a treaty.") == ["LIMA, Peru (AP) _", "Chile and Peru signed a treaty."])
        #expect(sentences("SANTIAGO, 5 de mayo (EFE) - Chile firmó un tratado.") == ["SANTIAGO, 5 de mayo (EFE) -", "Chile firmó un tratado."])
        #expect(sentences("Texte.\nLIMA — Le Chili a signé.") == ["Texte.", "LIMA —", "Le Chili a signé."])
        #expect(sentences("NATO ministers met – as expected – in Brussels.") == ["NATO ministers met – as expected – in Brussels."])
    }

    /// A single quotation mark that opens a quote after a full stop opens the next sentence; one written against the
    /// full stop closes the sentence before it.
    @Test func singleQuotesOpenTheNextSentence() {
        #expect(sentences("Ghana expelled the envoy. ‘The decision is final,’ the ministry said.")
            == ["Ghana expelled the envoy.", "‘The decision is final,’ the ministry said."])
        #expect(sentences("Ghana expelled the envoy. 'The decision is final,' the ministry said.")
            == ["Ghana expelled the envoy.", "'The decision is final,' the ministry said."])
        #expect(sentences("'The decision is final.' The ministry said so.") == ["'The decision is final.'", "The ministry said so."])
        #expect(sentences("Ghana expelled the envoy. ‘the decision’ was final.").count == 1)
    }

    @Test func splitsOnQuestionAndExclamationMarks() {
        #expect(sentences("Qui a signé ? Le Maroc ! Puis l'Algérie.").count == 3)
        #expect(sentences("Who signed? Japan did!").count == 2)
    }

    @Test func spanishOpeningMarksStartASentence() {
        #expect(sentences("Argentina firmó. ¿Firmará Brasil? ¡Nadie lo sabe!") == [
            "Argentina firmó.", "¿Firmará Brasil?", "¡Nadie lo sabe!",
        ])
    }

    @Test func frenchAbbreviationDoesNotEndASentence() {
        #expect(sentences("M. Kamau a rencontré Mme Bekele à Addis-Abeba. Ils ont parlé.") == [
            "M. Kamau a rencontré Mme Bekele à Addis-Abeba.", "Ils ont parlé.",
        ])
    }

    @Test func englishAndSpanishAbbreviationsDoNotEndASentence() {
        #expect(sentences("Dr. Tanaka met Gen. Park in Seoul. They talked.").count == 2)
        #expect(sentences("El Sr. Gómez habló con la Sra. Duarte en Asunción. Luego se fue.").count == 2)
    }

    @Test func decimalPointDoesNotEndASentence() {
        #expect(sentences("Ghana pledged $23.8 billion in aid. Togo thanked it.") == [
            "Ghana pledged $23.8 billion in aid.", "Togo thanked it.",
        ])
        #expect(sentences("Ghana pledged 23. 8 states agreed.").count == 2)
    }

    @Test func abbreviatedMonthDoesNotEndASentence() {
        #expect(sentences("Togo protested after the Jan. 24 coup in Ghana. Benin agreed.") == [
            "Togo protested after the Jan. 24 coup in Ghana.", "Benin agreed.",
        ])
        #expect(sentences("Le sommet aura lieu le 3 févr. 2025 à Accra. Le Togo viendra.").count == 2)
    }

    @Test func initialsDoNotEndASentence() {
        #expect(sentences("George W. Bush visited Warsaw. Poland welcomed him.") == [
            "George W. Bush visited Warsaw.", "Poland welcomed him.",
        ])
        #expect(sentences("Le président John F. Kennedy est arrivé. La foule applaudit.").count == 2)
    }

    @Test func dottedAcronymsDoNotEndASentence() {
        #expect(sentences("The U.S. Navy arrived in Busan. Seoul said nothing.") == [
            "The U.S. Navy arrived in Busan.", "Seoul said nothing.",
        ])
        #expect(sentences("Los EE.UU. apoyaron a Colombia. Ecuador protestó.") == [
            "Los EE.UU. apoyaron a Colombia.", "Ecuador protestó.",
        ])
        // Folded, "está" is the opener "esta"; written in lower case, it opens no sentence.
        #expect(sentences("Un funcionario dijo que EE.UU. está expulsando a diplomáticos. Ecuador protestó.") == [
            "Un funcionario dijo que EE.UU. está expulsando a diplomáticos.", "Ecuador protestó.",
        ])
    }

    @Test func dottedAcronymEndsASentenceBeforeAnOpeningWord() {
        #expect(sentences("The U.N. Security Council met. Norway spoke first.") == [
            "The U.N. Security Council met.", "Norway spoke first.",
        ])
        #expect(sentences("Aid came from the U.K. The Netherlands sent nothing.") == [
            "Aid came from the U.K.", "The Netherlands sent nothing.",
        ])
        #expect(sentences("Bogotá consultó a los EE.UU. Los dos gobiernos hablaron.") == [
            "Bogotá consultó a los EE.UU.", "Los dos gobiernos hablaron.",
        ])
    }

    @Test func noSplitBeforeLowercaseWord() {
        #expect(sentences("Le ministre a parlé à 10 h. environ devant la presse.") == [
            "Le ministre a parlé à 10 h. environ devant la presse.",
        ])
        #expect(sentences("He left at approx. noon and returned.").count == 1)
    }

    @Test func headlineOnItsOwnLineIsASentence() {
        #expect(sentences("Le Maroc rappelle son ambassadeur\nRabat a rappelé mardi son ambassadeur à Alger.") == [
            "Le Maroc rappelle son ambassadeur", "Rabat a rappelé mardi son ambassadeur à Alger.",
        ])
        #expect(sentences("Kenya and Ethiopia sign border deal\n\nNairobi and Addis Ababa signed the deal.").count == 2)
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("« Nous refusons. » Le Maroc a quitté la salle.") == [
            "« Nous refusons. »", "Le Maroc a quitté la salle.",
        ])
        #expect(sentences("\"We refuse.\" Japan left the room.") == ["\"We refuse.\"", "Japan left the room."])
    }

    @Test func numberAfterFullStopStartsASentence() {
        #expect(sentences("Le vote a eu lieu. 120 pays ont voté.").count == 2)
    }

    @Test func sentenceOffsetsAndIndices() {
        let text = "Brazil protested. Argentina replied."
        let document = Document(text: text, language: .en)
        #expect(document.sentences.map(\.index) == [0, 1])
        #expect(document.sentences.map(\.start) == [0, 18])
        #expect(document.sentences.map(\.end) == [17, 36])
        #expect(document.sentences[1].tokenRange == 3..<6)
    }

    @Test func lastSentenceWithoutFullStopIsKept() {
        #expect(sentences("Le Kenya a protesté. L'Éthiopie n'a pas répondu") == ["Le Kenya a protesté.", "L'Éthiopie n'a pas répondu"])
    }
}
