extension StateLexicon {
    /// French capitals and seats of power that stand for their state (`StateLexicon.seatTables`).
    static let frenchSeats = LexiconTable("StateLexicon.seats.fr", """
RUS|Moscou; Kremlin
USA|Washington; Maison Blanche; Maison-Blanche; Département d'État; Département d'Etat; Pentagone; département américain du Trésor; Trésor américain; département américain du Commerce; département américain de la Justice
CHN|Pékin; Beijing; Zhongnanhai
FRA|Paris; Élysée; Elysée; palais de l'Élysée; Matignon; Quai d'Orsay
GBR|Londres; Downing Street; Whitehall; Foreign Office
ESP|Madrid; Moncloa; palais de la Moncloa
VEN|Caracas; Miraflores; palais de Miraflores
ARG|Buenos Aires; Casa Rosada
BRA|Brasilia; Planalto
CUB|La Havane; Havane
NIC|Managua
RWA|Kigali
SRB|Belgrade
PRK|Pyongyang
KOR|Séoul
JPN|Tokyo
MAR|Rabat
QAT|Doha
SAU|Riyad; Ryad; Riyadh
IRN|Téhéran
UKR|Kiev; Kyiv
TUR|Ankara
EGY|Le Caire; Caire
CAN|Ottawa
AUS|Canberra
CHL|Santiago; Santiago du Chili
COL|Bogota; Bogotá
DEU|Berlin
ITA|Rome
POL|Varsovie
HUN|Budapest
AUT|Vienne
NLD|Amsterdam
CHE|Berne
SWE|Stockholm
NOR|Oslo
DNK|Copenhague
FIN|Helsinki
ISL|Reykjavik
IRL|Dublin
PRT|Lisbonne
GRC|Athènes
CYP|Nicosie
ROU|Bucarest
HRV|Zagreb
BIH|Sarajevo
SVN|Ljubljana
SVK|Bratislava
CZE|Prague
MKD|Skopje
ALB|Tirana
XKX|Pristina
MNE|Podgorica
MDA|Chisinau
BLR|Minsk
LTU|Vilnius
LVA|Riga
EST|Tallinn
GEO|Tbilissi
ARM|Erevan
AZE|Bakou
KAZ|Astana
UZB|Tachkent
TKM|Achgabat
KGZ|Bichkek
TJK|Douchanbé
AFG|Kaboul
PAK|Islamabad
IND|New Delhi
BGD|Dacca; Dhaka
LKA|Colombo
NPL|Katmandou
MMR|Naypyidaw
THA|Bangkok
VNM|Hanoï
KHM|Phnom Penh
LAO|Vientiane
MYS|Kuala Lumpur
IDN|Jakarta
PHL|Manille
TWN|Taipei; Taïpei
MNG|Oulan-Bator
IRQ|Bagdad
SYR|Damas
LBN|Beyrouth
JOR|Amman
PSE|Ramallah
ISR|Tel Aviv; Tel-Aviv
YEM|Sanaa
OMN|Mascate
ARE|Abou Dhabi; Abu Dhabi
BHR|Manama
LBY|Tripoli
TUN|Tunis
DZA|Alger
MRT|Nouakchott
MLI|Bamako
NER|Niamey
TCD|N'Djamena; Ndjamena; N'Djaména
SDN|Khartoum
SSD|Juba
ETH|Addis-Abeba; Addis Abeba
ERI|Asmara
SOM|Mogadiscio
KEN|Nairobi
UGA|Kampala
TZA|Dodoma
BDI|Gitega; Bujumbura
COD|Kinshasa
COG|Brazzaville
GAB|Libreville
CMR|Yaoundé
CAF|Bangui
NGA|Abuja
GHA|Accra
CIV|Abidjan; Yamoussoukro
SEN|Dakar
BFA|Ouagadougou
GIN|Conakry
BEN|Cotonou; Porto-Novo
TGO|Lomé
LBR|Monrovia
SLE|Freetown
AGO|Luanda
MOZ|Maputo
ZWE|Harare
ZMB|Lusaka
ZAF|Pretoria
NAM|Windhoek
MDG|Antananarivo
HTI|Port-au-Prince
DOM|Saint-Domingue
HND|Tegucigalpa
SLV|San Salvador
ECU|Quito
PER|Lima
BOL|La Paz
URY|Montevideo
PRY|Asuncion; Asunción
NZL|Wellington
BGR|Sofia
BHS|Nassau
BLZ|Belmopan
BRB|Bridgetown
BRN|Bandar Seri Begawan
BTN|Thimphou; Thimphu
BWA|Gaborone
COM|Moroni
CPV|Praia
DMA|Roseau
FJI|Suva
FSM|Palikir
GMB|Banjul
GNB|Bissau
GNQ|Malabo
KIR|Tarawa
KNA|Basseterre
LCA|Castries
LIE|Vaduz
LSO|Maseru
MDV|Malé
MHL|Majuro
MLT|La Valette
MUS|Port-Louis
MWI|Lilongwe
NRU|Yaren
PLW|Ngerulmud
PNG|Port Moresby
SLB|Honiara
STP|São Tomé; Sao Tomé
SUR|Paramaribo
SWZ|Mbabane
TLS|Dili
TON|Nuku'alofa
TTO|Port-d'Espagne
TUV|Funafuti
VCT|Kingstown
VUT|Port-Vila
WSM|Apia
""", columns: 2...2)
}
