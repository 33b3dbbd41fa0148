extension StateLexicon {
    /// French demonym base forms (`StateLexicon.demonymTables`).
    static let frenchDemonyms = LexiconTable("StateLexicon.demonyms.fr", """
RUS|russe
SUN|soviétique
USA|américain; états-unien; étatsunien; étasunien
GBR|britannique
FRA|français
DEU|allemand; ouest-allemand
DDR|est-allemand
ESP|espagnol
ITA|italien; transalpin
PRT|portugais
NLD|néerlandais; hollandais
BEL|belge
LUX|luxembourgeois
CHE|suisse; helvétique
AUT|autrichien
IRL|irlandais
DNK|danois
SWE|suédois
NOR|norvégien
FIN|finlandais
ISL|islandais
POL|polonais
CZE|tchèque
CSK|tchécoslovaque
SVK|slovaque
HUN|hongrois
ROU|roumain
BGR|bulgare
GRC|=grec; =grecque; =grecs; =grecques; hellénique; hellène
CYP|chypriote; cypriote; gréco-chypriote
MLT|maltais
SRB|serbe
HRV|croate
BIH|bosnien
SVN|slovène
MNE|monténégrin
MKD|macédonien; nord-macédonien
ALB|albanais
XKX|kosovar
YUG|yougoslave
LTU|lituanien
LVA|letton
EST|estonien
BLR|biélorusse; bélarusse
UKR|ukrainien
MDA|moldave
GEO|géorgien
ARM|arménien
AZE|azerbaïdjanais; azéri
KAZ|kazakh; kazakhstanais
UZB|=ouzbek; =ouzbèke; =ouzbeks; =ouzbèkes; ouzbékistanais
KGZ|kirghiz
TJK|tadjik
TKM|turkmène
TUR|=turc; =turque; =turcs; =turques
IRN|iranien
IRQ|irakien
SYR|syrien
LBN|libanais
ISR|israélien
PSE|palestinien
JOR|jordanien
SAU|saoudien
YEM|yéménite
OMN|omanais
ARE|émirati; émirien
QAT|qatari; qatarien
KWT|koweïtien; koweitien
BHR|bahreïni; bahreïnien
EGY|égyptien
LBY|libyen
TUN|tunisien
DZA|algérien
MAR|marocain; chérifien
MRT|mauritanien
MLI|malien
NER|nigérien
NGA|nigérian
TCD|tchadien
SDN|soudanais
SSD|sud-soudanais
ETH|éthiopien
ERI|érythréen
SOM|somalien
DJI|djiboutien
KEN|kényan; kenyan
UGA|ougandais
TZA|tanzanien
RWA|rwandais; ruandais
BDI|burundais
GAB|gabonais
CMR|camerounais
CAF|centrafricain
SEN|sénégalais
CIV|ivoirien
GHA|ghanéen
BFA|burkinabé; =burkinabè
GIN|guinéen
BEN|béninois
TGO|togolais
LBR|libérien
SLE|sierra-léonais
AGO|angolais
MOZ|mozambicain
ZWE|zimbabwéen
ZMB|zambien
ZAF|sud-africain
NAM|namibien
BWA|botswanais
MDG|malgache
MUS|mauricien
AFG|afghan
PAK|pakistanais
IND|indien
BGD|bangladais
LKA|sri-lankais; srilankais
NPL|népalais
CHN|chinois
JPN|japonais; nippon
PRK|nord-coréen
KOR|sud-coréen
MNG|mongol
VNM|vietnamien
THA|thaïlandais; thaï
KHM|cambodgien
LAO|laotien; =lao
MMR|birman
MYS|malaisien
IDN|indonésien
PHL|philippin
SGP|singapourien
TWN|taïwanais; taiwanais
AUS|australien
NZL|néo-zélandais
CAN|canadien
MEX|mexicain
CUB|cubain
VEN|vénézuélien; venezuelien; bolivarien; chaviste
COL|colombien
BRA|brésilien
ARG|argentin
CHL|chilien
PER|péruvien
BOL|bolivien
ECU|équatorien
URY|uruguayen
PRY|paraguayen
NIC|nicaraguayen
HND|hondurien
GTM|guatémaltèque
SLV|salvadorien
CRI|costaricien; costaricain; costa-ricien
PAN|panaméen
HTI|haïtien
DOM|dominicain
JAM|jamaïcain
MCO|monégasque
AND|andorran
ATG|antiguais
BHS|bahaméen
BLZ|bélizien
BRB|barbadien
BRN|brunéien
BTN|bhoutanais
COD|zaïrois
COM|comorien
CPV|cap-verdien; capverdien
DMA|dominiquais
ESH|sahraoui
FJI|fidjien
FSM|micronésien
GMB|gambien
GNB|bissau-guinéen
GNQ|équato-guinéen
GRD|grenadien
GUY|guyanien
KIR|kiribatien
KNA|kittitien
LCA|saint-lucien
LIE|liechtensteinois
LSO|lesothan
MDV|maldivien
MHL|marshallais
MWI|malawite; malawien
NRU|nauruan
PLW|palaosien
PNG|papouan-néo-guinéen
SLB|salomonais
SMR|saint-marinais
STP|santoméen
SUR|surinamien; surinamais
SWZ|swazi; eswatinien
SYC|seychellois
TLS|timorais; est-timorais
TON|tongien
TTO|trinidadien
TUV|tuvaluan
VAT|vatican; =papal; =papale; =papaux; =papales
VCT|vincentais
VUT|vanuatais
WSM|samoan
""", columns: 2...2)

    /// French: -e is epicene (russe, russes); -s/-x/-z keep the masculine
    /// plural (français, française, françaises); -en/-on double the n
    /// (vénézuélienne, lettonne); anything else adds -e, -s, -es
    /// (américaine, marocains, émiraties).
    static func inflectFrench(_ base: String) -> [String] {
        if base.hasSuffix("e") { return [base, base + "s"] }
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") {
            return [base, base + "e", base + "es"]
        }
        if base.hasSuffix("en") || base.hasSuffix("on") {
            return [base, base + "ne", base + "s", base + "nes"]
        }
        return [base, base + "e", base + "s", base + "es"]
    }
}
