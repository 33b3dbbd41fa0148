extension StateLexicon {
    /// Spanish capitals and seats of power that stand for their state (`StateLexicon.seatTables`).
    static let spanishSeats = LexiconTable("StateLexicon.seats.es", """
RUS|Moscú; Kremlin
USA|Washington; Casa Blanca; Departamento de Estado; Pentágono; Departamento del Tesoro; Tesoro estadounidense; Departamento de Comercio estadounidense; Departamento de Justicia estadounidense
CHN|Pekín; Beijing; Zhongnanhai
FRA|París; Elíseo; palacio del Elíseo; Matignon; Quai d'Orsay
GBR|Londres; Downing Street; Whitehall; Foreign Office
ESP|Madrid; Moncloa; palacio de la Moncloa
VEN|Caracas; Miraflores; palacio de Miraflores
ARG|Buenos Aires; Casa Rosada
BRA|Brasilia; Planalto; palacio del Planalto
CUB|La Habana; Habana
NIC|Managua
RWA|Kigali
SRB|Belgrado
PRK|Pyongyang; Pionyang
KOR|Seúl
JPN|Tokio
MAR|Rabat
QAT|Doha
SAU|Riad; Riyad
IRN|Teherán
UKR|Kiev; Kyiv
TUR|Ankara
EGY|El Cairo; Cairo
CAN|Ottawa
AUS|Canberra
COL|Bogotá
MEX|Ciudad de México
DEU|Berlín
ITA|Roma
POL|Varsovia
HUN|Budapest
AUT|Viena
NLD|Ámsterdam
CHE|Berna
SWE|Estocolmo
NOR|Oslo
DNK|Copenhague
FIN|Helsinki
ISL|Reikiavik
IRL|Dublín
PRT|Lisboa
GRC|Atenas
CYP|Nicosia
ROU|Bucarest
HRV|Zagreb
BIH|Sarajevo
SVN|Liubliana
SVK|Bratislava
CZE|Praga
MKD|Skopie
ALB|Tirana
XKX|Pristina
MNE|Podgorica
MDA|Chisináu
BLR|Minsk
LTU|Vilna
LVA|Riga
EST|Tallin
GEO|Tiflis
ARM|Ereván
AZE|Bakú
KAZ|Astaná
UZB|Taskent; Tashkent
TKM|Asjabad
KGZ|Biskek
TJK|Dusambé
AFG|Kabul
PAK|Islamabad
IND|Nueva Delhi
BGD|Daca
LKA|Colombo
NPL|Katmandú
MMR|Naipyidó
THA|Bangkok
VNM|Hanói
KHM|Nom Pen
LAO|Vientián
MYS|Kuala Lumpur
IDN|Yakarta; Jakarta
PHL|Manila
TWN|Taipéi; Taipei
MNG|Ulán Bator
IRQ|Bagdad
SYR|Damasco
LBN|Beirut
JOR|Amán
PSE|Ramala
ISR|Tel Aviv; Tel-Aviv
YEM|Saná
OMN|Mascate
ARE|Abu Dabi; Abu Dhabi
BHR|Manama
LBY|Trípoli
DZA|Argel
MRT|Nuakchot
MLI|Bamako
NER|Niamey
TCD|Yamena; N'Djamena
SDN|Jartum; Khartoum
SSD|Yuba
ETH|Adís Abeba; Addis Abeba
ERI|Asmara
SOM|Mogadiscio
KEN|Nairobi
UGA|Kampala
TZA|Dodoma
BDI|Gitega; Buyumbura
COD|Kinsasa; Kinshasa
COG|Brazzaville
GAB|Libreville
CMR|Yaundé
CAF|Bangui
NGA|Abuya
GHA|Acra; Accra
CIV|Abiyán; Yamusukro
SEN|Dakar
BFA|Uagadugú; Ouagadougou
GIN|Conakri
BEN|Cotonú; Porto Novo
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
HTI|Puerto Príncipe
DOM|Santo Domingo
HND|Tegucigalpa
SLV|San Salvador
ECU|Quito
PER|Lima
BOL|La Paz
URY|Montevideo
PRY|Asunción
NZL|Wellington
BGR|Sofía; Sofia
BHS|Nasáu; Nassau
BLZ|Belmopán; Belmopan
BRB|Bridgetown
BRN|Bandar Seri Begawan
BTN|Timbu; Thimphu
BWA|Gaborone
COM|Moroni
CPV|Praia
DMA|Roseau
FJI|Suva
FSM|Palikir
GMB|Banjul
GNB|Bisáu; Bissau
GNQ|Malabo
KIR|Tarawa
KNA|Basseterre
LCA|Castries
LIE|Vaduz
LSO|Maseru
MDV|Malé
MHL|Majuro
MLT|La Valeta; Valeta
MUS|Port Louis
MWI|Lilongüe; Lilongwe
NRU|Yaren
PLW|Ngerulmud
PNG|Port Moresby
SLB|Honiara
STP|Santo Tomé; São Tomé
SUR|Paramaribo
SWZ|Mbabane
TLS|Dili
TON|Nukualofa; Nuku'alofa
TTO|Puerto España
TUV|Funafuti
VCT|Kingstown
VUT|Port Vila
WSM|Apia
""", columns: 2...2)
}
