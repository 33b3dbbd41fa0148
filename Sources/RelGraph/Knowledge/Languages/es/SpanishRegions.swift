extension RegionLexicon {
    /// Spanish continents, regions and blocs that are not actors (`RegionLexicon.tablesByLanguage`).
    static let spanishRegions = LexiconTable("RegionLexicon.es", """
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
Central Asian states|países de Asia Central; repúblicas de Asia Central
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
Gulf|Golfo; Golfo Pérsico
Gulf states|países del Golfo; monarquías del Golfo; Estados del Golfo
Arab world|mundo árabe; países árabes
Balkans|Balcanes; balcánico; balcánica; balcánicos; balcánicas; Balcanes Occidentales
Caucasus|Cáucaso; Cáucaso Sur
Baltic states|países bálticos; Estados bálticos; bálticos; repúblicas bálticas
Scandinavia|Escandinavia
Nordic countries|países nórdicos
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
Koreas|dos Coreas
Indian Ocean|océano Índico; Océano Índico
Pacific|océano Pacífico; Pacífico; Pacífico Sur
Atlantic|océano Atlántico; Atlántico
East China Sea|mar de China Oriental
Sea of Japan|mar de Japón
Arabian Sea|mar Arábigo
Red Sea|mar Rojo
Caspian Sea|mar Caspio; Caspio
Gulf of Mexico|golfo de México; Golfo de México
Gulf of Guinea|golfo de Guinea; Golfo de Guinea
Gulf of Aden|golfo de Adén
Gulf of Oman|golfo de Omán
Korean Peninsula|península coreana
Arabian Peninsula|península arábiga
The Hague|La Haya
""", columns: 2...2)
}
