import Testing
@testable import RelGraph

/// TitlePhrase, read through ActorFinder: titles before a name, apposed titles,
/// and titles without a name resolved to the person or to the state.
@Suite("TitlePhrase")
struct TitlePhraseTests {
    private func onlyPerson(_ text: String, _ language: Language) -> Person? {
        Probe.persons(text, language).onlyElement
    }

    // MARK: Title before the name

    @Test func frenchTitleWithDemonymAndPortfolio() throws {
        let person = try #require(onlyPerson("Le ministre brésilien des Affaires étrangères Carlos Mendonça est arrivé à Buenos Aires.", .fr))
        #expect(person.name == "Carlos Mendonça")
        #expect(person.id == "person:carlos-mendonca")
        #expect(person.country == "BRA")
        #expect(person.role == "ministre brésilien des Affaires étrangères")
    }

    /// "le président de la République du Kenya, le président X": the office named again after a comma, with no state
    /// of its own, is the state's named just before; a different office is not.
    @Test func theSameOfficeNamedAgainAfterACommaIsTheStatesBefore() throws {
        let person = try #require(Probe.persons(
            "Le président de la République du Kenya, le président Daniel Mwangi, est arrivé à Kampala.", .fr)
            .first { $0.name == "Daniel Mwangi" })
        #expect(person.country == "KEN")
        let english = try #require(Probe.persons(
            "The President of the Republic of Kenya, President Daniel Mwangi, arrived in Kampala.", .en)
            .first { $0.name == "Daniel Mwangi" })
        #expect(english.country == "KEN")
        let other = try #require(Probe.persons(
            "Le président de la République du Kenya, le ministre Daniel Mwangi, est arrivé à Kampala.", .fr)
            .first { $0.name == "Daniel Mwangi" })
        #expect(other.country == nil)
    }

    /// "the Togolese ambassador, the foreign ministry will…": an article and a portfolio word after the comma open a
    /// phrase of their own; the ambassador's phrase ends at the comma.
    @Test func anArticleAfterTheCommaEndsTheEnvoysPhrase() {
        let mentions = Probe.mentions("In addition to summoning the Togolese ambassador, the foreign ministry will send back the Ghanaian ambassador to Lome.", .en)
        #expect(mentions.contains("Togolese ambassador=TGO"))
        #expect(!mentions.contains { $0.contains("foreign") })
    }

    /// "el líder del Frente Popular, X": a name after an institution's own word is the body's, not the leader's.
    @Test func aNameAfterAnInstitutionsWordIsTheBodys() {
        let mentions = Probe.mentions("El líder del Frente Popular, Kofi Mensah, llegó a Lomé.", .es)
        #expect(!mentions.contains { $0.contains("person:popular") })
        #expect(mentions.contains { $0.hasSuffix("=person:kofi-mensah") })
    }

    /// "Chinese foreign ministry spokesperson X": the state before the body's words is the official's.
    @Test func theStateBeforeABodysWordsIsTheOfficials() throws {
        let person = try #require(onlyPerson("Chinese foreign ministry spokesperson Lin Jian criticised Japan.", .en))
        #expect(person.country == "CHN")
    }

    /// "its ambassador to Kenya X… the Kenyan ambassador": the state an envoy is posted to never becomes theirs, even
    /// through a later title that names it.
    @Test func anEnvoysPostingNeverBecomesTheirState() throws {
        let person = try #require(Probe.persons("""
            The Somali government said it had recalled its ambassador to Kenya Mohamed Ali Nur. It also ordered the \
            Kenyan ambassador to return to Nairobi.
            """, .en).first { $0.name == "Mohamed Ali Nur" })
        #expect(person.country != "KEN")
    }

    /// A diplomat serves where they are posted: the posting is not their state, while an official in a capital is its.
    @Test func aDiplomatsPostingIsNotTheirState() {
        #expect(!Probe.mentions("The most senior diplomat in Kampala was summoned.", .en).contains { $0.hasSuffix("=UGA") && $0.contains("diplomat") })
        #expect(Probe.events("Kenya's most senior diplomat in Kampala was summoned by Uganda's foreign ministry.", .en) == ["UGA ACCUSE KEN"])
    }

    /// A captain heading a junta is named with his rank, as a general or a colonel is: the name and the state it
    /// serves make one official who acts.
    @Test(arguments: [
        ("Le chef du régime militaire du Ghana, le capitaine Kofi Mensah, a accusé vendredi le Togo voisin d'accueillir des rebelles.", .fr),
        ("El jefe de la junta militar de Ghana, el capitán Tchassona Traoré, acusó el viernes a Togo de albergar a rebeldes.", .es),
        ("The head of Ghana's military junta, Captain Tchassona Traore, accused neighbouring Togo on Friday of harbouring rebels.", .en),
    ] as [(String, Language)])
    func aCaptainsRankIsATitle(_ text: String, _ language: Language) {
        #expect(Probe.events(text, language).contains { $0.hasPrefix("person:") && $0.hasSuffix("ACCUSE TGO") })
    }

    /// "porte-parole du Premier ministre": a title after "of" says whose the office is; the spokesman is no leader
    /// that "les deux dirigeants" could stand for.
    @Test func aTitleAfterOfNamesWhoseTheOfficeIs() {
        let text = """
            Le président togolais Jean Houngbo s'est entretenu avec le Premier ministre ghanéen Kofi Mensah, a déclaré Ali \
            Moussa, porte-parole du Premier ministre ghanéen. Les deux dirigeants ont salué la coopération entre les deux \
            pays, a déclaré Ali Moussa.
            """
        let events = Probe.events(text, .fr)
        #expect(!events.contains { $0.hasPrefix("person:ali-moussa") })
        #expect(events.contains("person:jean-houngbo SUPPORT GHA"))
    }

    /// "el encargado de negocios del presidente togolés X": a name right after the title after "of" is that title's
    /// holder, whom "el presidente togolés" names again later; the first office is of someone left unnamed.
    @Test func aNameAfterTheOwnersTitleIsTheOwners() {
        let text = """
            El canciller ghanés, Kofi Mensah, se reunió con el encargado de negocios del presidente togolés Jean Houngbo. \
            Más tarde, Kofi Mensah criticó al presidente togolés.
            """
        let events = Probe.events(text, .es)
        #expect(events.contains("person:kofi-mensah ACCUSE person:jean-houngbo"))
        #expect(!events.contains("person:kofi-mensah ACCUSE TGO"))
    }

    /// "son ambassadeur au Togo pour des consultations": after a posting, "pour" says why, and opens no portfolio that
    /// would swallow the posting.
    @Test func aPurposeAfterAPostingLeavesThePostingNamed() {
        #expect(Probe.mentions("Le Ghana a ordonné le retrait de son ambassadeur au Togo pour des consultations.", .fr).contains { $0.hasSuffix("=TGO") })
        #expect(Probe.events("Le Ghana a ordonné le retrait de son ambassadeur au Togo pour des consultations.", .fr)
            == ["GHA SANCTION TGO", "GHA ACCUSE TGO"])
    }

    /// "los diplomáticos cubanos de Ecuador": once a demonym says whose the diplomats are, the state after "de" is where
    /// they come from, a mention of its own; "su homólogo de X" is still X's.
    @Test func aStateAfterADemonymsTitleIsWhereTheyComeFrom() {
        let mentions = Probe.mentions("Honduras rechazó la salida de los diplomáticos cubanos de Ecuador.", .es)
        #expect(mentions.contains { $0.hasSuffix("=ECU") && !$0.contains("diplomáticos") })
        #expect(mentions.contains { $0.contains("diplomáticos cubanos") && $0.hasSuffix("=CUB") })
        #expect(Probe.mentions("Honduras recibió a su homólogo de Ecuador.", .es).contains { $0.contains("homólogo de Ecuador") && $0.hasSuffix("=ECU") })
    }

    /// "retiró a sus diplomáticos de X": a possessive says whose the envoys are, so the state after "de" is where they
    /// leave, a mention of its own; "los diplomáticos de X" are still X's.
    @Test func aStateAfterAPossessedEnvoyIsWhereTheyLeave() {
        let mentions = Probe.mentions("Bolivia retiró a sus diplomáticos de Paraguay.", .es)
        #expect(mentions.contains { $0.hasSuffix("=PRY") && !$0.contains("diplomáticos") })
        #expect(Probe.mentions("Le Gabon rappelle ses diplomates de Tunisie.", .fr).contains { $0.hasSuffix("=TUN") && !$0.contains("diplomates") })
        #expect(Probe.mentions("Bolivia expulsó a los diplomáticos de Paraguay.", .es).contains { $0.contains("diplomáticos de Paraguay") && $0.hasSuffix("=PRY") })
    }

    /// "the foreign ministers of X, Y and Z": a state after the comma goes on the list, and names no title holder.
    @Test func statesListedAfterATitleAreEachTheirOwnMention() {
        let mentions = Probe.mentions("Iran met the foreign ministers of Pakistan, Qatar and Oman.", .en)
        #expect(mentions.contains { $0.hasSuffix("=QAT") && !$0.contains("ministers") })
        #expect(!mentions.contains { $0.contains("Pakistan, Qatar") })
    }

    /// "el primer ministro del país, X": "the country" goes on the office, and the name after the comma is its holder's.
    @Test func aTitleOfTheCountryIsNamedAfterTheComma() throws {
        let person = try #require(onlyPerson("Tras la reunión, el primer ministro del país, Sok Vanna, acusó a Laos.", .es))
        #expect(person.name == "Sok Vanna")
        #expect(person.country == nil)
        #expect(Probe.events("Tras la reunión, el primer ministro del país, Sok Vanna, acusó a Laos.", .es) == ["person:sok-vanna ACCUSE LAO"])
    }

    @Test func englishTitleWithDemonym() throws {
        let person = try #require(onlyPerson("Kenyan President John Mwangi arrived in Addis Ababa on Monday.", .en))
        #expect(person.name == "John Mwangi")
        #expect(person.country == "KEN")
        #expect(person.role == "President")
        #expect(person.roleKey == "president")
    }

    @Test func spanishTitleWithDemonym() throws {
        let person = try #require(onlyPerson("El canciller argentino Martín Ferreyra llegó a Brasilia con su delegación.", .es))
        #expect(person.name == "Martín Ferreyra")
        #expect(person.country == "ARG")
        #expect(person.role == "canciller argentino")
        #expect(person.roleKey == "foreign minister")
    }

    @Test func titleMentionCoversTheWholePhrase() {
        #expect(Probe.mentions("Le ministre brésilien des Affaires étrangères Carlos Mendonça est arrivé.", .fr)
            == ["ministre brésilien des Affaires étrangères Carlos Mendonça=person:carlos-mendonca"])
        #expect(Probe.mentions("Kenyan President John Mwangi arrived in Addis Ababa on Monday.", .en).first
            == "Kenyan President John Mwangi=person:john-mwangi")
    }

    /// "a" (has) is no "à" once accents are folded: "le ministre ghanéen a jugé…" holds no posting with a judge.
    @Test func aFrenchVerbSpeltAsAPrepositionEndsTheTitle() {
        #expect(Probe.mentions("Le ministre ghanéen a jugé inacceptable la décision.", .fr) == ["ministre ghanéen=GHA"])
        #expect(Probe.mentions("Le ministre ghanéen délégué à la Défense est arrivé.", .fr).first?.hasPrefix("ministre ghanéen délégué à la Défense") == true)
    }

    @Test func frenchTitleWithoutDemonymHasCanonicalRole() throws {
        let person = try #require(onlyPerson("Le ministre des Affaires étrangères Carlos Mendonça est arrivé à Buenos Aires.", .fr))
        #expect(person.roleKey == "foreign minister")
    }

    @Test func possessiveStateBeforeTitle() throws {
        let person = try #require(onlyPerson("Japan's prime minister Hiroshi Sato said the talks had failed.", .en))
        #expect(person.country == "JPN")
        #expect(person.roleKey == "prime minister")
    }

    @Test func stateAfterTitleWithDe() throws {
        let person = try #require(onlyPerson("Le président du Kenya, John Mwangi, a quitté Addis-Abeba.", .fr))
        #expect(person.name == "John Mwangi")
        #expect(person.country == "KEN")
    }

    // MARK: Apposition

    @Test func appositionEnglish() {
        let text = "Jan Kowalczyk, Poland's ambassador to Berlin, said that Germany had rejected the proposal."
        let graph = Probe.graph(text, .en)
        #expect(graph.node("person:jan-kowalczyk")?.country == "POL")
        #expect(graph.node("person:jan-kowalczyk")?.role == "ambassador")
        #expect(Probe.edges(text, .en).contains("person:jan-kowalczyk AFFILIATION POL"))
        // The posting "to Berlin" is not the ambassador's state.
        #expect(!Probe.edges(text, .en).contains("person:jan-kowalczyk AFFILIATION DEU"))
    }

    /// The body between a state and a posted role is the posting: "Chile's U.N. ambassador" serves Chile at the UN.
    @Test func aBodyBeforeAPostedRoleIsThePosting() {
        let text = "Jan Kowalczyk, Poland's U.N. ambassador, said that Germany had rejected the proposal."
        #expect(Probe.persons(text, .en).map(\.country) == ["POL"])
        let edges = Probe.edges(text, .en)
        #expect(edges.contains("person:jan-kowalczyk AFFILIATION POL"))
        #expect(!edges.contains { $0.contains("org:UN") })
        #expect(Probe.edges("The Polish UN envoy criticized Germany.", .en) == ["POL ACCUSE DEU"])
        // A body's own officials stay the body's.
        #expect(Probe.edges("The UN envoy criticized Germany.", .en) == ["org:UN ACCUSE DEU"])
    }

    @Test func appositionFrench() {
        let text = "Jan Kowalczyk, ambassadeur de Pologne à Berlin, a déclaré que l'Allemagne avait rejeté la proposition."
        #expect(Probe.persons(text, .fr).map(\.country) == ["POL"])
        #expect(Probe.edges(text, .fr).contains("person:jan-kowalczyk AFFILIATION POL"))
    }

    @Test func appositionSpanish() {
        let text = "Jan Kowalczyk, embajador de Polonia en Berlín, dijo que Alemania había rechazado la propuesta."
        #expect(Probe.persons(text, .es).map(\.country) == ["POL"])
        #expect(Probe.edges(text, .es).contains("person:jan-kowalczyk AFFILIATION POL"))
    }

    // MARK: Title without a name

    @Test func titleOnlyResolvesToThePersonFrench() {
        let text = "Le Premier ministre japonais Hiroshi Sato a reçu une délégation. Le Premier ministre japonais a ensuite salué Séoul."
        #expect(Probe.mentions(text, .fr).contains("Premier ministre japonais=person:hiroshi-sato"))
        #expect(Probe.events(text, .fr) == ["person:hiroshi-sato SUPPORT KOR"])
    }

    @Test func titleOnlyResolvesToThePersonEnglish() {
        let text = "Kenyan President John Mwangi landed in Addis Ababa. The Kenyan president later praised Ethiopia."
        #expect(Probe.mentions(text, .en).contains("Kenyan president=person:john-mwangi"))
        #expect(Probe.events(text, .en) == ["person:john-mwangi SUPPORT ETH", "person:john-mwangi CONSULT ETH"])
    }

    @Test func titleOnlyResolvesToThePersonSpanish() {
        let text = "El presidente argentino Martín Ferreyra habló con los periodistas. Luego el presidente argentino elogió a Brasil."
        #expect(Probe.mentions(text, .es).contains("presidente argentino=person:martin-ferreyra"))
        #expect(Probe.events(text, .es) == ["person:martin-ferreyra SUPPORT BRA"])
    }

    @Test func titleOnlyWithoutKnownPersonIsTheState() {
        #expect(Probe.events("Le président marocain a condamné l'Algérie.", .fr) == ["MAR ACCUSE DZA"])
        #expect(Probe.events("The Japanese prime minister condemned North Korea on Monday.", .en) == ["JPN ACCUSE PRK"])
        #expect(Probe.events("El presidente argentino condenó a Chile por la crisis y los incidentes.", .es) == ["ARG ACCUSE CHL"])
        #expect(Probe.graph("Le président marocain a condamné l'Algérie.", .fr).nodes.allSatisfy { $0.kind == .state })
    }

    @Test func titleOfAnotherStateDoesNotResolveToThePerson() {
        let text = "Le président kényan John Mwangi est arrivé. Le président éthiopien a condamné la Somalie."
        #expect(Probe.events(text, .fr) == ["ETH ACCUSE SOM"])
    }

    /// "the officials of the Australian Customs and Border Protection Service": a name after an article and a demonym is
    /// the body's, not an official's.
    @Test func aNameAfterAnArticleAndADemonymIsTheBodys() {
        let mentions = Probe.mentions("He thanked the officials of the Chilean Customs and Border Protection Service for their help.", .en)
        #expect(!mentions.contains { $0.contains("person:") })
        #expect(mentions.contains { $0.hasSuffix("=CHL") })
    }
}

/// A title word used as an adjective is no official.
@Suite("Titles as adjectives")
struct TitleAdjectiveTests {
    @Test func diplomaticRelationsAreNoDiplomats() {
        let events = Probe.events("El Gobierno de Chile anunció la ruptura de relaciones diplomáticas con Bolivia.", .es)
        #expect(events.contains("CHL SANCTION BOL"))
        #expect(!events.contains("BOL SANCTION CHL"))
    }

    @Test func qualifiedTitlesStillCount() {
        let events = Probe.events("Le Kenya et d'autres responsables éthiopiens ont appelé l'Ouganda à négocier.", .fr)
        #expect(events.contains("ETH REQUEST UGA"))
    }
}

/// "Le commissaire européen X", "European Commissioner X": a title the region's adjective qualifies serves the region's
/// body.
@Suite("Titles of a region's body")
struct RegionBodyTitleTests {
    @Test func aEuropeanTitleServesTheEU() {
        for (text, language) in [("Le commissaire européen Arnaud Teyssier a critiqué le Chili.", Language.fr),
                                 ("European Commissioner Arnaud Teyssier criticised Chile.", .en),
                                 ("El comisario europeo Arnaud Teyssier criticó a Chile.", .es)] {
            let graph = Probe.graph(text, language)
            #expect(graph.edges.contains { $0.source == "person:arnaud-teyssier" && $0.target == "org:EU" && $0.type == .affiliation }, "\(text)")
            #expect(Probe.events(text, language) == ["person:arnaud-teyssier ACCUSE CHL"], "\(text)")
        }
    }

    /// Only a title's own adjective: the region elsewhere in the sentence gives no one a body.
    @Test func aRegionElsewhereGivesNoBody() {
        let graph = Probe.graph("Minister Arnaud Teyssier criticised Chile during a European tour.", .en)
        #expect(!graph.edges.contains { $0.type == .affiliation && $0.target == "org:EU" })
    }

    /// "su par togolés X": the title's own word spells the French "par", but opens no body: the name is the official's.
    @Test func aTitleSpelledLikeAPrepositionStillTakesItsName() {
        #expect(Probe.mentions("El presidente ghanés Ali Moussa se reunió con su par togolés Kofi Mensah.", .es)
            .contains("par togolés Kofi Mensah=person:kofi-mensah"))
        #expect(Probe.mentions("La ministra de Relaciones Exteriores de Ghana, Ama Koffi, viajó a Lomé.", .es)
            .contains { $0.hasSuffix("=person:ama-koffi") })
    }
}
