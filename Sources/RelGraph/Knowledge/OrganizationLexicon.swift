/// International and regional organizations, by name and acronym.
///
/// The id of an organization is the English acronym (“NATO”, “EU”) or,
/// for one known by its name, the slug of its English name ("arab-league"): it is what nodes are keyed by, whatever language
/// the article is in. Organs of an organization that act for it in the news
/// (the European Commission, the UN Secretariat) map to the organization;
/// organs that act on their own (the Security Council, the General Assembly,
/// the ECB) have their own id.
///
/// All-caps acronyms are listed exactly as written, because the matcher
/// matches all-caps forms case-sensitively ("WHO" the agency, not "who").
enum OrganizationLexicon {
    /// The organizations that are unions of states, which the press names again as "the bloc", "le bloc", "el bloque".
    static let unionsOfStates: Set<String> = [
        "EU", "AU", "ASEAN", "ECOWAS", "GCC", "Mercosur", "SADC", "EAC", "CARICOM", "SICA", "CELAC", "ALBA", "UNASUR",
        "EAEU", "CIS", "BRICS", "SCO", "AES", "ECCAS", "IGAD", "WAEMU", "CEMAC", "SAARC", "PIF",
    ]
    /// The organizations that are alliances, which the press names again as "the alliance", "l'Alliance", "la alianza".
    static let alliances: Set<String> = ["NATO", "CSTO", "AUKUS", "Quad", "AES"]
    /// The organizations whose members are states, which the press names again as "the organization", "l'organisation",
    /// "la organización" whatever their name: unions, alliances and the other intergovernmental bodies. Organs (a
    /// council, a court) and agencies are named again by their own nouns.
    static let organizationsOfStates: Set<String> = unionsOfStates.union(alliances).union([
        "UN", "OAS", "OAU", "OPEC", "arab-league", "OIC", "OSCE", "council-of-europe", "OECD", "Commonwealth", "APEC", "Francophonie",
        "andean-community", "pacific-alliance", "OAPEC",
    ])

