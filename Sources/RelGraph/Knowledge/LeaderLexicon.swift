/// A well-known political figure, for when an article names someone without a title.
struct Leader: Hashable, Sendable {
    /// The name as usually written in English-language news: "Vladimir Putin".
    var fullName: String
    /// Other spellings and short forms: "Poutine", "Putín", "Vladimir Poutine".
    var aliases: [String]
    /// ISO3 code of the state, or organization id ("UN", "NATO", "EU").
    var affiliation: String
    /// Canonical English role, as in `TitleLexicon`: "president", "foreign minister".
    var role: String
    /// The forms a text may use alone to refer to the person ("Putin",
    /// "Poutine", "Xi", "Lula"): the last word of each name unless the table
    /// says otherwise (family name first, compound surnames, regnal names).
    var surnames: [String]
    /// Whether a surname alone names this person in any article ("Putin said"). Office holders known to fewer
    /// readers are named by a name of two words or more, or by their surname after their own title ("President
    /// Kenyatta"): among thousands of them, a surname alone ("Ali", "Sharif") names many.
    var isNamedBySurname = true
}

/// A small fallback table of heads of state and government and foreign
/// ministers famous in world news, about 1990 to 2026.
///
/// It is only a fallback: the extractor trusts the article's own titles
/// first, since people change office ("Medvedev" was president, then prime
/// minister). Each person has one row with the role they are best known in
/// internationally. Keep to people famous in world news: the table is
/// general knowledge, never picked from one article.
enum LeaderLexicon {
    /// `full name | aliases | affiliation | role | surnames (optional)`.
    static let table = LexiconTable("LeaderLexicon", """
# United States
George H. W. Bush|George Bush; Bush père|USA|president|Bush
Bill Clinton|William Clinton|USA|president
George W. Bush|Bush fils|USA|president|Bush
Barack Obama||USA|president
Donald Trump|Donald J. Trump|USA|president
Joe Biden|Joseph Biden; Joseph R. Biden|USA|president
Kamala Harris||USA|vice president
JD Vance|J.D. Vance; J. D. Vance|USA|vice president
Mike Pence||USA|vice president
Dick Cheney||USA|vice president
Al Gore||USA|vice president
James Baker||USA|secretary of state
Warren Christopher||USA|secretary of state
Madeleine Albright||USA|secretary of state
Colin Powell||USA|secretary of state
Condoleezza Rice|Condoleeza Rice|USA|secretary of state
Hillary Clinton|Hillary Rodham Clinton|USA|secretary of state
John Kerry||USA|secretary of state
Rex Tillerson||USA|secretary of state
Mike Pompeo||USA|secretary of state
Antony Blinken|Tony Blinken|USA|secretary of state
Marco Rubio||USA|secretary of state
Lloyd Austin||USA|defense minister
Pete Hegseth||USA|defense minister
# Russia and the Soviet Union
Mikhail Gorbachev|Mikhaïl Gorbatchev; Gorbatchev; Mijaíl Gorbachov; Gorbachov|SUN|president
Boris Yeltsin|Boris Eltsine; Eltsine; Borís Yeltsin|RUS|president
Vladimir Putin|Vladimir Poutine; Poutine; Vladímir Putin; Putín|RUS|president
Dmitry Medvedev|Dmitri Medvedev; Dmitri Médvédev; Dmitri Medvédev; Medvédev|RUS|president
Mikhail Mishustin|Mikhaïl Michoustine; Michoustine; Mijaíl Mishustin|RUS|prime minister
Andrei Kozyrev|Andreï Kozyrev; Andréi Kózyrev|RUS|foreign minister
Yevgeny Primakov|Evgueni Primakov; Yevgueni Primakov|RUS|foreign minister
Igor Ivanov||RUS|foreign minister
Sergei Lavrov|Sergey Lavrov; Sergueï Lavrov; Serguéi Lavrov|RUS|foreign minister
Sergei Shoigu|Sergey Shoigu; Sergueï Choïgou; Choïgou; Serguéi Shoigú; Shoigú|RUS|defense minister
Dmitry Peskov|Dmitri Peskov|RUS|spokesperson
Maria Zakharova|María Zajárova; Zajárova|RUS|spokesperson
# China
Jiang Zemin||CHN|president|Jiang
Hu Jintao||CHN|president|Hu
Xi Jinping||CHN|president|Xi
Li Peng||CHN|prime minister|Li
Zhu Rongji||CHN|prime minister|Zhu
Wen Jiabao||CHN|prime minister|Wen
Li Keqiang||CHN|prime minister|Li
Li Qiang||CHN|prime minister|Li
Wang Yi||CHN|foreign minister|Wang
Yang Jiechi||CHN|foreign minister|Yang
Qin Gang||CHN|foreign minister|Qin
# France
François Mitterrand|Francois Mitterrand; François Mitterand|FRA|president
Jacques Chirac||FRA|president
Nicolas Sarkozy||FRA|president
François Hollande|Francois Hollande|FRA|president
Emmanuel Macron||FRA|president
Alain Juppé|Alain Juppe|FRA|foreign minister
Hubert Védrine|Hubert Vedrine|FRA|foreign minister
Dominique de Villepin||FRA|foreign minister|de Villepin; Villepin
Bernard Kouchner||FRA|foreign minister
Laurent Fabius||FRA|foreign minister
Jean-Yves Le Drian||FRA|foreign minister|Le Drian
Catherine Colonna||FRA|foreign minister
Stéphane Séjourné|Stephane Sejourne|FRA|foreign minister
Jean-Noël Barrot|Jean-Noel Barrot|FRA|foreign minister
# United Kingdom
Elizabeth II|Queen Elizabeth; Élisabeth II; Elisabeth II; Isabel II|GBR|queen|Elizabeth II; Élisabeth II; Isabel II
Charles III|King Charles; Carlos III|GBR|king|Charles III; Carlos III
John Major||GBR|prime minister
Tony Blair||GBR|prime minister
Gordon Brown||GBR|prime minister
David Cameron||GBR|prime minister
Theresa May||GBR|prime minister
Boris Johnson||GBR|prime minister
Liz Truss||GBR|prime minister
Rishi Sunak||GBR|prime minister
Keir Starmer||GBR|prime minister
Robin Cook||GBR|foreign minister
Jack Straw||GBR|foreign minister
David Miliband||GBR|foreign minister
William Hague||GBR|foreign minister
James Cleverly||GBR|foreign minister
David Lammy||GBR|foreign minister
Yvette Cooper||GBR|foreign minister
# Germany
Helmut Kohl||DEU|chancellor
Gerhard Schröder|Gerhard Schroeder; Gerhard Schroder|DEU|chancellor
Angela Merkel||DEU|chancellor
Olaf Scholz||DEU|chancellor
Friedrich Merz||DEU|chancellor
Joschka Fischer||DEU|foreign minister
Frank-Walter Steinmeier||DEU|president
Annalena Baerbock||DEU|foreign minister
Johann Wadephul||DEU|foreign minister
# Spain
Felipe González|Felipe Gonzalez|ESP|prime minister
José María Aznar|Jose Maria Aznar|ESP|prime minister
José Luis Rodríguez Zapatero|José Luis Zapatero; Jose Luis Rodriguez Zapatero|ESP|prime minister|Zapatero; Rodríguez Zapatero
Mariano Rajoy||ESP|prime minister
Pedro Sánchez|Pedro Sanchez|ESP|prime minister
José Manuel Albares|Jose Manuel Albares|ESP|foreign minister
Juan Carlos I|Juan Carlos; roi Juan Carlos; King Juan Carlos|ESP|king|Juan Carlos
Felipe VI|Philippe VI|ESP|king|Felipe VI; Philippe VI
# Italy, Poland, Hungary, Netherlands, Belgium
Silvio Berlusconi||ITA|prime minister
Romano Prodi||ITA|prime minister
Mario Draghi||ITA|prime minister
Giorgia Meloni||ITA|prime minister
Donald Tusk||POL|prime minister
Viktor Orbán|Viktor Orban|HUN|prime minister
# Ukraine, Belarus
Leonid Kravchuk|Leonid Kravtchouk|UKR|president
Leonid Kuchma|Léonid Koutchma; Leonid Koutchma|UKR|president
Viktor Yushchenko|Viktor Iouchtchenko; Víktor Yúshchenko|UKR|president
Viktor Yanukovych|Viktor Ianoukovitch; Víktor Yanukóvich; Yanukóvich|UKR|president
Petro Poroshenko|Petro Porochenko; Petró Poroshenko|UKR|president
Volodymyr Zelensky|Volodymyr Zelenskyy; Volodymyr Zelenski; Volodimir Zelenski; Volodímir Zelenski; Zelensky; Zelenskyy; Zelenski|UKR|president
Dmytro Kuleba|Dmitro Kuleba|UKR|foreign minister
Andrii Sybiha|Andriy Sybiha; Andriï Sybiha; Andrii Sibiga|UKR|foreign minister
Alexander Lukashenko|Aleksandr Lukashenko; Alexandre Loukachenko; Loukachenko; Alexandr Lukashenko; Aleksandr Lukashenka|BLR|president
# Turkey, Iran, Israel, Arab states
Recep Tayyip Erdoğan|Recep Tayyip Erdogan; Erdogan; Erdoğan|TUR|president
Ahmet Davutoğlu|Ahmet Davutoglu|TUR|foreign minister
Mevlüt Çavuşoğlu|Mevlut Cavusoglu; Mevlüt Cavusoglu|TUR|foreign minister
Hakan Fidan||TUR|foreign minister
Ali Khamenei|Ali Jamenei; Jamenei; Khamenei|IRN|supreme leader
Akbar Hashemi Rafsanjani|Hachemi Rafsandjani; Rafsandjani; Rafsanyaní|IRN|president|Rafsanjani; Rafsandjani; Rafsanyaní
Mohammad Khatami|Mohamed Jatamí; Jatamí|IRN|president
Mahmoud Ahmadinejad|Mahmud Ahmadineyad; Ahmadineyad|IRN|president
Hassan Rouhani|Hassan Rohani; Hasan Rohaní; Rohani; Rohaní|IRN|president
Ebrahim Raisi|Ebrahim Raïssi; Raïssi; Ebrahim Raisí; Raisí|IRN|president
Masoud Pezeshkian|Massoud Pezeshkian; Masud Pezeshkian|IRN|president
Mohammad Javad Zarif|Javad Zarif; Mohamad Yavad Zarif|IRN|foreign minister|Zarif
Hossein Amir-Abdollahian|Hossein Amir Abdollahian; Hosein Amir Abdolahian|IRN|foreign minister|Amir-Abdollahian; Abdollahian; Abdolahian
Abbas Araghchi|Abbas Araqchi; Abbas Araqchí; Araqchi; Araqchí|IRN|foreign minister
Yitzhak Rabin|Itzhak Rabin; Isaac Rabin|ISR|prime minister
Shimon Peres|Shimon Pérès; Simón Peres|ISR|prime minister
Benjamin Netanyahu|Benyamin Nétanyahou; Nétanyahou; Netanyahou; Benjamín Netanyahu; Bibi Netanyahu|ISR|prime minister
Ehud Barak||ISR|prime minister
Ariel Sharon|Ariel Sharón|ISR|prime minister
Ehud Olmert||ISR|prime minister
Naftali Bennett||ISR|prime minister
Yair Lapid||ISR|prime minister
Isaac Herzog|Yitzhak Herzog|ISR|president
Yasser Arafat|Yasir Arafat; Yaser Arafat|PSE|president
Mahmoud Abbas|Mahmud Abbas; Mahmud Abás; Abou Mazen; Abu Mazen|PSE|president|Abbas; Abás
Hafez al-Assad|Hafez el-Assad; Hafez al Asad|SYR|president|Hafez
Bashar al-Assad|Bachar al-Assad; Bachar el-Assad; Bashar al Asad; Bashar al-Asad|SYR|president|al-Assad; el-Assad; Assad; al Asad; Asad
Ahmed al-Sharaa|Ahmad al-Chareh; Ahmed al-Charaa; Ahmed al Shara; Ahmed al-Chareh; Abou Mohammed al-Jolani; Abu Mohammed al-Julani|SYR|president|al-Sharaa; al-Chareh; al-Charaa; al Shara; Sharaa; Chareh; Charaa; Jolani; Julani
Saddam Hussein|Sadam Husein|IRQ|president|Saddam; Hussein; Husein
Hosni Mubarak|Hosni Moubarak; Moubarak|EGY|president
Mohamed Morsi|Mohammed Morsi; Mohamed Mursi|EGY|president
Abdel Fattah al-Sisi|Abdel Fattah al-Sissi; Abdel Fattah el-Sissi; Abdelfatá al Sisi; Sissi; Al-Sisi|EGY|president|al-Sisi; al-Sissi; el-Sissi; Sissi; Sisi; al Sisi
Muammar Gaddafi|Mouammar Kadhafi; Kadhafi; Muamar el Gadafi; Gadafi; Muammar Qaddafi|LBY|leader|Gaddafi; Kadhafi; Gadafi; Qaddafi
Salman bin Abdulaziz|roi Salmane; King Salman; rey Salmán|SAU|king|Salman; Salmane; Salmán
Mohammed bin Salman|Mohammed ben Salmane; Mohamed bin Salmán; MBS|SAU|crown prince|bin Salman; ben Salmane; bin Salmán; MBS
Faisal bin Farhan|Fayçal ben Farhane; Faisal bin Farhan Al Saud|SAU|foreign minister|bin Farhan; ben Farhane
Tamim bin Hamad Al Thani|Tamim ben Hamad Al-Thani; Tamim bin Hamad al Thani|QAT|emir|Tamim
Mohamed bin Zayed|Mohammed ben Zayed; Mohamed bin Zayed Al Nahyan; MBZ|ARE|president|bin Zayed; ben Zayed; MBZ
Abdullah II|Abdallah II; roi Abdallah; King Abdullah|JOR|king|Abdullah II; Abdallah II
Mohammed VI|Mohamed VI; roi Mohammed VI|MAR|king|Mohammed VI; Mohamed VI
Abdelaziz Bouteflika|Abdelaziz Buteflika|DZA|president
Abdelmadjid Tebboune|Abdelmadjid Tebún; Tebún|DZA|president
# Asia
Narendra Modi||IND|prime minister
Manmohan Singh||IND|prime minister
Atal Bihari Vajpayee||IND|prime minister
Subrahmanyam Jaishankar|S. Jaishankar|IND|foreign minister|Jaishankar
Pervez Musharraf|Pervez Moucharraf; Moucharraf|PAK|president
Imran Khan||PAK|prime minister
Shehbaz Sharif|Shahbaz Sharif|PAK|prime minister|Sharif
Nawaz Sharif||PAK|prime minister|Sharif
Hamid Karzai|Hamid Karzaï; Karzaï|AFG|president
Ashraf Ghani||AFG|president
Junichiro Koizumi|Junichirō Koizumi|JPN|prime minister
Shinzo Abe|Shinzō Abe|JPN|prime minister
Fumio Kishida||JPN|prime minister
Shigeru Ishiba||JPN|prime minister
Sanae Takaichi||JPN|prime minister
Kim Il-sung|Kim Il Sung|PRK|leader|Kim
Kim Jong-il|Kim Jong Il|PRK|leader|Kim
Kim Jong-un|Kim Jong Un; Kim Jong-Un|PRK|leader|Kim
Moon Jae-in|Moon Jae In|KOR|president|Moon
Yoon Suk-yeol|Yoon Suk Yeol|KOR|president|Yoon
Lee Jae-myung|Lee Jae Myung|KOR|president|Lee
Tsai Ing-wen|Tsai Ing Wen|TWN|president|Tsai
Lai Ching-te|Lai Ching Te; William Lai|TWN|president|Lai
Joko Widodo|Jokowi|IDN|president|Widodo; Jokowi
Prabowo Subianto||IDN|president|Prabowo; Subianto
Rodrigo Duterte||PHL|president
Ferdinand Marcos Jr.|Bongbong Marcos; Ferdinand Marcos Jr|PHL|president|Marcos
# Americas
Justin Trudeau||CAN|prime minister
Mark Carney||CAN|prime minister
Jean Chrétien|Jean Chretien|CAN|prime minister
Stephen Harper||CAN|prime minister
Ernesto Zedillo||MEX|president
Vicente Fox||MEX|president
Felipe Calderón|Felipe Calderon|MEX|president
Enrique Peña Nieto|Enrique Pena Nieto|MEX|president|Peña Nieto; Pena Nieto
Andrés Manuel López Obrador|Andres Manuel Lopez Obrador; AMLO|MEX|president|López Obrador; Lopez Obrador; AMLO
Claudia Sheinbaum||MEX|president
Fidel Castro||CUB|president|Castro
Raúl Castro|Raul Castro|CUB|president|Castro
Miguel Díaz-Canel|Miguel Diaz-Canel; Miguel Díaz Canel|CUB|president|Díaz-Canel; Diaz-Canel; Díaz Canel
Bruno Rodríguez Parrilla|Bruno Rodriguez Parrilla; Bruno Rodríguez|CUB|foreign minister|Rodríguez Parrilla
Hugo Chávez|Hugo Chavez|VEN|president
Nicolás Maduro|Nicolas Maduro|VEN|president
Delcy Rodríguez|Delcy Rodriguez|VEN|vice president
Yván Gil|Yvan Gil|VEN|foreign minister|Gil
Juan Guaidó|Juan Guaido|VEN|opposition leader
María Corina Machado|Maria Corina Machado|VEN|opposition leader|Machado
Edmundo González Urrutia|Edmundo Gonzalez Urrutia; Edmundo González|VEN|opposition leader|González Urrutia
Daniel Ortega||NIC|president
Evo Morales||BOL|president
Rafael Correa||ECU|president
Daniel Noboa||ECU|president
Álvaro Uribe|Alvaro Uribe|COL|president
Juan Manuel Santos||COL|president
Gustavo Petro||COL|president
Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva; Lula da Silva; Lula|BRA|president|Lula; Lula da Silva
Dilma Rousseff||BRA|president
Michel Temer||BRA|president
Jair Bolsonaro||BRA|president
Fernando Henrique Cardoso||BRA|president
Mauro Vieira||BRA|foreign minister
Carlos Menem||ARG|president
Néstor Kirchner|Nestor Kirchner|ARG|president
Cristina Fernández de Kirchner|Cristina Kirchner; Cristina Fernandez de Kirchner|ARG|president|Kirchner; Fernández de Kirchner
Mauricio Macri||ARG|president
Javier Milei||ARG|president
Michelle Bachelet||CHL|president
Sebastián Piñera|Sebastian Pinera; Sebastián Pinera|CHL|president
Gabriel Boric||CHL|president
# Africa
Nelson Mandela||ZAF|president
Thabo Mbeki||ZAF|president
Jacob Zuma||ZAF|president
Cyril Ramaphosa||ZAF|president
Paul Kagame||RWA|president
Abiy Ahmed|Abiy Ahmed Ali|ETH|prime minister|Abiy
Bola Tinubu|Bola Ahmed Tinubu|NGA|president
# Balkans
Slobodan Milošević|Slobodan Milosevic; Milosevic; Slobodan Milosevitch; Milosevitch|SRB|president
Aleksandar Vučić|Aleksandar Vucic; Vucic; Aleksandar Vutchitch|SRB|president
# Holy See
John Paul II|Jean-Paul II; Juan Pablo II|VAT|pope|John Paul II; Jean-Paul II; Juan Pablo II
Benedict XVI|Benoît XVI; Benoit XVI; Benedicto XVI|VAT|pope|Benedict XVI; Benoît XVI; Benedicto XVI
Francis|pape François; Pope Francis; papa Francisco; Jorge Bergoglio; Jorge Mario Bergoglio|VAT|pope|Bergoglio
Leo XIV|Léon XIV; León XIV; Robert Prevost; Robert Francis Prevost|VAT|pope|Leo XIV; Léon XIV; León XIV; Prevost
# International organizations
Boutros Boutros-Ghali|Boutros Boutros Ghali|UN|secretary-general|Boutros-Ghali
Kofi Annan||UN|secretary-general
Ban Ki-moon|Ban Ki Moon|UN|secretary-general|Ban; Ban Ki-moon
António Guterres|Antonio Guterres|UN|secretary-general
Jens Stoltenberg||NATO|secretary-general
Mark Rutte||NATO|secretary-general
Ursula von der Leyen||EU|president|von der Leyen
Josep Borrell||EU|high representative
Kaja Kallas||EU|high representative
Rafael Grossi|Rafael Mariano Grossi|IAEA|director-general
Tedros Adhanom Ghebreyesus|Tedros Adhanom; Tedros|WHO|director-general|Tedros
Kristalina Georgieva|Kristalina Gueorguieva|IMF|director-general
""", columns: 4...5, required: [0, 2, 3])

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] { [table] }

    /// Every leader named by surname alone, parsed once on first use. The office holders of `OfficeHolderLexicon` are
    /// looked up in their own index.
    static let all: [Leader] = table.rows.map(famousLeader)

    private static func famousLeader(_ row: [String]) -> Leader {
        let aliases = LexiconTable.values(row[1])
        var surnames = LexiconTable.values(LexiconTable.field(row, 4))
        if surnames.isEmpty {
            for name in [row[0]] + aliases {
                // Split on the space byte, not on Characters: the table is built at start-up.
                if let last = name.utf8.split(separator: UInt8(ascii: " ")).last.map({ String(Substring($0)) }),
                   !surnames.contains(last) {
                    surnames.append(last)
                }
            }
        }
        return Leader(fullName: row[0], aliases: aliases, affiliation: row[2], role: row[3], surnames: surnames)
    }

    /// folded surname → indices into `all`. A `WordMap`: asked for every word of every name in the text, where
    /// hashing the surname for a `Dictionary` cost more than the rest of the lookup.
    /// The full name and the aliases are keys too: the runs of words that end a name are looked up as surnames
    /// (`ActorLexicon.endingSurnames`), so that a name of two words finds the leader the table lists under that alias
    /// and not only those whose surname is its last word.
    private static let bySurname: WordMap<[Int]> = {
        var index: [String: [Int]] = [:]
        for (position, leader) in all.enumerated() {
            let names = ([leader.fullName] + leader.aliases).filter { $0.utf8.contains(UInt8(ascii: " ")) }
            for surname in Set((leader.surnames + names).map { TextFolding.fold($0) }) {
                index[surname, default: []].append(position)
            }
        }
        return WordMap(index)
    }()

    /// Every leader known by `surname`, matched without regard to case or
    /// accents ("poutine", "Putín" → Vladimir Putin; "Castro" → both Castros).
    static func leader(surname: String) -> [Leader] {
        famous(surname: surname) + OfficeHolderLexicon.leaders(lastWord: TextFolding.fold(surname))
    }

    /// The leaders named by surname alone who answer to `surname`, without the office holders.
    static func famous(surname: String) -> [Leader] {
        bySurname[TextFolding.fold(surname)].map { $0.map { all[$0] } } ?? []
    }

    /// Leaders whose full name or one of whose aliases is exactly `name`
    /// (case- and accent-insensitive).
    static func leader(fullName name: String) -> [Leader] {
        let folded = TextFolding.fold(name)
        return all.filter { leader in
            ([leader.fullName] + leader.aliases).contains { TextFolding.fold($0) == folded }
        }
    }
}
