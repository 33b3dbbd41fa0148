import Testing
@testable import RelGraph

/// LanguageDetector: counts function words of French, English and Spanish.
@Suite("LanguageDetector")
struct LanguageDetectorTests {
    @Test func detectsFrench() {
        #expect(Extractor.detectLanguage("Le Maroc et l'Algérie ont rouvert leur frontière, selon les autorités des deux pays.") == .fr)
        #expect(detected("La Pologne a demandé une aide pour les réfugiés qui sont arrivés dans le pays.") == .fr)
    }

    @Test func detectsEnglish() {
        #expect(Extractor.detectLanguage("Japan and South Korea said that the talks were held with the aim of ending the dispute.") == .en)
        #expect(detected("Kenya's president said it was time for the region to act.") == .en)
    }

    @Test func detectsSpanish() {
        #expect(Extractor.detectLanguage("El gobierno de Brasil y los negociadores de Argentina firmaron un acuerdo que fue celebrado por sus socios.") == .es)
        #expect(detected("Según el canciller, los dos países han acordado una tregua con sus vecinos.") == .es)
    }

    @Test func accentlessSpanishStillSpanish() {
        #expect(Extractor.detectLanguage("Segun el canciller, los paises del sur han firmado un pacto con Chile.") == .es)
    }

    @Test func explicitLanguageOverridesDetection() {
        let text = "Japan and South Korea said that the talks were held with the aim of ending the dispute."
        #expect(Document(text: text, language: .fr).language == .fr)
        #expect(Document(text: text, language: .es).language == .es)
    }

    @Test func onlyTheFirstTokensCount() {
        // 4000 English tokens, then much Spanish: only the head is read.
        let english = String(repeating: "the and of to ", count: 1000)
        let spanish = String(repeating: "el los las del y que ", count: 2000)
        #expect(Extractor.detectLanguage(english + spanish) == .en)
    }