    /// `id | fr | en | es`; each language field lists surfaces separated by
    /// `;`, the first being the label used in that language.
    static let table = LexiconTable("OrganizationLexicon", """
UN|ONU; Onu; Nations unies; Organisation des Nations unies; Nations Unies; Organisation des Nations Unies|UN; U.N.; United Nations; United Nations Organization|ONU; Naciones Unidas; Organización de las Naciones Unidas
UNSC|Conseil de sécurité de l'ONU; Conseil de sécurité; Conseil de sécurité des Nations unies; Conseil de sécurité des Nations Unies; CSNU|UN Security Council; Security Council; United Nations Security Council; UNSC|Consejo de Seguridad de la ONU; Consejo de Seguridad; Consejo de Seguridad de las Naciones Unidas; CSNU
UNGA|Assemblée générale de l'ONU; Assemblée générale des Nations unies; Assemblée générale des Nations Unies|UN General Assembly; United Nations General Assembly; UNGA|Asamblea General de la ONU; Asamblea General de las Naciones Unidas
UNHRC|Conseil des droits de l'homme de l'ONU; Conseil des droits de l'homme|UN Human Rights Council; Human Rights Council; UNHRC|Consejo de Derechos Humanos de la ONU; Consejo de Derechos Humanos
NATO|OTAN; Otan; Alliance atlantique; Organisation du traité de l'Atlantique nord; Organisation du traité de l'Atlantique Nord|NATO; North Atlantic Treaty Organization; Atlantic Alliance; North Atlantic Alliance|OTAN; Alianza Atlántica; Organización del Tratado del Atlántico Norte
EU|UE; Union européenne; Commission européenne; Conseil européen; Parlement européen; Conseil de l'Union européenne; Conseil de l'UE; Vingt-Sept; Europe des Vingt-Sept|EU; European Union; European Commission; European Council; European Parliament; Council of the European Union; Council of the EU|UE; Unión Europea; Comisión Europea; Consejo Europeo; Parlamento Europeo; Consejo de la Unión Europea; Consejo de la UE; Veintisiete
ECB|BCE; Banque centrale européenne|ECB; European Central Bank|BCE; Banco Central Europeo
AU|Union africaine; UA|African Union; AU|Unión Africana; UA
OAU|OUA; Organisation de l'unité africaine; Organisation de l'Unité africaine; Organisation de l'Unité Africaine|OAU; Organisation of African Unity; Organization of African Unity|OUA; Organización para la Unidad Africana; Organización de la Unidad Africana
OAS|OEA; Organisation des États américains; Organisation des Etats américains|OAS; Organization of American States|OEA; Organización de los Estados Americanos; Organización de Estados Americanos
ASEAN|Asean; ASEAN; ANASE; Association des nations de l'Asie du Sud-Est|ASEAN; Association of Southeast Asian Nations|ASEAN; Asociación de Naciones del Sudeste Asiático
OPEC|OPEP; Organisation des pays exportateurs de pétrole|OPEC; Organization of the Petroleum Exporting Countries|OPEP; Organización de Países Exportadores de Petróleo
arab-league|Ligue arabe; Ligue des États arabes; Ligue des Etats arabes|Arab League; League of Arab States|Liga Árabe; Liga Arabe; Liga de Estados Árabes
GCC|CCG; Conseil de coopération du Golfe|GCC; Gulf Cooperation Council|CCG; Consejo de Cooperación del Golfo
CSTO|OTSC; Organisation du traité de sécurité collective|CSTO; Collective Security Treaty Organization|OTSC; Organización del Tratado de Seguridad Colectiva
SCO|OCS; Organisation de coopération de Shanghai|SCO; Shanghai Cooperation Organization; Shanghai Cooperation Organisation|OCS; Organización de Cooperación de Shanghái; Organización de Cooperación de Shanghai
CIS|CEI; Communauté des États indépendants; Communauté des Etats indépendants|CIS; Commonwealth of Independent States|CEI; Comunidad de Estados Independientes
EAEU|Union économique eurasiatique; UEE|Eurasian Economic Union; EAEU|Unión Económica Euroasiática; UEE
BRICS|BRICS; Brics|BRICS|BRICS
G7|G7; G-7; Groupe des Sept|G7; G-7; Group of Seven|G7; G-7; Grupo de los Siete
G8|G8; G-8|G8; G-8; Group of Eight|G8; G-8
G20|G20; G-20; Groupe des Vingt|G20; G-20; Group of Twenty|G20; G-20; Grupo de los Veinte
Mercosur|Mercosur; Marché commun du Sud|Mercosur; Southern Common Market|Mercosur; Mercado Común del Sur
ECOWAS|CEDEAO; Cedeao; Communauté économique des États de l'Afrique de l'Ouest; Communauté économique des Etats de l'Afrique de l'Ouest|ECOWAS; Economic Community of West African States|Cedeao; CEDEAO; Comunidad Económica de Estados de África Occidental
SADC|SADC; Communauté de développement d'Afrique australe|SADC; Southern African Development Community|SADC; Comunidad de Desarrollo de África Austral
IAEA|AIEA; Agence internationale de l'énergie atomique|IAEA; International Atomic Energy Agency|OIEA; Organismo Internacional de Energía Atómica
WHO|OMS; Organisation mondiale de la santé; Organisation mondiale de la Santé|WHO; World Health Organization|OMS; Organización Mundial de la Salud
IMF|FMI; Fonds monétaire international|IMF; International Monetary Fund|FMI; Fondo Monetario Internacional
world-bank|Banque mondiale|World Bank|Banco Mundial
WTO|OMC; Organisation mondiale du commerce; Organisation mondiale du Commerce|WTO; World Trade Organization|OMC; Organización Mundial del Comercio
ICC|CPI; Cour pénale internationale|ICC; International Criminal Court|CPI; Corte Penal Internacional
ICJ|CIJ; Cour internationale de justice; Cour internationale de Justice|ICJ; International Court of Justice; World Court|CIJ; Corte Internacional de Justicia
OSCE|OSCE; Organisation pour la sécurité et la coopération en Europe|OSCE; Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe|OSCE; Organización para la Seguridad y la Cooperación en Europa
council-of-europe|Conseil de l'Europe|Council of Europe|Consejo de Europa
ECHR|CEDH; Cour européenne des droits de l'homme|ECHR; European Court of Human Rights|TEDH; Tribunal Europeo de Derechos Humanos
OECD|OCDE; Organisation de coopération et de développement économiques|OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development|OCDE; Organización para la Cooperación y el Desarrollo Económicos
UNHCR|HCR; Haut-Commissariat des Nations unies pour les réfugiés; Haut Commissariat des Nations unies pour les réfugiés; Haut-Commissariat aux réfugiés; UNHCR|UNHCR; UN Refugee Agency; United Nations High Commissioner for Refugees|ACNUR; Alto Comisionado de las Naciones Unidas para los Refugiados
OHCHR|Haut-Commissariat aux droits de l'homme; HCDH|OHCHR; UN Human Rights Office; Office of the High Commissioner for Human Rights|ACNUDH; Oficina del Alto Comisionado para los Derechos Humanos
UNICEF|Unicef; UNICEF|UNICEF; Unicef|Unicef; UNICEF
UNESCO|Unesco; UNESCO|UNESCO; Unesco|Unesco; UNESCO
WFP|PAM; Programme alimentaire mondial|WFP; World Food Programme; World Food Program|PMA; Programa Mundial de Alimentos
FAO|FAO|FAO; Food and Agriculture Organization|FAO; Organización de las Naciones Unidas para la Alimentación y la Agricultura
UNDP|PNUD; Programme des Nations unies pour le développement|UNDP; United Nations Development Programme|PNUD; Programa de las Naciones Unidas para el Desarrollo
UNRWA|UNRWA; Office de secours et de travaux des Nations unies|UNRWA|UNRWA; Agencia de la ONU para los Refugiados de Palestina
Interpol|Interpol|Interpol|Interpol
OIC|OCI; Organisation de la coopération islamique|OIC; Organisation of Islamic Cooperation; Organization of Islamic Cooperation|OCI; Organización para la Cooperación Islámica
CELAC|Celac; CELAC; Communauté des États latino-américains et caraïbes|CELAC; Community of Latin American and Caribbean States|Celac; CELAC; Comunidad de Estados Latinoamericanos y Caribeños
ALBA|ALBA; Alliance bolivarienne pour les peuples de notre Amérique; Alliance bolivarienne|ALBA; Bolivarian Alliance for the Peoples of Our America; Bolivarian Alliance|ALBA; Alianza Bolivariana para los Pueblos de Nuestra América; Alianza Bolivariana
UNASUR|Unasur; UNASUR; Union des nations sud-américaines|UNASUR; Union of South American Nations|Unasur; UNASUR; Unión de Naciones Suramericanas
Commonwealth|Commonwealth|Commonwealth; Commonwealth of Nations|Commonwealth; Mancomunidad de Naciones
APEC|APEC; Coopération économique pour l'Asie-Pacifique|APEC; Asia-Pacific Economic Cooperation|APEC; Foro de Cooperación Económica Asia-Pacífico
AUKUS|Aukus; AUKUS|AUKUS|Aukus; AUKUS
Quad|Quad|Quad; Quadrilateral Security Dialogue|Quad
ICRC|CICR; Comité international de la Croix-Rouge; Croix-Rouge|ICRC; International Committee of the Red Cross; Red Cross|CICR; Comité Internacional de la Cruz Roja; Cruz Roja
IFRC|Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge; FICR|IFRC; International Federation of Red Cross and Red Crescent Societies|FICR; Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja
MSF|MSF; Médecins sans frontières; Médecins Sans Frontières|MSF; Doctors Without Borders|MSF; Médicos Sin Fronteras
amnesty-international|Amnesty International|Amnesty International|Amnistía Internacional; Amnesty International
HRW|Human Rights Watch; HRW|Human Rights Watch; HRW|Human Rights Watch; HRW
IEA|AIE; Agence internationale de l'énergie|IEA; International Energy Agency|AIE; Agencia Internacional de la Energía
OPCW|OIAC; Organisation pour l'interdiction des armes chimiques|OPCW; Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons|OPAQ; Organización para la Prohibición de las Armas Químicas
IOM|OIM; Organisation internationale pour les migrations|IOM; International Organization for Migration|OIM; Organización Internacional para las Migraciones
ILO|OIT; Organisation internationale du travail; Organisation internationale du Travail|ILO; International Labour Organization; International Labor Organization|OIT; Organización Internacional del Trabajo
Francophonie|OIF; Organisation internationale de la francophonie; Francophonie|Francophonie; International Organisation of La Francophonie|OIF; Organización Internacional de la Francofonía; Francofonía
IDB|BID; Banque interaméricaine de développement|IDB; IADB; Inter-American Development Bank|BID; Banco Interamericano de Desarrollo
AfDB|BAD; Banque africaine de développement; Groupe de la Banque africaine de développement|AfDB; African Development Bank|BAfD; Banco Africano de Desarrollo
ADB|BAsD; Banque asiatique de développement|ADB; Asian Development Bank|BAsD; Banco Asiático de Desarrollo
EBRD|BERD; Banque européenne pour la reconstruction et le développement|EBRD; European Bank for Reconstruction and Development|BERD; Banco Europeo para la Reconstrucción y el Desarrollo
EIB|BEI; Banque européenne d'investissement|EIB; European Investment Bank|BEI; Banco Europeo de Inversiones
AIIB|BAII; Banque asiatique d'investissement dans les infrastructures|AIIB; Asian Infrastructure Investment Bank|BAII; Banco Asiático de Inversión en Infraestructura
NDB|Nouvelle banque de développement; Banque des BRICS|New Development Bank; BRICS bank|Nuevo Banco de Desarrollo; Banco de los BRICS
development-bank-of-latin-america|Banque de développement de l'Amérique latine; Société andine de développement|Development Bank of Latin America; Andean Development Corporation|Banco de Desarrollo de América Latina; Corporación Andina de Fomento
IFAD|FIDA; Fonds international de développement agricole|IFAD; International Fund for Agricultural Development|FIDA; Fondo Internacional de Desarrollo Agrícola
paris-club|Club de Paris|Paris Club|Club de París
COVAX|Covax; COVAX; mécanisme Covax; dispositif Covax|COVAX; Covax; COVAX facility; Covax facility|Covax; COVAX; mecanismo Covax; mecanismo COVAX
Gavi|Gavi; GAVI; Alliance du vaccin; Gavi, l'Alliance du vaccin|Gavi; GAVI; Vaccine Alliance; Gavi, the Vaccine Alliance|Gavi; GAVI; Alianza Gavi; Alianza para las Vacunas; Alianza Mundial para Vacunas e Inmunización
CEPI|CEPI; Coalition pour les innovations en matière de préparation aux épidémies|CEPI; Coalition for Epidemic Preparedness Innovations|CEPI; Coalición para las Innovaciones en Preparación para Epidemias
UNAIDS|Onusida; ONUSIDA|UNAIDS; Joint United Nations Programme on HIV/AIDS|Onusida; ONUSIDA
UNEP|PNUE; Programme des Nations unies pour l'environnement|UNEP; UN Environment Programme; United Nations Environment Programme|PNUMA; Programa de las Naciones Unidas para el Medio Ambiente
UNCTAD|Cnuced; CNUCED|UNCTAD; UN Trade and Development|Unctad; UNCTAD
OCHA|OCHA; Bureau de la coordination des affaires humanitaires|OCHA; UN Office for the Coordination of Humanitarian Affairs|OCHA; Oficina de Coordinación de Asuntos Humanitarios
MINUSMA|Minusma; MINUSMA|MINUSMA; UN Multidimensional Integrated Stabilization Mission in Mali|Minusma; MINUSMA
MONUSCO|Monusco; MONUSCO|MONUSCO|Monusco; MONUSCO
MINUSCA|Minusca; MINUSCA|MINUSCA|Minusca; MINUSCA
UNIFIL|Finul; FINUL|UNIFIL; UN Interim Force in Lebanon|FINUL; Fuerza Provisional de las Naciones Unidas en el Líbano
g5-sahel|G5 Sahel; G5-Sahel|G5 Sahel; G5-Sahel|G5 Sahel; G5-Sahel
CARICOM|Caricom; CARICOM; Communauté caribéenne|CARICOM; Caricom; Caribbean Community|Caricom; CARICOM; Comunidad del Caribe
SICA|SICA; Système d'intégration centraméricain|SICA; Central American Integration System|SICA; Sistema de la Integración Centroamericana
andean-community|Communauté andine|Andean Community|Comunidad Andina
pacific-alliance|Alliance du Pacifique|Pacific Alliance|Alianza del Pacífico
PIF|Forum des îles du Pacifique|Pacific Islands Forum; PIF|Foro de las Islas del Pacífico
IGAD|IGAD; Autorité intergouvernementale pour le développement|IGAD; Intergovernmental Authority on Development|IGAD; Autoridad Intergubernamental para el Desarrollo
EAC|EAC; CAE; Communauté d'Afrique de l'Est; Communauté de l'Afrique de l'Est; Communauté est-africaine; Communauté des États d'Afrique de l'Est|EAC; East African Community|EAC; Comunidad de África Oriental; Comunidad del África Oriental; Comunidad de África del Este; Comunidad del África del Este
WAEMU|UEMOA; Uemoa; Union économique et monétaire ouest-africaine|WAEMU; UEMOA; West African Economic and Monetary Union|UEMOA; Unión Económica y Monetaria de África Occidental
CEMAC|CEMAC; Cemac; Communauté économique et monétaire de l'Afrique centrale|CEMAC; Economic and Monetary Community of Central Africa|CEMAC; Comunidad Económica y Monetaria de África Central
BCEAO|BCEAO; Banque centrale des États de l'Afrique de l'Ouest|BCEAO; Central Bank of West African States|BCEAO; Banco Central de los Estados de África Occidental
BEAC|BEAC; Banque des États de l'Afrique centrale|BEAC; Bank of Central African States|BEAC; Banco de los Estados de África Central
BOAD|BOAD; Banque ouest-africaine de développement|BOAD; West African Development Bank|BOAD; Banco de Desarrollo de África Occidental
EBID|BIDC; Banque d'investissement et de développement de la CEDEAO|EBID; ECOWAS Bank for Investment and Development|BIDC; Banco de Inversión y Desarrollo de la CEDEAO
BADEA|Badea; BADEA; Banque arabe pour le développement économique en Afrique|BADEA; Arab Bank for Economic Development in Africa|BADEA; Banco Árabe para el Desarrollo Económico en África
IsDB|BIsD; Banque islamique de développement|IsDB; Islamic Development Bank|BIsD; Banco Islámico de Desarrollo
Afreximbank|Afreximbank; Banque africaine d'import-export|Afreximbank; African Export-Import Bank|Afreximbank; Banco Africano de Exportación e Importación
ECCAS|CEEAC; Communauté économique des États de l'Afrique centrale|ECCAS; Economic Community of Central African States|CEEAC; Comunidad Económica de los Estados de África Central
AES|AES; Alliance des États du Sahel; Confédération des États du Sahel|Alliance of Sahel States|AES; Alianza de Estados del Sahel
SAARC|SAARC; Association sud-asiatique pour la coopération régionale|SAARC; South Asian Association for Regional Cooperation|SAARC; Asociación Sudasiática para la Cooperación Regional
OAPEC|OPAEP|OAPEC|OPAEP
""", columns: 4...4)

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] { [table] }

    private struct Index: Sendable {
        var entries: [Language: [LexiconEntry]] = [:]
        var labels: [Language: [String: String]] = [:]
        var ids: Set<String> = []
    }

    /// Parsed once, on first use.
    private static let index: Index = {
        var index = Index()
        for row in table.rows {
            let id = row[0]
            index.ids.insert(id)
            for (column, language) in Language.allCases.enumerated() {
                let surfaces = LexiconTable.values(row[column + 1])
                guard let label = surfaces.first else { continue }
                index.labels[language, default: [:]][id] = label
                var seen = Set<String>()
                for surface in surfaces where seen.insert(surface).inserted {
                    index.entries[language, default: []].append(LexiconEntry(surface: surface, key: id, form: .organization))
                }
            }
        }
        return index
    }()

    /// Every organization surface for `language`.
    static func entries(_ language: Language) -> [LexiconEntry] {
        index.entries[language] ?? []
    }

    /// The name an article in `language` would use ("NATO", .fr → "OTAN").
    static func label(of id: String, in language: Language) -> String? {
        index.labels[language]?[id]
    }

    /// Whether `id` is an organization this lexicon knows.
    static func isKnown(_ id: String) -> Bool {
        index.ids.contains(id)
    }

    /// Every organization id, in table order.
    static var allIDs: [String] {
        table.rows.map { $0[0] }
    }
}
