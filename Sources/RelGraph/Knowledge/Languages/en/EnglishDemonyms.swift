extension StateLexicon {
    /// English demonym base forms (`StateLexicon.demonymTables`).
    static let englishDemonyms = LexiconTable("StateLexicon.demonyms.en", """
RUS|Russian
SUN|Soviet
USA|American
GBR|British; Briton
FRA|French; =Frenchman; =Frenchmen; =Frenchwoman; =Frenchwomen
DEU|German; West German
DDR|East German
ESP|Spanish; Spaniard
ITA|Italian
PRT|Portuguese
NLD|Dutch; =Dutchman; =Dutchmen; =Dutchwoman; =Dutchwomen
BEL|Belgian
LUX|Luxembourgish; Luxembourger
CHE|Swiss
AUT|Austrian
IRL|Irish; =Irishman; =Irishmen; =Irishwoman; =Irishwomen
DNK|Danish; Dane
SWE|Swedish; Swede
NOR|Norwegian
FIN|Finnish; =Finns
ISL|Icelandic; Icelander
POL|Polish
CZE|Czech; =Czechs
CSK|Czechoslovak; Czechoslovakian
SVK|Slovak; Slovakian
HUN|Hungarian
ROU|Romanian
BGR|Bulgarian
GRC|Greek; Hellenic
CYP|Cypriot; Greek Cypriot
MLT|Maltese
SRB|Serbian; Serb
HRV|Croatian; Croat
BIH|Bosnian
SVN|Slovenian; Slovene
MNE|Montenegrin
MKD|Macedonian; North Macedonian
ALB|Albanian
XKX|Kosovar; Kosovan
YUG|Yugoslav; Yugoslavian
LTU|Lithuanian
LVA|Latvian
EST|Estonian
BLR|Belarusian; Belarussian; Belorussian; Byelorussian
UKR|Ukrainian
MDA|Moldovan; Moldavian
GEO|Georgian
ARM|Armenian
AZE|Azerbaijani; Azeri
KAZ|Kazakh; Kazakhstani
UZB|Uzbek; Uzbekistani
KGZ|Kyrgyz; Kyrgyzstani; Kirghiz
TJK|Tajik; Tajikistani
TKM|Turkmen; Turkmenistani
TUR|Turkish; Turk
IRN|Iranian
IRQ|Iraqi
SYR|Syrian
LBN|Lebanese
ISR|Israeli
PSE|Palestinian
JOR|Jordanian
SAU|Saudi; Saudi Arabian
YEM|Yemeni
OMN|Omani
ARE|Emirati; Emirian
QAT|Qatari
KWT|Kuwaiti
BHR|Bahraini
EGY|Egyptian
LBY|Libyan
TUN|Tunisian
DZA|Algerian
MAR|Moroccan
MRT|Mauritanian
MLI|Malian
NER|Nigerien
NGA|Nigerian
TCD|Chadian
SDN|Sudanese
SSD|South Sudanese
ETH|Ethiopian
ERI|Eritrean
SOM|Somali; Somalian
DJI|Djiboutian
KEN|Kenyan
UGA|Ugandan
TZA|Tanzanian
RWA|Rwandan; Rwandese
BDI|Burundian
GAB|Gabonese
CMR|Cameroonian
CAF|Central African
SEN|Senegalese
CIV|Ivorian; Ivoirian
GHA|Ghanaian
BFA|Burkinabe; Burkinabè
GIN|Guinean
BEN|Beninese
TGO|Togolese
LBR|Liberian
SLE|Sierra Leonean
AGO|Angolan
MOZ|Mozambican
ZWE|Zimbabwean
ZMB|Zambian
ZAF|South African
NAM|Namibian
MDG|=Malagasy
MUS|Mauritian
AFG|Afghan
PAK|Pakistani
IND|Indian
BGD|Bangladeshi
LKA|Sri Lankan
NPL|Nepali; Nepalese
CHN|Chinese
JPN|Japanese
PRK|North Korean
KOR|South Korean
MNG|Mongolian
VNM|Vietnamese
THA|Thai
KHM|Cambodian
LAO|Laotian; =Lao
MMR|Burmese
MYS|Malaysian
IDN|Indonesian
PHL|Filipino; =Philippine; Filipina
SGP|Singaporean
TWN|Taiwanese
AUS|Australian; Aussie
NZL|New Zealander
CAN|Canadian
MEX|Mexican
CUB|Cuban
VEN|Venezuelan; Bolivarian; Chavista
COL|Colombian
BRA|Brazilian
ARG|Argentine; Argentinian; Argentinean
CHL|Chilean
PER|Peruvian
BOL|Bolivian
ECU|Ecuadorian; Ecuadorean
URY|Uruguayan
PRY|Paraguayan
NIC|Nicaraguan
HND|Honduran
GTM|Guatemalan
SLV|Salvadoran; Salvadorean; Salvadorian
CRI|Costa Rican
PAN|Panamanian
HTI|Haitian
DOM|Dominican
JAM|Jamaican
MCO|Monegasque
AND|Andorran
ATG|Antiguan
BHS|Bahamian
BLZ|Belizean
BRB|Barbadian; Bajan
BRN|Bruneian
BTN|Bhutanese
BWA|Botswanan; Motswana; Batswana
COD|Zairean; Zairian
COM|Comorian
CPV|Cape Verdean; Cabo Verdean
ESH|Sahrawi; Saharawi
FJI|Fijian
FSM|Micronesian
GMB|Gambian
GNB|Bissau-Guinean
GNQ|Equatoguinean; Equatorial Guinean
GRD|Grenadian
GUY|Guyanese
KIR|I-Kiribati
KNA|Kittitian
LCA|Saint Lucian
LIE|Liechtensteiner
LSO|Basotho; Mosotho
MDV|Maldivian
MHL|Marshallese
MWI|Malawian
NRU|Nauruan
PLW|Palauan
PNG|Papua New Guinean
SLB|Solomon Islander
SMR|Sammarinese
STP|Santomean
SUR|Surinamese
SWZ|Swazi; Eswatini
SYC|Seychellois
TLS|Timorese; East Timorese
TON|Tongan
TTO|Trinidadian
TUV|Tuvaluan
VAT|=papal
VCT|Vincentian
VUT|Ni-Vanuatu
WSM|Samoan
""", columns: 2...2)

    /// English: adjectives do not inflect; those that double as nouns take
    /// -s (Russians, Iraqis). Adjective-only endings (-ese, -ish, -ch, -ss,
    /// -ic, -z) do not.
    static func inflectEnglish(_ base: String) -> [String] {
        let adjectiveOnly = ["ese", "sh", "ch", "ss", "ic", "z", "y"]
        if adjectiveOnly.contains(where: { base.hasSuffix($0) }) { return [base] }
        return [base, base + "s"]
    }
}
