import Testing
@testable import RelGraph

/// LanguageDetector: counts function words of French, English and Spanish.
@Suite("LanguageDetector")
struct LanguageDetectorTests {
    @Test func detectsFrench() {
        #expect(Extractor.detectLanguage("Le Maroc et l'Algérie ont rouvert leur frontière, selon les autorités des deux pays.") == .fr)
        #expect(Document(text: "La Pologne a demandé une aide pour les réfugiés qui sont arrivés dans le pays.").language == .fr)
    }

    @Test func detectsEnglish() {
        #expect(Extractor.detectLanguage("Japan and South Korea said that the talks were held with the aim of ending the dispute.") == .en)
        #expect(Document(text: "Kenya's president said it was time for the region to act.").language == .en)
    }

    @Test func detectsSpanish() {
        #expect(Extractor.detectLanguage("El gobierno de Brasil y los negociadores de Argentina firmaron un acuerdo que fue celebrado por sus socios.") == .es)
        #expect(Document(text: "Según el canciller, los dos países han acordado una tregua con sus vecinos.").language == .es)
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
}
