import Testing
@testable import RelGraph

/// NameScanner: surnames with particles are read whole, in all three languages.
@Suite("NameScanner")
struct NameScannerTests {
    @Test("a surname in capitals after a known given name; courtesy titles opened by a possessive")
    func capitalSurnamesAndExcellencies() {
        #expect(Probe.mentions("Le Président John MAHAMA a reçu le ministre.", .fr) == ["Président John MAHAMA=person:john-mahama"])
        #expect(Probe.persons("Le président ghanéen, Son Excellence Monsieur John MAHAMA, a reçu le ministre.", .fr).map(\.name) == ["John Mahama"])
        #expect(Probe.mentions("Le Président John ONU a parlé.", .fr).allSatisfy { !$0.contains("john-onu") })
    }

    @Test("French: capitalised Le and La, de, du, surnames that are common words")
    func frenchParticles() {
        #expect(Probe.mentions("La ministre Camille Le Goff a rencontré le ministre Louis de la Tour.", .fr)
            == ["ministre Camille Le Goff=person:camille-le-goff", "ministre Louis de la Tour=person:louis-de-la-tour"])
        // "Le Maire": "maire" (mayor) is a common word, a surname after the particle.
        #expect(Probe.mentions("Le ministre Paul Le Maire a critiqué Hugo du Pont.", .fr).first == "ministre Paul Le Maire=person:paul-le-maire")
    }

    @Test("a surname with its particle named alone is the person named in full before")
    func surnameAlone() {
        let mentions = Probe.mentions("La ministre Camille Le Goff est arrivée. Le Goff a déclaré que la France soutient le Mali.", .fr)
        #expect(mentions.filter { $0.hasPrefix("Le Goff") } == ["Le Goff=person:camille-le-goff"])
        let english = Probe.mentions("Commissioner Greta von der Heide arrived. Von der Heide said the EU would help.", .en)
        #expect(english.filter { $0.contains("Heide") } == ["Commissioner Greta von der Heide=person:greta-von-der-heide",
                                                             "Von der Heide=person:greta-von-der-heide"])
    }

    @Test("a Roman numeral closes a name and opens none: English I is a pronoun")
    func romanNumerals() {
        #expect(Probe.mentions("Kenyan President William Ruto said that during the meeting I told the Ethiopian minister.", .en)
            == ["Kenyan President William Ruto=person:william-ruto", "Ethiopian minister=ETH"])
        #expect(Probe.mentions("El rey Juan Carlos I visitó Kenia.", .es).first?.hasPrefix("rey Juan Carlos I=") == true)
    }

    @Test("a capitalised word spelt as an article ends a name: Kim Jong Un")
    func articleEndingAName() {
        #expect(Probe.mentions("The envoy met leader Pak Song Un in the capital.", .en).contains("leader Pak Song Un=person:pak-song-un"))
        // In a text of a language that spells the word as its article, the article opens a sentence the text ran on into.
        #expect(Probe.persons("Le président a reçu Paul Martin Un accord a été signé à Lomé.", .fr).map(\.name) == ["Paul Martin"])
        // The particle that opens a surname is still read as one.
        #expect(Probe.mentions("La ministre Camille Le Goff a rencontré le ministre.", .fr).first == "ministre Camille Le Goff=person:camille-le-goff")
    }

    @Test("a connective opening a sentence is no name")
    func sentenceConnectives() {
        #expect(Probe.mentions("Pourtant, le procureur kényan a accusé l'Ouganda.", .fr) == ["procureur kényan=KEN", "Ouganda=UGA"])
        #expect(Probe.events("Pourtant, le procureur kényan a accusé l'Ouganda.", .fr) == ["KEN ACCUSE UGA"])
        #expect(!Probe.mentions("Nevertheless, Kenya accused Uganda.", .en).contains { $0.hasPrefix("Nevertheless") })
    }

    @Test("English: van der, von der, bin, al-, el-")
    func englishParticles() {
        let mentions = Probe.mentions("The Dutch foreign minister, Pieter van der Berg, met Ahmed bin Rashid, the Emirati envoy.", .en)
        #expect(mentions.contains("Dutch foreign minister, Pieter van der Berg=person:pieter-van-der-berg"))
        #expect(mentions.contains("Ahmed bin Rashid=person:ahmed-bin-rashid"))
        #expect(Probe.mentions("President Karim al-Masri met President Omar el-Tayeb.", .en)
            == ["President Karim al-Masri=person:karim-al-masri", "President Omar el-Tayeb=person:omar-el-tayeb"])
    }

    @Test("Spanish and Portuguese: de la, del, da, dos")
    func spanishParticles() {
        #expect(Probe.mentions("La canciller Ana de la Fuente se reunió con el ministro Paulo dos Reis.", .es)
            == ["canciller Ana de la Fuente=person:ana-de-la-fuente", "ministro Paulo dos Reis=person:paulo-dos-reis"])
        #expect(Probe.mentions("Maria da Costa dijo que Portugal apoya a Chile.", .es).first == "Maria da Costa=person:maria-da-costa")
    }

    @Test("a given name that is also a common word opens a name before a particle")
    func givenNameThatIsACommonWord() {
        #expect(Probe.mentions("Marine Le Pen a déclaré que la France doit agir.", .fr).first == "Marine Le Pen=person:marine-le-pen")
    }

    @Test("an article before a place is no particle")
    func articlesStayArticles() {
        #expect(Probe.mentions("Le Brésil soutient la France.", .fr) == ["Brésil=BRA", "France=FRA"])
        #expect(Probe.mentions("El ministro de Chile visitó La Paz.", .es).allSatisfy { !$0.contains("person:") })
    }

    @Test("the particle table: longest first, capitalised-only forms, surnames of full names")
    func particleTable() {
        #expect(NameParticles.surname(of: "Jean-Yves Le Drian") == "Le Drian")
        #expect(NameParticles.surname(of: "Ursula von der Leyen") == "von der Leyen")
        #expect(NameParticles.surname(of: "Olena Kovalenko") == "Kovalenko")
        #expect(NameParticles.surname(of: "Jean le Grand") == "Grand", "lower-case 'le' is an article, not a particle")
        let tokens = Tokenizer.tokenize(ScalarText.scalars(of: "von der Leyen"))
        #expect(NameParticles.length(at: 0, in: tokens, limit: tokens.count) == 2)
        #expect(LexiconTables.malformedRows.filter { $0.hasPrefix("NameParticles") } == [])
    }

    /// "el acuerdo Marco de Cooperación", "el viceministro Primero de Energía": a portfolio after "de" names a document or
    /// an office, not a family, so no person is read there.
    @Test func aPortfolioAfterDeEndsNoSurname() {
        #expect(Probe.persons("Ambas partes discutieron el acuerdo Marco de Cooperación entre Ghana y Togo.", .es).isEmpty)
        #expect(Probe.persons("La ministra recibió a Ana de la Fuente en Accra.", .es).map(\.name) == ["Ana de la Fuente"])
    }
}
