extension StateLexicon {
    /// Spanish demonym base forms (`StateLexicon.demonymTables`).
    static let spanishDemonyms = LexiconTable("StateLexicon.demonyms.es", """
RUS|ruso
SUN|soviético
USA|estadounidense; norteamericano; =yanqui; =yanquis
GBR|británico
FRA|francés
DEU|alemán; germano; =germanooccidental; =germanooccidentales; =germano-occidental; =germano-occidentales; =alemán occidental; =alemana occidental; =alemanes occidentales; =alemanas occidentales
DDR|=germanooriental; =germanoorientales; =germano-oriental; =germano-orientales; =alemán oriental; =alemana oriental; =alemanes orientales; =alemanas orientales
ESP|español
ITA|italiano; transalpino
PRT|portugués; luso
NLD|neerlandés; holandés
BEL|belga
LUX|luxemburgués
CHE|suizo; helvético
AUT|austriaco; austríaco
IRL|irlandés
DNK|danés
SWE|sueco
NOR|noruego
FIN|finlandés
ISL|islandés
POL|polaco
CZE|checo
CSK|checoslovaco
SVK|eslovaco
HUN|húngaro
ROU|rumano
BGR|búlgaro
GRC|griego; helénico
CYP|chipriota; grecochipriota
MLT|maltés
SRB|serbio
HRV|croata
BIH|bosnio
SVN|esloveno
MNE|montenegrino
MKD|macedonio
ALB|albanés
XKX|=kosovar; =kosovares
YUG|yugoslavo
LTU|lituano
LVA|letón
EST|estonio
BLR|bielorruso; belaruso
UKR|ucraniano; ucranio
MDA|moldavo
GEO|georgiano
ARM|armenio
AZE|azerbaiyano; azerí
KAZ|kazajo; kazajistano
UZB|uzbeko; uzbeco
KGZ|=kirguís; =kirguises; kirguiso; kirguistano
TJK|tayiko
TKM|turkmeno
TUR|turco
IRN|iraní
IRQ|iraquí
SYR|sirio
LBN|libanés
ISR|israelí
PSE|palestino
JOR|jordano
SAU|saudí; saudita
YEM|yemení; yemenita
OMN|omaní
ARE|emiratí
QAT|catarí; qatarí
KWT|kuwaití
BHR|bareiní; bahreiní
EGY|egipcio
LBY|libio
TUN|tunecino
DZA|argelino
MAR|marroquí; alauí
MRT|mauritano
MLI|maliense; malí
NER|nigerino
NGA|nigeriano
TCD|chadiano
SDN|sudanés
SSD|sursudanés
ETH|etíope
ERI|eritreo
SOM|somalí
DJI|yibutiano
KEN|keniano; keniata
UGA|ugandés
TZA|tanzano; tanzaniano
RWA|ruandés
BDI|burundés; burundiano
GAB|gabonés
CMR|camerunés
CAF|centroafricano
SEN|senegalés
CIV|marfileño
GHA|ghanés; ghaneano
BFA|burkinés; =burkinabé; =burkinabés
GIN|guineano
BEN|beninés
TGO|togolés
LBR|liberiano
SLE|sierraleonés
AGO|angoleño; angolano
MOZ|mozambiqueño
ZWE|zimbabuense
ZMB|zambiano
ZAF|sudafricano
NAM|namibio
MDG|malgache
MUS|mauriciano
AFG|afgano
PAK|paquistaní; pakistaní
IND|indio
BGD|bangladesí
LKA|esrilanqués; ceilandés; srilanqués
NPL|nepalí; nepalés
CHN|chino
JPN|japonés; nipón
PRK|norcoreano
KOR|surcoreano; sudcoreano
MNG|mongol
VNM|vietnamita
THA|tailandés
KHM|camboyano
LAO|laosiano
MMR|birmano
MYS|malasio
IDN|indonesio
PHL|filipino
SGP|singapurense; singapureño
TWN|taiwanés
AUS|australiano
NZL|neozelandés
CAN|canadiense
MEX|mexicano
CUB|cubano
VEN|venezolano; bolivariano; chavista
COL|colombiano
BRA|brasileño; brasilero
ARG|argentino
CHL|chileno
PER|peruano
BOL|boliviano
ECU|ecuatoriano
URY|uruguayo
PRY|paraguayo
NIC|nicaragüense
HND|hondureño
GTM|guatemalteco
SLV|salvadoreño
CRI|costarricense; costarriqueño
PAN|panameño
HTI|haitiano
DOM|dominicano
JAM|jamaicano; jamaiquino
PRI|puertorriqueño
MCO|monegasco
AND|andorrano
ATG|antiguano
BHS|bahameño
BLZ|beliceño
BRB|barbadense
BRN|bruneano
BTN|butanés
BWA|botsuanés; botsuano
COD|zaireño
COM|comorense
CPV|caboverdiano
DMA|dominiqués
ESH|=saharaui; =saharauis
FJI|fiyiano
FSM|micronesio
GMB|gambiano
GNB|bisauguineano
GNQ|ecuatoguineano
GUY|guyanés
KIR|kiribatiano
KNA|sancristobaleño
LCA|santalucense
LIE|liechtensteiniano
LSO|lesotense
MDV|maldivo
MHL|marshalés
MWI|malauí
NRU|nauruano
PLW|palauano
PNG|papú
SLB|salomonense
SMR|sanmarinense
STP|santotomense
SUR|surinamés
SWZ|suazi
SYC|seychellense
TLS|timorense
TON|tongano
TTO|trinitense
TUV|tuvaluano
VAT|vaticano; =papal; =papales
VCT|sanvicentino
VUT|vanuatuense
WSM|samoano
""", columns: 2...2)

    /// Spanish: -o → -a/-os/-as; -a and -e only take -s (belga, estadounidense);
    /// stressed -í/-ú take -es (marroquíes); -és/-án/-ín/-ón lose the accent
    /// when a syllable is added (francesa, alemanes, letonas); other
    /// consonants add -a/-es/-as (española, mongoles).
    static func inflectSpanish(_ base: String) -> [String] {
        if base.hasSuffix("o") {
            let stem = String(base.dropLast())
            return [base, stem + "a", base + "s", stem + "as"]
        }
        if base.hasSuffix("a") || base.hasSuffix("e") { return [base, base + "s"] }
        if base.hasSuffix("í") || base.hasSuffix("ú") { return [base, base + "es"] }
        let accented: [(String, String)] = [("és", "es"), ("án", "an"), ("ín", "in"), ("ón", "on")]
        for (suffix, plain) in accented where base.hasSuffix(suffix) {
            let stem = String(base.dropLast(2)) + plain
            return [base, stem + "a", stem + "es", stem + "as"]
        }
        return [base, base + "a", base + "es", base + "as"]
    }
}
