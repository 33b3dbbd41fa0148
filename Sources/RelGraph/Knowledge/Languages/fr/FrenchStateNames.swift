extension StateLexicon {
    /// French press names of states beyond CLDR's (`StateLexicon.aliasTables`).
    static let frenchStateNames = LexiconTable("StateLexicon.aliases.fr", """
USA|États-Unis; Etats-Unis; États-Unis d'Amérique; USA; US
VCT|Saint-Vincent-et-les-Grenadines; Saint-Vincent-et-les Grenadines; Saint-Vincent
GBR|Royaume-Uni; Grande-Bretagne
FRA|Hexagone
RUS|Russie; Fédération de Russie
SUN|URSS; Union soviétique; Union des républiques socialistes soviétiques
CHN|Chine; République populaire de Chine; RPC; Chine populaire
REU|île de La Réunion; île de la Réunion
TWN|Taïwan; Taiwan; République de Chine
KOR|Corée du Sud; République de Corée
PRK|Corée du Nord; République populaire démocratique de Corée; RPDC
CZE|République tchèque; Tchéquie
CSK|Tchécoslovaquie
COD|RDC; RD Congo; République démocratique du Congo; Congo-Kinshasa; Congo Kinshasa
COG|Congo-Brazzaville; Congo Brazzaville; République du Congo
MMR|Myanmar; Birmanie
VAT|Vatican; Saint-Siège; Cité du Vatican
PSE|Palestine; État de Palestine; Etat de Palestine; Autorité palestinienne
IRN|Iran; République islamique d'Iran; République islamique
PAK|République islamique du Pakistan
MRT|République islamique de Mauritanie
AFG|République islamique d'Afghanistan; Émirat islamique d'Afghanistan
SYR|Syrie
VEN|Venezuela; Vénézuela; République bolivarienne du Venezuela
NLD|Pays-Bas; Hollande
ARE|Émirats arabes unis; Emirats arabes unis; EAU; Émirats; Emirats
SAU|Arabie saoudite; Arabie Saoudite
MKD|Macédoine du Nord; Macédoine
BLR|Biélorussie; Bélarus; Belarus
MDA|Moldavie; Moldova
CIV|Côte d'Ivoire; Cote d'Ivoire
TLS|Timor oriental; Timor-Leste
GIN|Guinée-Conakry
DEU|Allemagne; RFA; Allemagne de l'Ouest; République fédérale d'Allemagne
DDR|RDA; Allemagne de l'Est; République démocratique allemande
YUG|Yougoslavie
BIH|Bosnie; Bosnie-Herzégovine
VNM|Viêt Nam; Vietnam; Viet Nam
IRQ|Irak; Iraq
KWT|Koweït; Koweit
BHR|Bahreïn; Bahrein
QAT|Qatar
YEM|Yémen; Yemen
ISR|Israël; Israel; État hébreu; Etat hébreu
EGY|Égypte; Egypte
ETH|Éthiopie; Ethiopie
ERI|Érythrée; Erythrée
ECU|Équateur; Equateur
DZA|Algérie
MAR|Maroc; Royaume chérifien
KGZ|Kirghizstan; Kirghizistan; Kirghizie
SSD|Soudan du Sud; Sud-Soudan
CAF|Centrafrique; République centrafricaine; RCA
GNQ|Guinée équatoriale
SWZ|Eswatini; Swaziland
MUS|île Maurice; Île Maurice
SLV|Salvador; El Salvador
HTI|Haïti; Haiti
CPV|Cap-Vert; Cabo Verde
XKX|Kosovo
TUR|Turquie; Türkiye
ZAF|Afrique du Sud
USA|Etats-Unis d'Amérique
""", columns: 2...2)
}
