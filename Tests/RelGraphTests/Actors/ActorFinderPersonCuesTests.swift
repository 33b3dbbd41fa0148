import Testing
@testable import RelGraph

/// ActorFinder+Persons and NameScanner: courtesy titles, given names that are state names, initials, place names,
/// institution names, and surnames repeated after a full mention.
@Suite("ActorFinder person cues")
struct ActorFinderPersonCuesTests {
    private func names(_ text: String, _ language: Language) -> [String] {
        Probe.persons(text, language).map(\.name).sorted()
    }

    // MARK: Witnesses

    /// A journalist, an analyst or a scholar, named with their profession or after a news outlet's possessive, reports
    /// on the events and takes no part in them; an official beside them does.
    @Test func thoseWhoReportOrStudyAreNoActors() {
        #expect(names("The BBC's James Kariuki in Nairobi says Kenyan President William Ruto will travel to Kampala.", .en)
            == ["William Ruto"])
        #expect(names("El presidente keniano William Ruto concedió una entrevista al periodista Juan Pérez.", .es) == ["William Ruto"])
        #expect(names("«Es una crisis», señala Mauricio Ortega, docente de la Universidad de Nairobi.", .es).isEmpty)
        #expect(names("Selon le politologue Jean Dupuis, le président kényan William Ruto ira à Kampala.", .fr) == ["William Ruto"])
    }

    // MARK: Courtesy titles

    @Test func courtesyTitlesMakeASurnameAPerson() {
        #expect(names("Dans le même temps, M. Kerbrat sort renforcé.", .fr) == ["Kerbrat"])
        #expect(names("Mrs. Okonkwo thanked the delegates.", .en) == ["Okonkwo"])
        #expect(names("La Sra. Izaguirre recibió al embajador.", .es) == ["Izaguirre"])
    }

    /// A place noun after a state's name completes a place name, even before a comma and a title.
    @Test func aPlaceNounAfterAStateNameIsNoPerson() {
        #expect(names("The sales endanger peace across the Taiwan Strait, the spokesperson said.", .en).isEmpty)
        #expect(names("Tension rose in the Persian Gulf, the minister said.", .en).isEmpty)
        #expect(names("Ruto Kiprop, the spokesperson, said the sales endanger peace.", .en) == ["Ruto Kiprop"])
    }

    @Test func aCourtesyTitleIsNotPartOfTheName() {
        #expect(Probe.mentions("La Sra. Izaguirre recibió al embajador.", .es) == ["Sra. Izaguirre=person:izaguirre"])
    }

    @Test func theHonourable() {
        #expect(Probe.mentions("He will meet Hon Tevita Naulu on Friday.", .en) == ["Hon Tevita Naulu=person:tevita-naulu"])
    }

    /// "His Excellency" and "Son Excellence" are no part of the name either.
    @Test func hisExcellency() {
        #expect(Probe.nodeIDs("The president received H.E. Tevita Naulu on Friday.", .en).contains("person:tevita-naulu"))
        #expect(Probe.nodeIDs("Le président a reçu S.E. Tevita Naulu vendredi.", .fr).contains("person:tevita-naulu"))
    }

    // MARK: Sentence adverbs

    @Test func aSentenceAdverbBeforeAnApposedTitleIsNoPerson() {
        #expect(names("Posteriormente, el canciller condenó a Irán.", .es).isEmpty)
        #expect(names("Parallèlement, le président a condamné l'Iran.", .fr).isEmpty)
        #expect(names("Separately, the foreign minister condemned Iran.", .en).isEmpty)
        #expect(Probe.graph("Finally, the president condemned Iran.", .en).edges.isEmpty)
    }

    @Test func aFullNameOrAKnownSurnameOpeningTheSentenceKeepsItsTitle() {
        #expect(names("Tomás Irigoyen, el canciller chileno, condenó a Irán.", .es) == ["Tomás Irigoyen"])
        #expect(names("Mr. Okafor, the foreign minister, condemned Iran.", .en) == ["Okafor"])
        #expect(names("Macron, le président français, a condamné l'Iran.", .fr) == ["Macron"])
    }

    // MARK: Surnames that are common words

    @Test func aCommonWordAfterAKnownGivenNameIsTheSurname() {
        #expect(names("The British envoy Theresa May met the minister.", .en) == ["Theresa May"])
        #expect(names("La embajadora Theresa May se reunió con el ministro.", .es) == ["Theresa May"])
        // Not after a word that is no given name.
        #expect(!names("In May, the envoy John Smith met the minister.", .en).contains { $0.contains("May") })
    }

    // MARK: Names that act in a compound tense

    @Test func aFullNameBeforeAnAuxiliaryAndAVerbIsAPerson() {
        #expect(names("Kwabena Mensah a accueilli le ministre à Accra.", .fr) == ["Kwabena Mensah"])
        #expect(names("Tuilagi Fonoti ha sido detenido en Apia.", .es) == ["Tuilagi Fonoti"])
        #expect(names("Ravshan Tursunov has welcomed the decision.", .en) == ["Ravshan Tursunov"])
        // An article or a common noun in the name, or a single word, makes no person.
        #expect(names("El Gobierno ha estipulado la compra de vacunas.", .es).isEmpty)
        #expect(names("Then Mensah has welcomed the decision.", .en).isEmpty)
    }

    // MARK: Plural titles

    @Test func aPluralTitleIsNoPersonTheArticleNames() {
        let text = "La delegación viajó con los embajadores de Alemania y Cuba. La embajadora Raquel Ibarra la encabezaba."
        #expect(Probe.mentions(text, .es).first == "embajadores de Alemania=DEU")
        let person = Probe.persons(text, .es).first { $0.name == "Raquel Ibarra" }
        #expect(person != nil && person?.country == nil)
    }

    // MARK: Given names that are state names

    @Test func aStateNameThatIsAGivenNameBeforeASurname() throws {
        let graph = Probe.graph("El canciller Mauricio Irazábal pidió a la ONU un reparto justo de vacunas.", .es)
        #expect(!graph.nodes.contains { $0.id == "MUS" })
        let person = try #require(Probe.persons("El canciller Mauricio Irazábal pidió a la ONU un reparto justo.", .es).onlyElement)
        #expect(person.name == "Mauricio Irazábal")
    }

    /// "Israel", "Chad", "Jordan" are given names too: before a surname in a title's apposition they are no state.
    @Test(arguments: [
        ("The Foreign Minister of Togo, Israel Mensah, visited Accra.", .en, "ISR"),
        ("El ministro de Exteriores togolés, Chad Mensah, visitó Accra.", .es, "TCD"),
        ("The Foreign Minister of Togo, Jordan Mensah, visited Accra.", .en, "JOR"),
    ] as [(String, Language, String)])
    func aStateNameThatIsAGivenNameOpensAnOfficialsName(_ text: String, _ language: Language, _ state: String) {
        let graph = Probe.graph(text, language)
        #expect(!graph.nodes.contains { $0.id == state })
        #expect(Probe.events(text, language).contains { $0.hasPrefix("person:") && $0.hasSuffix("CONSULT GHA") })
    }

    @Test func theStateStaysBeforeAnInstitution() {
        #expect(Probe.mentions("Georgia signed the agreement with Armenia.", .en) == ["Georgia=GEO", "Armenia=ARM"])
    }

    // MARK: Initials

    @Test func initialsJoinedByStops() {
        #expect(names("Senior Adviser J.K. Ostrander later told reporters that the talks had ended.", .en) == ["J.K. Ostrander"])
    }

    // MARK: Places are no persons

    @Test func placeNamesAreNoPersonsSpanish() {
        #expect(names("El presidente recibió al canciller en el Palacio Nacional.", .es).isEmpty)
        #expect(names("El avión aterrizó en el Aeropuerto Internacional Benito Juárez.", .es).isEmpty)
        // A surname that is also a place noun stays a name where the head cannot stand.
        #expect(names("La canciller Ana Palacio viajó a Rabat.", .es) == ["Ana Palacio"])
        // The head's adjective may stand between it and the name.
        #expect(names("Los deportados fueron recibidos en el puente internacional Kofi Mensah.", .es).isEmpty)
        #expect(names("Le vol a atterri à l'aéroport international Jean Houngbo.", .fr).isEmpty)
    }

    @Test func placeNamesAreNoPersonsEnglish() {
        #expect(names("Officials met at Galeão Airport and later at Planalto Palace.", .en).isEmpty)
        #expect(names("The delegation landed at John Kennedy International Airport.", .en).isEmpty)
    }

    @Test func placeNamesAreNoPersonsFrench() {
        #expect(names("Les manifestants se sont réunis place Georges Pompidou.", .fr).isEmpty)
        #expect(names("Le vol a atterri à l'aéroport Jean Lesage.", .fr).isEmpty)
    }

    /// "à l'aéroport international de Carthage, le président…": a name that a place noun governs through "de" is a
    /// place, whatever title follows its comma; a name after "par" is still the agent.
    @Test func aNameAPlaceNounGovernsThroughDeIsNoPerson() {
        #expect(names("À son arrivée à l'aéroport international de Valdoria, le président a été reçu par son homologue.", .fr).isEmpty)
        #expect(names("Llegó al palacio presidencial de Valdoria, dijo el canciller.", .es).isEmpty)
        #expect(names("Il a été accueilli à l'aéroport par Jorge Quispe.", .fr) == ["Jorge Quispe"])
    }

    // MARK: Institution names

    @Test func aWordAfterOfInAnInstitutionIsNoSpeaker() {
        #expect(names("The US Department of State said on Sunday that talks would resume.", .en).isEmpty)
    }

    @Test func aPortfolioAfterOfInAnInstitutionIsNoSpeaker() {
        #expect(names("The Ghanaian Ministry of Foreign Affairs said on Monday that it would respond.", .en).isEmpty)
        #expect(names("El Ministerio de Asuntos Exteriores informó el lunes que respondería.", .es).isEmpty)
        #expect(names("The Ghanaian Ministry for Foreign Affairs said on Monday that it would respond.", .en).isEmpty)
        // A speaker after a portfolio's title is still a speaker.
        #expect(names("The Minister of Foreign Affairs Kofi Mensah said on Monday that talks would resume.", .en)
            == ["Kofi Mensah"])
    }

    // MARK: Surnames and given names repeated after a full mention

    @Test func theGivenNamesAloneResolveToThePersonNamedInFull() {
        let persons = Probe.persons("La canciller María Ángela Restrepo firmó el acuerdo. La canciller María Ángela estuvo acompañada.", .es)
        #expect(persons.map(\.name) == ["María Ángela Restrepo"])
    }

    @Test func aSurnameAloneResolvesToThePersonNamedInFull() {
        let (document, result) = Probe.actors("Le président déchu Anselme Kouadio a quitté le pays. Kouadio a demandé l'aide du Ghana.", .fr)
        _ = document
        let refs = result.mentions.flatMap { $0 }.flatMap(\.refs).compactMap(\.personIndex)
        #expect(refs.count == 2)
        #expect(Set(refs).count == 1)
    }

    // MARK: Places before a comma and a title

    /// "dans la mer X, le Premier ministre grec a déclaré": a name a place noun opens is a place, and the title after
    /// its comma is the next clause's subject, not its apposition.
    @Test func aNameAPlaceNounOpensIsNoPersonBeforeATitle() {
        let persons = Probe.persons("Interrogé sur les manœuvres dans la mer Orvanie, le ministre grec a répondu sans détour.", .fr)
        #expect(persons.isEmpty)
        let named = Probe.persons("Interrogé sur les manœuvres, Dimitris Kalos, le ministre grec, a répondu sans détour.", .fr)
        #expect(named.map(\.name) == ["Dimitris Kalos"])
        #expect(Probe.persons("Preguntado por las maniobras en el golfo Ardano, el ministro chileno respondió sin rodeos.", .es).isEmpty)
    }

    // MARK: Nouns of nationality

    /// "le Togolais X", "el togolés X": the demonym after an article and before a name is the person's nationality, so
    /// the person, not the state, is the subject; being a national is no office, so no affiliation is drawn from it.
    @Test func aNationalityNounBeforeANameBelongsToThePerson() {
        let text = "Le Togolais Kofi Mensah et son homologue ghanéen Ali Moussa se sont rencontrés à Lomé."
        #expect(Probe.mentions(text, .fr).first == "Togolais Kofi Mensah=person:kofi-mensah")
        #expect(Probe.events(text, .fr) == ["person:kofi-mensah CONSULT person:ali-moussa"])
        #expect(!Probe.edges(text, .fr).contains("person:kofi-mensah AFFILIATION TGO"))
        #expect(Probe.events("El togolés Kofi Mensah y su homólogo ghanés Ali Moussa se reunieron en Lomé.", .es)
            == ["person:kofi-mensah CONSULT person:ali-moussa"])
    }
}
