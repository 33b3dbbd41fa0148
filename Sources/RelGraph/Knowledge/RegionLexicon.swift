/// Continents, regions and blocs of opinion that are not actors.
///
/// They matter to the matcher in two ways: a region is never turned into a
/// node, and a longer region name blocks a shorter match inside it ("Europe"
/// in "Europe de l'Est", "américain" in "latino-américain", "African" in
/// "South African" is a demonym, but "West African" is a region). Regional
/// adjectives are listed in their inflected forms for the same reason.
/// The key is the English name of the region.
enum RegionLexicon {
    /// `key | surfaces`, per language.
    static let tablesByLanguage: [Language: LexiconTable] = [
        .fr: LexiconTable("RegionLexicon.fr", """
Europe|Europe; européen; européenne; européens; européennes
Eastern Europe|Europe de l'Est; Europe orientale; Europe centrale et orientale
Western Europe|Europe occidentale; Europe de l'Ouest
Central Europe|Europe centrale
Northern Europe|Europe du Nord
Southern Europe|Europe du Sud
Africa|Afrique; africain; africaine; africains; africaines
West Africa|Afrique de l'Ouest; Afrique occidentale; ouest-africain; ouest-africaine; ouest-africains; ouest-africaines
East Africa|Afrique de l'Est; Afrique orientale; est-africain; est-africaine; est-africains; est-africaines
Central Africa|Afrique centrale
North Africa|Afrique du Nord; nord-africain; nord-africaine; nord-africains; nord-africaines
Southern Africa|Afrique australe
Sub-Saharan Africa|Afrique subsaharienne; Afrique sub-saharienne
Horn of Africa|Corne de l'Afrique
Sahel|Sahel; sahélien; sahélienne; sahéliens; sahéliennes
Maghreb|Maghreb; maghrébin; maghrébine; maghrébins; maghrébines
Asia|Asie; asiatique; asiatiques
Central Asia|Asie centrale
South Asia|Asie du Sud
Southeast Asia|Asie du Sud-Est
East Asia|Asie de l'Est; Asie orientale; Extrême-Orient
Asia-Pacific|Asie-Pacifique
Indo-Pacific|Indo-Pacifique
Americas|Amériques; Amérique
North America|Amérique du Nord; nord-américain; nord-américaine; nord-américains; nord-américaines
Central America|Amérique centrale; centraméricain; centraméricaine; centraméricains; centraméricaines
South America|Amérique du Sud; sud-américain; sud-américaine; sud-américains; sud-américaines
Latin America|Amérique latine; latino-américain; latino-américaine; latino-américains; latino-américaines
Caribbean|Caraïbes; Caraïbe; caribéen; caribéenne; caribéens; caribéennes; Antilles
Western Hemisphere|hémisphère occidental
Oceania|Océanie
Middle East|Moyen-Orient; Proche-Orient; Levant
Gulf|Golfe; Golfe persique; golfe Persique; golfe arabo-persique; pays du Golfe
Arab world|monde arabe; pays arabes
Balkans|Balkans; balkanique; balkaniques; Balkans occidentaux
Caucasus|Caucase; Caucase du Sud
Baltic states|pays baltes; États baltes; Etats baltes
Scandinavia|Scandinavie; pays nordiques
Arctic|Arctique
Antarctica|Antarctique
Mediterranean|Méditerranée
Black Sea|mer Noire
South China Sea|mer de Chine méridionale
Donbas|Donbass; Donbas
Crimea|Crimée
Gaza|bande de Gaza; Gaza
West Bank|Cisjordanie
Golan Heights|plateau du Golan; Golan
Kurdistan|Kurdistan
Kashmir|Cachemire
Tibet|Tibet
Xinjiang|Xinjiang
West|Occident; monde occidental; Occidentaux; occidental; occidentale; occidentaux; occidentales; pays occidentaux
Global South|Sud global; pays du Sud
""", columns: 2...2),
        .en: LexiconTable("RegionLexicon.en", """
Europe|Europe; European; Europeans
Eastern Europe|Eastern Europe; East European; Eastern European; Central and Eastern Europe
Western Europe|Western Europe; Western European
Central Europe|Central Europe; Central European
Northern Europe|Northern Europe
Southern Europe|Southern Europe
Africa|Africa; African; Africans
West Africa|West Africa; West African; Western Africa
East Africa|East Africa; East African; Eastern Africa
Central Africa|Central Africa
North Africa|North Africa; North African; Northern Africa
Southern Africa|Southern Africa
Sub-Saharan Africa|Sub-Saharan Africa; sub-Saharan Africa
Horn of Africa|Horn of Africa
Sahel|Sahel; Sahelian
Maghreb|Maghreb
Asia|Asia; Asian; Asians
Central Asia|Central Asia; Central Asian
South Asia|South Asia; South Asian
Southeast Asia|Southeast Asia; South-East Asia; Southeast Asian
East Asia|East Asia; East Asian; Far East
Asia-Pacific|Asia-Pacific
Indo-Pacific|Indo-Pacific
Americas|Americas
North America|North America; North American
Central America|Central America; Central American
South America|South America; South American
Latin America|Latin America; Latin American; Latin Americans
Caribbean|Caribbean
Western Hemisphere|Western Hemisphere
Oceania|Oceania
Middle East|Middle East; Middle Eastern; Near East; Levant
Gulf|Gulf; Persian Gulf; Arabian Gulf; Gulf states
Arab world|Arab world; Arab states; Arab countries
Balkans|Balkans; Western Balkans; Balkan
Caucasus|Caucasus; South Caucasus
Baltic states|Baltic states; Baltics; Baltic
Scandinavia|Scandinavia; Nordic countries; Nordics
Arctic|Arctic
Antarctica|Antarctica
Mediterranean|Mediterranean
Black Sea|Black Sea
South China Sea|South China Sea
Donbas|Donbas; Donbass
Crimea|Crimea
Gaza|Gaza Strip; Gaza
West Bank|West Bank
Golan Heights|Golan Heights; Golan
Kurdistan|Kurdistan
Kashmir|Kashmir
Tibet|Tibet
Xinjiang|Xinjiang
West|West; the West; Western world; Western countries; Western powers; Western
Global South|Global South
""", columns: 2...2),
        .es: LexiconTable("RegionLexicon.es", """
Europe|Europa; europeo; europea; europeos; europeas
Eastern Europe|Europa del Este; Europa Oriental; Europa del Este y Central
Western Europe|Europa Occidental
Central Europe|Europa Central
Northern Europe|Europa del Norte
Southern Europe|Europa del Sur
Africa|África; Africa; africano; africana; africanos; africanas
West Africa|África Occidental; África del Oeste
East Africa|África Oriental; África del Este
Central Africa|África Central
North Africa|África del Norte; norteafricano; norteafricana; norteafricanos; norteafricanas
Southern Africa|África Austral
Sub-Saharan Africa|África subsahariana
Horn of Africa|Cuerno de África
Sahel|Sahel; saheliano; saheliana; sahelianos; sahelianas
Maghreb|Magreb
Asia|Asia; asiático; asiática; asiáticos; asiáticas
Central Asia|Asia Central
South Asia|Asia del Sur; Asia Meridional
Southeast Asia|Sudeste Asiático; Sureste Asiático
East Asia|Asia Oriental; Extremo Oriente; Lejano Oriente
Asia-Pacific|Asia-Pacífico
Indo-Pacific|Indo-Pacífico; Indopacífico
Americas|Américas; América
North America|América del Norte; Norteamérica
Central America|América Central; Centroamérica; centroamericano; centroamericana; centroamericanos; centroamericanas
South America|América del Sur; Sudamérica; Suramérica; sudamericano; sudamericana; sudamericanos; sudamericanas; suramericano; suramericana; suramericanos; suramericanas
Latin America|América Latina; Latinoamérica; latinoamericano; latinoamericana; latinoamericanos; latinoamericanas; Iberoamérica; iberoamericano; iberoamericana; iberoamericanos; iberoamericanas
Caribbean|Caribe; caribeño; caribeña; caribeños; caribeñas
Western Hemisphere|hemisferio occidental
Oceania|Oceanía
Middle East|Oriente Medio; Oriente Próximo; Medio Oriente; Próximo Oriente; Levante
Gulf|Golfo; Golfo Pérsico; países del Golfo
Arab world|mundo árabe; países árabes
Balkans|Balcanes; balcánico; balcánica; balcánicos; balcánicas; Balcanes Occidentales
Caucasus|Cáucaso; Cáucaso Sur
Baltic states|países bálticos; Estados bálticos; bálticos
Scandinavia|Escandinavia; países nórdicos
Arctic|Ártico
Antarctica|Antártida
Mediterranean|Mediterráneo
Black Sea|mar Negro
South China Sea|mar de China Meridional
Donbas|Donbás; Donbass
Crimea|Crimea
Gaza|Franja de Gaza; Gaza
West Bank|Cisjordania
Golan Heights|Altos del Golán; Golán
Kurdistan|Kurdistán
Kashmir|Cachemira
Tibet|Tíbet; Tibet
Xinjiang|Xinjiang
West|Occidente; mundo occidental; occidental; occidentales; países occidentales
Global South|Sur Global
""", columns: 2...2),
    ]

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] {
        Language.allCases.compactMap { tablesByLanguage[$0] }
    }

    /// Parsed once per language, on first use.
    private static let french = build(.fr)
    private static let english = build(.en)
    private static let spanish = build(.es)

    private static func build(_ language: Language) -> [LexiconEntry] {
        tablesByLanguage[language]?.entries(.region) ?? []
    }

    /// Every region surface for `language`.
    static func entries(_ language: Language) -> [LexiconEntry] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }
}
