import Testing
@testable import RelGraph

/// TitlePhrase: portfolios after "for"/"chargé de"/"para", qualifiers after the title, a second title after a comma,
/// and names that belong to the body rather than to the official.
@Suite("TitlePhrase portfolios and qualifiers")
struct TitlePhrasePortfolioTests {
    private func names(_ text: String, _ language: Language) -> [String] {
        Probe.persons(text, language).map(\.name).sorted()
    }

    // MARK: Portfolios

    @Test func englishPortfolioAfterForWithoutComma() {
        #expect(names("Minister for Trade and Regional Development Oren Kalvista arrived in Suva.", .en) == ["Oren Kalvista"])
    }

    @Test func englishPortfolioWithRegionAndComma() {
        #expect(names("The minister for the Pacific, Oren Kalvista, said Fiji would be consulted.", .en) == ["Oren Kalvista"])
    }

    /// A body listed among a ministry's portfolios is the ministry's name, not the body the minister serves.
    @Test func aBodyListedAmongPortfoliosIsNoEmployer() {
        let text = "La ministra de Asuntos Exteriores, UA y Cooperación, Ama Koffi, ha convocado al embajador de Togo."
        #expect(names(text, .es) == ["Ama Koffi"])
        #expect(!Probe.events(text, .es).contains { $0.hasPrefix("org:AU ") })
    }

    /// So is a portfolio of two capitalised words listed among them: no person of that name serves.
    @Test func aCapitalisedPortfolioListedAmongPortfoliosIsNoName() {
        let text = "La ministra de Relaciones Exteriores, Integración Regional y Cooperación, Ama Koffi, convocó al embajador de Togo."
        #expect(names(text, .es) == ["Ama Koffi"])
        #expect(Probe.events(text, .es).contains("person:ama-koffi ACCUSE TGO"))
    }

    /// A plural title after "of" names a body's members, and owns no name written after a parenthesis.
    @Test func aPluralTitleAfterOfOwnsNoName() {
        // Read whole, the sentence once brought the reading down.
        _ = Probe.events("The envoy was received by the President of the Council of Ministers (Prime Minister) Ama Koffi.", .en)
    }

    @Test func englishCapitalisedPortfolioAfterOfIsNoName() {
        #expect(names("She was received by Minister of International Relations and Cooperation, Ama Owusu, on Monday.", .en)
            == ["Ama Owusu"])
        #expect(names("She was received by the Minister of Social Development, Kofi Mensah.", .en) == ["Kofi Mensah"])
    }

    @Test func frenchPortfolioAfterChargeDe() {
        #expect(names("Le ministre délégué chargé du Commerce extérieur, Gildas Brouard, a signé l'accord.", .fr) == ["Gildas Brouard"])
    }

    @Test func spanishPortfolioAfterPara() {
        #expect(names("La secretaria de Estado para Iberoamérica Nerea Olaizola viajó a Quito.", .es) == ["Nerea Olaizola"])
    }

    @Test func aStateAfterForIsThePortfolioNotTheOfficialsState() throws {
        let person = try #require(Probe.persons("The special envoy for Syria, Oren Kalvista, met officials in Geneva.", .en).onlyElement)
        #expect(person.country == nil)
    }

    @Test func aSpokespersonSpeaksForTheStateAfterFor() {
        // "for" after a speaker's title says whose words are spoken, as "of" does; after another title it opens a
        // portfolio ("the special envoy for Syria" above).
        #expect(Probe.mentions("A spokesman for the Kenyan government said the talks were over.", .en) == ["spokesman for the Kenyan=KEN"])
        #expect(Probe.mentions("A spokeswoman for Kenya said the talks were over.", .en) == ["spokeswoman for Kenya=KEN"])
    }

    @Test func aCoordinatorExtendsAPortfolio() {
        #expect(names("The Minister of Foreign Affairs & Trade Aroha Tipene attended the forum.", .en) == ["Aroha Tipene"])
        #expect(names("Se reunió con la ministra de Relaciones Exteriores y de Culto, Lucía Bermejo, en Lima.", .es) == ["Lucía Bermejo"])
        #expect(names("Il a reçu le ministre des Affaires étrangères et du Commerce, Hervé Lannuzel, à Dakar.", .fr) == ["Hervé Lannuzel"])
    }

    @Test func aCoordinatorAfterATitleWithoutPortfolioEndsThePhrase() {
        // "the president and Amara Sesay": two persons' worth of words, not one office.
        let persons = Probe.persons("The president and Amara Sesay signed the accord.", .en)
        #expect(!persons.contains { $0.role == "president" && $0.name == "Amara Sesay" })
    }

    // MARK: Qualifiers after the title

    @Test func frenchQualifiersAfterTheTitle() {
        #expect(names("Le président déchu Anselme Kouadio a quitté le pays.", .fr) == ["Anselme Kouadio"])
        #expect(names("Le Premier ministre par intérim des Fidji, Commodore Tevita Naulu, a menacé Wellington.", .fr) == ["Tevita Naulu"])
    }

    @Test func spanishQualifiersAfterTheTitle() {
        #expect(names("El presidente interino Gregorio Alcántar viajó a Lima.", .es) == ["Gregorio Alcántar"])
    }

    // MARK: Phrases that end

    @Test func aSecondTitleAfterCommaAndArticleIsAnotherPhrase() throws {
        let text = "Après une rencontre avec son homologue thaïlandais, le ministre malaisien des Affaires étrangères, Idris Halimi, a parlé."
        let person = try #require(Probe.persons(text, .fr).onlyElement)
        #expect(person.name == "Idris Halimi")
        #expect(person.country == "MYS")
    }

    @Test func aNameAfterAnArticleBelongsToTheBody() {
        #expect(names("En la reunión estuvo Wei Shan, director de la Sección Consular de la Embajada de China.", .es) == ["Wei Shan"])
    }

    @Test func anAbbreviationWithStopsDoesNotEndThePhrase() throws {
        let person = try #require(Probe.persons("U.S. Ambassador to the U.N. Dana Whitcombe praised the vote.", .en).onlyElement)
        #expect(person.name == "Dana Whitcombe")
        #expect(person.country == "USA")
    }

    @Test func anUnknownAcronymBeforeATitleDoesNotHideIt() {
        #expect(names("He met German MFA State Secretary Lorenz Habicht in Berlin.", .en) == ["Lorenz Habicht"])
    }

    @Test func aSeatOfPowerBeforeATitleGivesItsState() throws {
        let person = try #require(Probe.persons("Kremlin spokesman Dmitri Orlanov said the talks were over.", .en).onlyElement)
        #expect(person.name == "Dmitri Orlanov")
        #expect(person.country == "RUS")
    }

    // MARK: Title tables

    @Test func ranksAndOneWordFormerTitles() {
        #expect(names("Le commodore Tevita Naulu a dénoncé la décision.", .fr) == ["Tevita Naulu"])
        #expect(names("El exsecretario de Defensa Rigoberto Anaya fue detenido.", .es) == ["Rigoberto Anaya"])
        #expect(names("Colonel Amadi Kouyaté addressed the nation.", .en) == ["Amadi Kouyaté"])
    }

    @Test func englishNounModifiersBeforeATitle() {
        #expect(names("The opposition's foreign affairs spokesperson, Dana Whitcombe, accused the government.", .en) == ["Dana Whitcombe"])
        #expect(names("Party leader Dana Whitcombe accused the government.", .en) == ["Dana Whitcombe"])
    }
}
