extension StateLexicon {
    /// English press names of states beyond CLDR's (`StateLexicon.aliasTables`).
    static let englishStateNames = LexiconTable("StateLexicon.aliases.en", """
USA|United States; United States of America; U.S.; US; USA; U.S.A.
GBR|United Kingdom; UK; U.K.; Britain; Great Britain
RUS|Russia; Russian Federation
SUN|USSR; U.S.S.R.; Soviet Union
CHN|China; People's Republic of China; PRC; mainland China
TWN|Taiwan; Republic of China
KOR|South Korea; Republic of Korea; ROK; S. Korea
PRK|North Korea; DPRK; Democratic People's Republic of Korea; N. Korea
CZE|Czech Republic; Czechia
CSK|Czechoslovakia
COD|DRC; DR Congo; Democratic Republic of Congo; Democratic Republic of the Congo; Congo-Kinshasa
COG|Republic of Congo; Republic of the Congo; Congo-Brazzaville
VCT|Saint Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent and the Grenadines; Saint Vincent; St Vincent
KNA|Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis
LCA|Saint Lucia; St Lucia; St. Lucia
STP|Sao Tome and Principe; São Tomé and Príncipe
MMR|Myanmar; Burma
VAT|Vatican; Holy See; Vatican City
PSE|Palestine; State of Palestine; Palestinian Authority; Palestinian Territories
IRN|Iran; Islamic Republic of Iran; Islamic Republic; Islamic republic
PAK|Islamic Republic of Pakistan
MRT|Islamic Republic of Mauritania
AFG|Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan
SYR|Syria
VEN|Venezuela
NLD|Netherlands; Holland
ARE|United Arab Emirates; UAE; U.A.E.; the Emirates
PNG|Papua New Guinea; PNG
SAU|Saudi Arabia
MKD|North Macedonia; Macedonia
BLR|Belarus
MDA|Moldova
CIV|Ivory Coast; Côte d'Ivoire; Cote d'Ivoire
TLS|East Timor; Timor-Leste
GIN|Guinea-Conakry
DEU|Germany; West Germany; Federal Republic of Germany; FRG
DDR|East Germany; GDR; German Democratic Republic
YUG|Yugoslavia
BIH|Bosnia; Bosnia and Herzegovina; Bosnia-Herzegovina
VNM|Vietnam; Viet Nam
TUR|Turkey; Türkiye; Turkiye
SWZ|Eswatini; Swaziland
CPV|Cape Verde; Cabo Verde
GMB|Gambia
ISR|Israel
IRQ|Iraq
KWT|Kuwait
QAT|Qatar
BHR|Bahrain
YEM|Yemen
EGY|Egypt
SSD|South Sudan
CAF|Central African Republic
MUS|Mauritius
XKX|Kosovo
ZAF|South Africa
KGZ|Kyrgyzstan; Kirghizia
TTO|Trinidad and Tobago
""", columns: 2...2)
}
