extension TitleLexicon {
    /// English titles and functions, keyed by their English role (`TitleLexicon.tablesByLanguage`).
    static let englishTitles = LexiconTable("TitleLexicon.en", """
counterpart|counterpart; opposite number; colleague
president|president
vice president|vice president; vice-president
president-elect|president-elect; president elect
interim president|interim president; acting president
prime minister|prime minister; premier
deputy prime minister|deputy prime minister; vice premier; vice-premier; deputy premier
head of state|head of state
head of government|head of government
chancellor|chancellor
foreign minister|foreign minister; foreign secretary; minister of foreign affairs; foreign affairs minister; minister for foreign affairs; external affairs minister; minister of external affairs; top diplomat; chief diplomat; minister of foreign affairs and international cooperation; foreign affairs and international cooperation minister; minister of foreign affairs and cooperation; foreign affairs and cooperation minister
deputy foreign minister|deputy foreign minister; vice foreign minister; assistant foreign minister; assistant minister of foreign affairs
deputy minister|deputy minister; vice minister; vice-minister; junior minister; state secretary; under secretary; under-secretary; undersecretary
defense minister|defense minister; defence minister; defense secretary; defence secretary; secretary of defense; minister of defense; minister of defence; secretary of war; war secretary
interior minister|interior minister; home secretary; home minister; minister of the interior
finance minister|finance minister; minister of finance; treasury secretary; secretary of the treasury; chancellor of the exchequer
economy minister|economy minister; economic minister; economics minister; minister of economy; minister of the economy
trade minister|trade minister; commerce minister; commerce secretary; secretary of commerce; trade representative; minister of trade
energy minister|energy minister; oil minister; petroleum minister; energy secretary; secretary of energy
justice minister|justice minister; minister of justice; justice secretary; attorney general
health minister|health minister; health secretary; minister of health
development minister|development minister; minister of development; minister for development; international development minister; minister for international development; minister of international development
education minister|education minister; minister of education; education secretary
agriculture minister|agriculture minister; minister of agriculture; agriculture secretary
environment minister|environment minister; minister of the environment; minister of environment; environment secretary
transport minister|transport minister; minister of transport; transport secretary; transportation secretary
information minister|information minister; minister of information
labour minister|labour minister; labor minister; minister of labour; minister of labor; labor secretary
tourism minister|tourism minister; minister of tourism
security minister|security minister; minister of security; minister of public security; public security minister; homeland security secretary; secretary of homeland security
immigration minister|immigration minister; minister of immigration
minister|minister; cabinet secretary
secretary of state|secretary of state
national security adviser|national security adviser; national security advisor
adviser|adviser; advisor; aide
secretary-general|secretary-general; secretary general; general secretary
high representative|high representative
commissioner|commissioner
director-general|director-general; director general
director|director; deputy director
ambassador|ambassador; high commissioner
charge d'affaires|chargé d'affaires; charge d'affaires
permanent representative|permanent representative
representative|representative
envoy|envoy; special envoy; emissary
diplomat|diplomat; senior diplomat; first secretary; second secretary; third secretary; embassy counsellor; embassy counselor; defence attaché; defense attaché; military attaché; defence attache; defense attache; military attache
consul|consul; consul general
negotiator|negotiator; chief negotiator
spokesperson|spokesperson; spokesman; spokeswoman
king|king
queen|queen
monarch|monarch
emir|emir; amir
ruler|ruler
royal|royal; senior royal
sultan|sultan
crown prince|crown prince
prince|prince
supreme leader|supreme leader
pope|pope; pontiff
judge|judge
prosecutor|prosecutor; chief prosecutor; prosecutor general; prosecutor-general
general|general; brigadier general; major general; lieutenant general
admiral|admiral
commodore|commodore; rear admiral; vice admiral
colonel|colonel; lieutenant colonel; lieutenant-colonel
captain|captain
marshal|marshal; field marshal
brigadier|brigadier
commander|commander; military commander
commander-in-chief|commander-in-chief; commander in chief
army chief|army chief; military chief; chief of the general staff; chief of defence staff; chief of defense staff; chairman of the Joint Chiefs of Staff
chief of staff|chief of staff
speaker|speaker; house speaker; parliament speaker; speaker of the house; speaker of parliament
senator|senator
lawmaker|lawmaker; legislator; congressman; congresswoman; member of parliament; member of Congress; parliamentarian; MP; MEP
mayor|mayor
governor|governor
leader|leader; strongman; head; chief
opposition leader|opposition leader; leader of the opposition; opposition figure
politician|politician
official|official; senior official; top official; government official; civil servant
dictator|dictator
chair|chairman; chairwoman; chairperson
""", columns: 2...2)
}
