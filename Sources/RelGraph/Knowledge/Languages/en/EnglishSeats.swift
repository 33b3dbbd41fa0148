extension StateLexicon {
    /// English capitals and seats of power that stand for their state (`StateLexicon.seatTables`). A capital that is
    /// also the state's name ("Kuwait", "Panama") or a common city name elsewhere ("Victoria", "San José") is left out.
    static let englishSeats = LexiconTable("StateLexicon.seats.en", """
RUS|Moscow; Kremlin
USA|Washington; White House; State Department; Department of State; Pentagon; Foggy Bottom; Treasury Department; Department of the Treasury; Commerce Department; Department of Commerce; Defense Department; Department of Defense; Justice Department; Department of Justice; Department of Homeland Security; Homeland Security Department
CHN|Beijing; Peking; Zhongnanhai
FRA|Paris; Élysée; Elysee; Élysée Palace; Elysee Palace; Matignon; Quai d'Orsay
GBR|London; Downing Street; Whitehall; Foreign Office
ESP|Madrid; Moncloa
VEN|Caracas; Miraflores; Miraflores Palace
ARG|Buenos Aires; Casa Rosada
BRA|Brasília; Brasilia; Planalto
CUB|Havana
NIC|Managua
RWA|Kigali
SRB|Belgrade
PRK|Pyongyang
KOR|Seoul
JPN|Tokyo
MAR|Rabat
QAT|Doha
SAU|Riyadh
IRN|Tehran; Teheran
UKR|Kyiv; Kiev
TUR|Ankara
EGY|Cairo
CAN|Ottawa
AUS|Canberra
CHL|Santiago
COL|Bogotá; Bogota
MEX|Mexico City
DEU|Berlin
ITA|Rome
POL|Warsaw
HUN|Budapest
AUT|Vienna
NLD|Amsterdam
CHE|Bern; Berne
SWE|Stockholm
NOR|Oslo
DNK|Copenhagen
FIN|Helsinki
ISL|Reykjavik
IRL|Dublin
PRT|Lisbon
GRC|Athens
CYP|Nicosia
ROU|Bucharest
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
GEO|Tbilisi
ARM|Yerevan
AZE|Baku
KAZ|Astana
UZB|Tashkent
TKM|Ashgabat
KGZ|Bishkek
TJK|Dushanbe
AFG|Kabul
PAK|Islamabad
IND|New Delhi
BGD|Dhaka
LKA|Colombo
NPL|Kathmandu
MMR|Naypyidaw; Naypyitaw
THA|Bangkok
VNM|Hanoi
KHM|Phnom Penh
LAO|Vientiane
MYS|Kuala Lumpur
IDN|Jakarta
PHL|Manila
TWN|Taipei
MNG|Ulaanbaatar
IRQ|Baghdad
SYR|Damascus
LBN|Beirut
JOR|Amman
PSE|Ramallah
ISR|Tel Aviv; Tel-Aviv
YEM|Sanaa; Sana'a
OMN|Muscat
ARE|Abu Dhabi
BHR|Manama
LBY|Tripoli
TUN|Tunis
DZA|Algiers
MRT|Nouakchott
MLI|Bamako
NER|Niamey
TCD|N'Djamena; Ndjamena
SDN|Khartoum
SSD|Juba
ETH|Addis Ababa
ERI|Asmara
SOM|Mogadishu
KEN|Nairobi
UGA|Kampala
TZA|Dodoma
BDI|Gitega; Bujumbura
COD|Kinshasa
COG|Brazzaville
GAB|Libreville
CMR|Yaoundé; Yaounde
CAF|Bangui
NGA|Abuja
GHA|Accra
CIV|Abidjan; Yamoussoukro
SEN|Dakar
BFA|Ouagadougou
GIN|Conakry
BEN|Cotonou; Porto-Novo
TGO|Lomé; Lome
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
DOM|Santo Domingo
HND|Tegucigalpa
SLV|San Salvador
ECU|Quito
PER|Lima
BOL|La Paz
URY|Montevideo
PRY|Asunción; Asuncion
NZL|Wellington
BGR|Sofia
BHS|Nassau
BLZ|Belmopan
BRB|Bridgetown
BRN|Bandar Seri Begawan
BTN|Thimphu
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
MDV|Malé; Male
MHL|Majuro
MLT|Valletta
MUS|Port Louis
MWI|Lilongwe
NRU|Yaren
PLW|Ngerulmud
PNG|Port Moresby
SLB|Honiara
STP|São Tomé; Sao Tome
SUR|Paramaribo
SWZ|Mbabane
TLS|Dili
TON|Nuku'alofa
TTO|Port of Spain
TUV|Funafuti
VCT|Kingstown
VUT|Port Vila
WSM|Apia
""", columns: 2...2)
}
