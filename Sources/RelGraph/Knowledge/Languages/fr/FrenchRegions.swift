extension RegionLexicon {
    /// French continents, regions and blocs that are not actors (`RegionLexicon.tablesByLanguage`).
    static let frenchRegions = LexiconTable("RegionLexicon.fr", """
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
Central Asian states|pays d'Asie centrale; républiques d'Asie centrale; États d'Asie centrale
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
Gulf|Golfe; Golfe persique; golfe Persique; golfe arabo-persique
Gulf states|pays du Golfe; monarchies du Golfe; États du Golfe; monarchies pétrolières du Golfe
Arab world|monde arabe; pays arabes
Balkans|Balkans; balkanique; balkaniques; Balkans occidentaux
Caucasus|Caucase; Caucase du Sud
Baltic states|pays baltes; États baltes; Etats baltes; républiques baltes
Scandinavia|Scandinavie
Nordic countries|pays nordiques
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
Koreas|deux Corées
Indian Ocean|océan Indien; Océan Indien
Pacific|océan Pacifique; Pacifique; Pacifique Sud
Atlantic|océan Atlantique; Atlantique
East China Sea|mer de Chine orientale
Sea of Japan|mer du Japon
Arabian Sea|mer d'Arabie
Red Sea|mer Rouge
Caspian Sea|mer Caspienne; Caspienne
Gulf of Mexico|golfe du Mexique
Gulf of Guinea|golfe de Guinée
Gulf of Aden|golfe d'Aden
Gulf of Oman|golfe d'Oman
Korean Peninsula|péninsule coréenne
Arabian Peninsula|péninsule arabique
The Hague|La Haye
""", columns: 2...2)
}
