extension StateLexicon {
    /// Spanish press names of states beyond CLDR's (`StateLexicon.aliasTables`).
    static let spanishStateNames = LexiconTable("StateLexicon.aliases.es", """
USA|Estados Unidos; EE.UU.; EE. UU.; EEUU; USA
GBR|Reino Unido; Gran Bretaña
RUS|Rusia; Federación de Rusia; Federación Rusa
SUN|URSS; Unión Soviética
CHN|China; República Popular China; República Popular de China
REU|isla de la Reunión; isla de Reunión
TWN|Taiwán; Taiwan
KOR|Corea del Sur; República de Corea
PRK|Corea del Norte; República Popular Democrática de Corea; RPDC
CZE|República Checa; Chequia
CSK|Checoslovaquia
COD|RDC; RD Congo; República Democrática del Congo; Congo-Kinshasa
COG|República del Congo; Congo-Brazzaville
MMR|Myanmar; Birmania
VAT|Vaticano; Santa Sede; Ciudad del Vaticano
PSE|Palestina; Estado de Palestina; Autoridad Palestina; Autoridad Nacional Palestina
IRN|Irán; Iran; República Islámica de Irán; República Islámica
PAK|República Islámica de Pakistán
MRT|República Islámica de Mauritania
AFG|República Islámica de Afganistán; Emirato Islámico de Afganistán
SYR|Siria
VEN|Venezuela; República Bolivariana de Venezuela
NLD|Países Bajos; Holanda
ARE|Emiratos Árabes Unidos; Emiratos Arabes Unidos; EAU; Emiratos
SAU|Arabia Saudí; Arabia Saudita
MKD|Macedonia del Norte; Macedonia
BLR|Bielorrusia; Belarús
MDA|Moldavia; Moldova
CIV|Costa de Marfil; Côte d'Ivoire
TLS|Timor Oriental; Timor-Leste
GNB|Guinea-Bissau
GIN|Guinea-Conakry
KAZ|Kazajstán
DEU|Alemania; RFA; Alemania Occidental; República Federal de Alemania
DDR|RDA; Alemania Oriental; Alemania del Este; República Democrática Alemana
YUG|Yugoslavia
BIH|Bosnia; Bosnia-Herzegovina
VNM|Vietnam
TUR|Turquía; Türkiye
IRQ|Irak; Iraq
QAT|Catar; Qatar
KWT|Kuwait
BHR|Baréin; Bahréin; Bahrein
ISR|Israel; Estado hebreo; Estado judío
ZAF|Sudáfrica
CAF|República Centroafricana; Centroáfrica; RCA
SLV|El Salvador
MEX|México
PER|Perú
BRA|Brasil
JPN|Japón
SWZ|Esuatini; Suazilandia
CPV|Cabo Verde
KEN|Kenia; Kenya
RWA|Ruanda; Rwanda
BGD|Bangladés; Bangladesh
MAR|Marruecos
SSD|Sudán del Sur
XKX|Kosovo
FJI|Fiyi; Fiji
ZWE|Zimbabue; Zimbabwe
BWA|Botsuana; Botswana
MWI|Malaui; Malawi
DJI|Yibuti; Djibouti
KGZ|Kirguistán; Kirguizistán
""", columns: 2...2)
}