    @Test func invertedMarksAreTheSpanishOpeners() {
        #expect(LanguageDetector.isInvertedMark("¿") && LanguageDetector.isInvertedMark("¡"))
        for other in ["?", "!", "«", "»", "\u{00A0}", "", "¿¿"] { #expect(!LanguageDetector.isInvertedMark(other)) }
    }

    /// One short sentence per language, with no function word of the lists or none that decides alone.
    @Test("one short sentence is enough", arguments: [
        ("Brazil supported Argentina.", Language.en),
        ("Iran condemned Israel.", .en),
        ("Biden met Macron in Paris.", .en),
        ("Kenya welcomed the decision.", .en),
        ("Le Brésil soutient l'Argentine.", .fr),
        ("L'Iran a condamné Israël.", .fr),
        ("Macron a reçu Lula.", .fr),
        ("Brasil apoyó a Argentina.", .es),
        ("Irán condenó a Israel.", .es),
        ("Rusia y China firmaron un acuerdo.", .es),
    ])
    func shortSentence(text: String, language: Language) {
        let decision = Extractor().languageDecision(for: text)
        #expect(decision.language == language)
        #expect(decision.basis == .detected)
    }

    @Test func unclearTextIsEnglishByDefaultOrTheCorpusLanguage() {
        let text = "Macron Biden Lula."
        let alone = Extractor().languageDecision(for: text)
        #expect(alone.language == .en && alone.basis == .englishByDefault)
        let inCorpus = Extractor(corpusLanguage: .es).languageDecision(for: text)
        #expect(inCorpus.language == .es && inCorpus.basis == .corpus)
        #expect(Extractor(language: .fr).languageDecision(for: text) == .given(.fr))
    }

    /// A text of numbers and punctuation has no word to look up: no state-name cue, and English by default. A state
    /// name among numbers still counts ("Rusia 2, Ucrania 1").
    @Test func aTextWithoutWordsHasNoStateCue() {
        #expect(LanguageDetector.stateWordCues(Tokenizer.tokenize(Array("2022 — 3, 4 ; 5 ?".unicodeScalars))) == [0, 0, 0])
        #expect(LanguageDetector.stateWordCues(Tokenizer.tokenize(Array("Rusia 2, Ucrania 1".unicodeScalars)))[LanguageDetector.slot(.es)] == 2)
        let decision = Extractor().languageDecision(for: "2022 — 3, 4 ; 5 ?")
        #expect(decision.language == .en && decision.basis == .englishByDefault)
    }

    @Test func aCapitalisedArticleBeforeANameIsNoCue() {
        // "Le Drian" is a surname, not a French article: the sentence is English.
        #expect(Extractor.detectLanguage("Le Drian met Blinken in Washington.") == .en)
    }

    /// "de la", "al", "de los" inside a name are the name's, not the article's: they are no cue to its language.
    @Test("a particle inside a person's name is no cue", arguments: [
        ("Pedro de la Rosa met Antony Blinken.", Language.en),
        ("Olena de los Santos met Antony Blinken in Kyiv.", .en),
        ("Bashar al Assad a rencontré Vladimir Poutine.", .fr),
        ("Abdel Fattah el Sisi a condamné Israël.", .fr),
    ])
    func particlesInsideNames(text: String, language: Language) {
        let decision = Extractor().languageDecision(for: text)
        #expect(decision.language == language, "\(decision)")
        #expect(decision.basis != .corpus)
    }

    @Test func particlesBetweenOrdinaryWordsStillCount() {
        // "de la" between lower-case words is the article's: both "la" count, as before.
        #expect(Extractor().languageDecision(for: "Le Brésil respecte la décision de la cour.").cues[.fr] == 2)
    }

    /// Headlines in the present with no function word of their language: the names of states and capitals as only
    /// one language spells them, an elided article, a present tense ending.
    @Test("a headline of names and a present tense", arguments: [
        ("Rusia invade Ucrania", Language.es),
        ("Macron visita Argelia", .es),
        ("Israel bombardea Gaza", .es),
        ("Alemania expulsa a diplomáticos rusos", .es),
        ("L'Iran saisit un pétrolier", .fr),
        ("Macron en visite en Algérie", .fr),
        ("Poutine rencontre Xi à Pékin", .fr),
        ("Russia invades Ukraine", .en),
        ("Germany expels Russian diplomats", .en),
    ])
    func headlines(text: String, language: Language) {
        let decision = Extractor().languageDecision(for: text)
        #expect(decision.language == language && decision.basis == .detected, "\(decision)")
    }

    @Test func statesNamedInOneLanguageOnlyBreakATie() {
        // The function words say English; the Spanish names of the states do not outvote them.
        #expect(Extractor().languageDecision(for: "Rusia and Ucrania signed the deal.").language == .en)
        #expect(LanguageDetector.stateWordCues(Document(text: "Rusia, Allemagne, Germany, Israel", language: .en).tokens) == [1, 1, 1])
    }

    @Test func decisionSaysHowItWasMade() {
        #expect(Extractor().languageDecision(for: "Brazil supported Argentina.").description == "en (detected: cues en 1, fr 0, es 0)")
        #expect(Extractor().languageDecision(for: "Lula Macron.").description == "en (unsure: cues en 0, fr 0, es 0; English by default)")
        #expect(LanguageDecision.given(.es).description == "es (given)")
    }

    /// Whether an ending starts with "é", read on the bytes, answers as walking the text's scalars back does.
    @Test func accentOfEndingReadOnBytesAgreesWithScalars() {
        let words = ["condamnée", "condamnées", "réunies", "signe", "é", "ée", "", "e\u{301}e", "Éé", "ÉTÉ", "aéb", "日本é", "é日", "ée日"]
        for word in words {
            for length in 1...4 {
                let expected = word.unicodeScalars.reversed().dropFirst(length - 1).first == "é"
                let found = Array(word.utf8).withUnsafeBufferPointer { LanguageDetector.isAccented(utf8: $0, endingLength: length) }
                #expect(found == expected, "\(word) \(length)")
            }
        }
    }

    /// The language a document of `text` is read in when none is given: detected from its own tokens.
    private func detected(_ text: String) -> Language {
        Document(text: text) { LanguageDetector.decide($0, corpusLanguage: nil) }.language
    }
}
