extension RegionLexicon {
    /// English continents, regions and blocs that are not actors (`RegionLexicon.tablesByLanguage`).
    static let englishRegions = LexiconTable("RegionLexicon.en", """
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
Central Asian states|Central Asian states; Central Asian countries; Central Asian republics; Central Asian nations
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
Gulf|Gulf; Persian Gulf; Arabian Gulf
Gulf states|Gulf states; Gulf countries; Gulf monarchies; Gulf Arab states
Arab world|Arab world; Arab states; Arab countries
Balkans|Balkans; Western Balkans; Balkan
Caucasus|Caucasus; South Caucasus
Baltic|Baltic
Baltic states|Baltic states; Baltics; Baltic countries; Baltic nations; Baltic republics
Scandinavia|Scandinavia
Nordic countries|Nordic countries; Nordics; Nordic states; Nordic nations
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
Koreas|two Koreas; Koreas
Indian Ocean|Indian Ocean
Pacific|Pacific Ocean; Pacific; South Pacific
Atlantic|Atlantic Ocean; Atlantic
East China Sea|East China Sea
Sea of Japan|Sea of Japan
Arabian Sea|Arabian Sea
Red Sea|Red Sea
Caspian Sea|Caspian Sea; Caspian
Gulf of Mexico|Gulf of Mexico
Gulf of Guinea|Gulf of Guinea
Gulf of Aden|Gulf of Aden
Gulf of Oman|Gulf of Oman
Korean Peninsula|Korean Peninsula; Korean peninsula
Arabian Peninsula|Arabian Peninsula
The Hague|The Hague
""", columns: 2...2)
}
