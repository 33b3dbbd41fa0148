import Testing
@testable import RelGraph

/// Checks the compiled-in lexicons: that every table parses, that CLDR names
/// and generated inflections come through, and that no surface is claimed by
/// two keys unless the ambiguity is deliberate and listed here.
@Suite("Lexicon")
struct LexiconTests {
    private func has(_ entries: [LexiconEntry], _ surface: String, _ key: String, _ form: LexiconEntry.Form) -> Bool {
        entries.contains { $0.surface == surface && $0.key == key && $0.form == form }
    }

    /// Every entry of every lexicon for one language.
    private func allEntries(_ language: Language) -> [LexiconEntry] {
        StateLexicon.entries(language)
            + OrganizationLexicon.entries(language)
            + MediaLexicon.entries(language)
            + RegionLexicon.entries(language)
            + TitleLexicon.entries(language)
    }

    @Test func everyTableParses() {
        #expect(LexiconTables.malformedRows == [])
        #expect(LexiconTables.all.allSatisfy { !$0.rows.isEmpty })
    }

    @Test func parserReportsMalformedRows() {
        let table = LexiconTable("test", "A|B\n# comment\n\nC\nD|E|F\n|G", columns: 2...2)
        #expect(table.rows == [["A", "B"]])
        #expect(table.malformed.count == 3)
    }

    @Test("fields are trimmed of spaces, tabs and Unicode white space, and keep their line numbers")
    func parserTrimsFields() {
        let table = LexiconTable("test", "\t A | b c ;  d\u{A0}\n\n  # note\n\u{2003}É|\u{A0} ñ \t\nX|\n", columns: 2...2)
        #expect(table.rows == [["A", "b c ;  d"], ["É", "ñ"]])
        #expect(table.malformed == ["test:5: X|"])
        #expect(LexiconTable.values(" Poutine;Putin ;; Putín\u{A0};") == ["Poutine", "Putin", "Putín"])
        #expect(LexiconTable.pieces("a||b|", separatedBy: UInt8(ascii: "|")) == ["a", "", "b", ""])
    }

    /// A hyphen between two capitalised words of a state's name may be written as a space.
    @Test func hyphenatedStateNamesAlsoTakeASpace() {
        #expect(has(StateLexicon.entries(.fr), "Guinée Bissau", "GNB", .stateName))
        #expect(has(StateLexicon.entries(.en), "Guinea Bissau", "GNB", .stateName))
        #expect(has(StateLexicon.entries(.en), "Timor Leste", "TLS", .stateName))
        #expect(Probe.mentions("Le Tchad et la Guinée Bissau ont signé un accord.", .fr) == ["Tchad=TCD", "Guinée Bissau=GNB"])
        // A name of the press's own table takes the same variants as CLDR's.
        #expect(has(StateLexicon.entries(.es), "Guinea Bissau", "GNB", .stateName))
        #expect(Probe.mentions("Ghana firmó un acuerdo con Guinea Bissau.", .es) == ["Ghana=GHA", "Guinea Bissau=GNB"])
    }

    /// "The Islamic Republic" alone is Iran in the press of the three languages; another Islamic republic is named in full.
    @Test func theIslamicRepublicIsIran() {
        #expect(Probe.nodeIDs("Ghana downgraded ties with the Islamic republic.", .en) == ["GHA", "IRN"])
        #expect(Probe.nodeIDs("Le Ghana a rappelé son ambassadeur de la République islamique.", .fr) == ["GHA", "IRN"])
        #expect(Probe.nodeIDs("Ghana retiró a su embajador de la República Islámica.", .es) == ["GHA", "IRN"])
        #expect(Probe.nodeIDs("Ghana signed an accord with the Islamic Republic of Mauritania.", .en) == ["GHA", "MRT"])
    }

    /// A state's name of two capitalised words may be written with a hyphen, as one token.
    @Test func twoWordStateNamesAlsoTakeAHyphen() {
        #expect(has(StateLexicon.entries(.fr), "Burkina-Faso", "BFA", .stateName))
        #expect(has(StateLexicon.entries(.en), "Sierra-Leone", "SLE", .stateName))
        #expect(Probe.mentions("Le Burkina-Faso et le Niger ont signé un accord.", .fr) == ["Burkina-Faso=BFA", "Niger=NER"])
        #expect(!StateLexicon.entries(.en).contains { $0.surface == "United-Kingdom-of" })
    }

    @Test func alpha2ToAlpha3() {
        #expect(CountryCodes.alpha3("VE") == "VEN")
        #expect(CountryCodes.alpha3("ve") == "VEN")
        #expect(CountryCodes.alpha3("DE") == "DEU")
        #expect(CountryCodes.alpha3("GB") == "GBR")
        #expect(CountryCodes.alpha3("RU") == "RUS")
        #expect(CountryCodes.alpha3("RS") == "SRB")
        #expect(CountryCodes.alpha3("XK") == "XKX")
        #expect(CountryCodes.alpha3("SU") == "SUN")
        #expect(CountryCodes.alpha3("YU") == "YUG")
        #expect(CountryCodes.alpha3("CS") == "CSK")
        #expect(CountryCodes.alpha3("DD") == "DDR")
        #expect(CountryCodes.alpha3("ZZ") == nil)
        #expect(CountryCodes.allAlpha3.count >= 240)
        #expect(Set(CountryCodes.allAlpha3).count == CountryCodes.allAlpha3.count)
        #expect(CountryCodes.isStateCode("VEN"))
        #expect(CountryCodes.isStateCode("SUN"))
        #expect(!CountryCodes.isStateCode("OAS"))
        #expect(!CountryCodes.isStateCode("NATO"))
        #expect(CountryCodes.status(of: "PRI") == .territory)
    }

    @Test func displayNames() {
        #expect(CountryCodes.name(of: "VEN", in: .fr) == "Venezuela")
        #expect(CountryCodes.name(of: "DEU", in: .fr) == "Allemagne")
        #expect(CountryCodes.name(of: "DEU", in: .es) == "Alemania")
        #expect(CountryCodes.name(of: "DEU", in: .en) == "Germany")
        #expect(CountryCodes.name(of: "SUN", in: .fr) == "Union soviétique")
        #expect(CountryCodes.name(of: "SUN", in: .en) == "Soviet Union")
        #expect(CountryCodes.name(of: "SUN", in: .es) == "Unión Soviética")
        #expect(CountryCodes.name(of: "XKX", in: .en) == "Kosovo")
        #expect(CountryCodes.name(of: "CHN", in: .fr) == "Chine")
        #expect(CountryCodes.name(of: "MMR", in: .fr) == "Myanmar")
        // Every code has a real name in every language, not the code itself.
        for language in Language.allCases {
            for code in CountryCodes.allAlpha3 {
                #expect(CountryCodes.name(of: code, in: language) != code, "\(code) \(language)")
            }
        }
    }

    @Test func cldrStateNames() {
        let fr = StateLexicon.entries(.fr), en = StateLexicon.entries(.en), es = StateLexicon.entries(.es)
        #expect(has(fr, "Venezuela", "VEN", .stateName))
        #expect(has(fr, "Allemagne", "DEU", .stateName))
        #expect(has(es, "Alemania", "DEU", .stateName))
        #expect(has(en, "Germany", "DEU", .stateName))
        // CLDR's parenthesised variant is split out.
        #expect(has(fr, "Birmanie", "MMR", .stateName))
        #expect(has(en, "Burma", "MMR", .stateName))
        // "&" spelled out, "St." expanded.
        #expect(has(en, "Bosnia and Herzegovina", "BIH", .stateName))
        #expect(has(en, "Saint Kitts and Nevis", "KNA", .stateName))
        // CLDR's alias SU → Russia must not leak in.
        #expect(!has(fr, "Russie", "SUN", .stateName))
        // Withheld CLDR names.
        #expect(!fr.contains { $0.surface == "Dominique" })
        #expect(!es.contains { $0.surface == "Granada" })
        // Every current state has a name in every language.
        for language in Language.allCases {
            let keys = Set(StateLexicon.entries(language).filter { $0.form == .stateName }.map(\.key))
            #expect(keys.count >= 240)
        }
    }

    @Test func pressAliases() {
        let fr = StateLexicon.entries(.fr), en = StateLexicon.entries(.en), es = StateLexicon.entries(.es)
        #expect(has(fr, "URSS", "SUN", .stateName))
        #expect(has(fr, "RDC", "COD", .stateName))
        #expect(has(fr, "Saint-Siège", "VAT", .stateName))
        #expect(has(en, "U.S.", "USA", .stateName))
        #expect(has(en, "US", "USA", .stateName))
        #expect(has(en, "UK", "GBR", .stateName))
        #expect(has(en, "Holy See", "VAT", .stateName))
        #expect(has(en, "Ivory Coast", "CIV", .stateName))
        #expect(has(es, "EE. UU.", "USA", .stateName))
        #expect(has(es, "EE.UU.", "USA", .stateName))
        #expect(has(es, "Santa Sede", "VAT", .stateName))
        #expect(has(es, "Corea del Norte", "PRK", .stateName))
        #expect(has(en, "N. Korea", "PRK", .stateName))
        #expect(has(en, "S. Korea", "KOR", .stateName))
        // The Portuguese spellings and the capitals that tell the two Guineas apart.
        #expect(has(es, "Guinea-Bissau", "GNB", .stateName))
        #expect(has(es, "Guinea-Conakry", "GIN", .stateName))
        #expect(has(fr, "Guinée-Conakry", "GIN", .stateName))
        #expect(has(es, "Timor-Leste", "TLS", .stateName))
        // The Caribbean states CLDR spells with "St." and "&".
        #expect(has(en, "St Vincent and the Grenadines", "VCT", .stateName))
        #expect(has(en, "Saint Kitts and Nevis", "KNA", .stateName))
        #expect(has(fr, "Saint-Vincent-et-les-Grenadines", "VCT", .stateName))
    }

    @Test func demonymInflections() {
        let fr = StateLexicon.entries(.fr), en = StateLexicon.entries(.en), es = StateLexicon.entries(.es)
        for form in ["vénézuélien", "vénézuélienne", "vénézuéliens", "vénézuéliennes"] {
            #expect(has(fr, form, "VEN", .demonym), "\(form)")
        }
        for form in ["russe", "russes"] { #expect(has(fr, form, "RUS", .demonym)) }
        for form in ["français", "française", "françaises"] { #expect(has(fr, form, "FRA", .demonym)) }
        for form in ["américain", "américaine", "américains", "américaines"] { #expect(has(fr, form, "USA", .demonym)) }
        for form in ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes"] { #expect(has(fr, form, "PRK", .demonym)) }
        for form in ["qatari", "qatarie", "qataris", "qataries"] { #expect(has(fr, form, "QAT", .demonym)) }
        #expect(has(fr, "soviétiques", "SUN", .demonym))
        #expect(has(fr, "grecque", "GRC", .demonym))
        #expect(!fr.contains { $0.surface == "françaiss" || $0.surface == "russees" })

        for form in ["ruso", "rusa", "rusos", "rusas"] { #expect(has(es, form, "RUS", .demonym)) }
        for form in ["francés", "francesa", "franceses", "francesas"] { #expect(has(es, form, "FRA", .demonym)) }
        for form in ["alemán", "alemana", "alemanes", "alemanas"] { #expect(has(es, form, "DEU", .demonym)) }
        for form in ["español", "española", "españoles", "españolas"] { #expect(has(es, form, "ESP", .demonym)) }
        for form in ["marroquí", "marroquíes"] { #expect(has(es, form, "MAR", .demonym)) }
        for form in ["estadounidense", "estadounidenses", "norteamericanas"] { #expect(has(es, form, "USA", .demonym)) }
        #expect(has(es, "soviéticas", "SUN", .demonym))
        #expect(has(es, "letonas", "LVA", .demonym))

        for form in ["Russian", "Russians", "Venezuelan", "American", "British", "Briton", "Saudi", "Emirati",
                     "Icelandic", "Icelander", "Icelanders", "North Korean", "Soviet", "Soviets"] {
            #expect(en.contains { $0.surface == form && $0.form == .demonym }, "\(form)")
        }
        #expect(!en.contains { $0.surface == "Britishs" || $0.surface == "Chineses" || $0.surface == "Icelandics" })

        for language in Language.allCases {
            let states = Set(StateLexicon.entries(language).filter { $0.form == .demonym }.map(\.key))
            #expect(states.count >= 120, "\(language): \(states.count)")
        }
    }

    /// Adjectives of a regime the press writes for its state: "le gouvernement chérifien", "el gobierno bolivariano".
    @Test func regimeAdjectives() {
        let fr = StateLexicon.entries(.fr), en = StateLexicon.entries(.en), es = StateLexicon.entries(.es)
        for form in ["chérifien", "chérifienne"] { #expect(has(fr, form, "MAR", .demonym), "\(form)") }
        for form in ["bolivarien", "bolivarienne", "chaviste", "chavistes"] { #expect(has(fr, form, "VEN", .demonym), "\(form)") }
        for form in ["bolivariano", "bolivarianas", "chavista"] { #expect(has(es, form, "VEN", .demonym), "\(form)") }
        #expect(has(en, "Bolivarian", "VEN", .demonym))
        #expect(Probe.events("El gobierno bolivariano acusó a Colombia de espionaje.", .es) == ["VEN ACCUSE COL"])
        #expect(Probe.events("Le gouvernement chérifien a convoqué l'ambassadeur d'Espagne.", .fr) == ["MAR ACCUSE ESP"])
        // The alliance named after the same adjective is an organization, not the state, in its short names too.
        #expect(Probe.events("L'Alliance bolivarienne a condamné le Honduras.", .fr) == ["org:ALBA ACCUSE HND"])
        #expect(Probe.events("La Alianza Bolivariana condenó a Honduras.", .es) == ["org:ALBA ACCUSE HND"])
        #expect(Probe.events("The Bolivarian Alliance condemned Honduras.", .en) == ["org:ALBA ACCUSE HND"])
    }

    @Test func combiningForms() {
        #expect(StateLexicon.combiningForm("russo", .fr) == "RUS")
        #expect(StateLexicon.combiningForm("sino", .fr) == "CHN")
        #expect(StateLexicon.combiningForm("Sino", .en) == "CHN")
        #expect(StateLexicon.combiningForm("américano", .fr) == "USA")
        #expect(StateLexicon.combiningForm("americano", .es) == "USA")
        #expect(StateLexicon.combiningForm("israelo", .fr) == "ISR")
        #expect(StateLexicon.combiningForm("israélo", .fr) == "ISR")
        #expect(StateLexicon.combiningForm("gréco", .fr) == "GRC")
        #expect(StateLexicon.combiningForm("soviético", .es) == "SUN")
        #expect(StateLexicon.combiningForm("ucraniano", .es) == "UKR")
        #expect(StateLexicon.combiningForm("helvéto", .fr) == "CHE")
        #expect(StateLexicon.combiningForm("nord-coréen", .fr) == "PRK")
        #expect(StateLexicon.combiningForm("Anglo", .en) == "GBR")
        #expect(StateLexicon.combiningForm("xyzzy", .fr) == nil)
    }

    @Test func seats() {
        #expect(has(StateLexicon.entries(.fr), "Kremlin", "RUS", .seat))
        #expect(has(StateLexicon.entries(.fr), "Maison Blanche", "USA", .seat))
        #expect(has(StateLexicon.entries(.fr), "Quai d'Orsay", "FRA", .seat))
        #expect(has(StateLexicon.entries(.en), "White House", "USA", .seat))
        #expect(has(StateLexicon.entries(.en), "State Department", "USA", .seat))
        #expect(has(StateLexicon.entries(.es), "Casa Blanca", "USA", .seat))
        #expect(has(StateLexicon.entries(.es), "Moscú", "RUS", .seat))
        for language in Language.allCases {
            let states = Set(StateLexicon.entries(language).filter { $0.form == .seat }.map(\.key))
            #expect(states.count >= 100, "\(language): \(states.count)")
        }
    }

    @Test func organizations() {
        #expect(has(OrganizationLexicon.entries(.fr), "OTAN", "NATO", .organization))
        #expect(has(OrganizationLexicon.entries(.es), "OTAN", "NATO", .organization))
        #expect(has(OrganizationLexicon.entries(.en), "NATO", "NATO", .organization))
        #expect(has(OrganizationLexicon.entries(.fr), "Conseil de sécurité de l'ONU", "UNSC", .organization))
        #expect(has(OrganizationLexicon.entries(.es), "OIEA", "IAEA", .organization))
        #expect(has(OrganizationLexicon.entries(.fr), "Commission européenne", "EU", .organization))
        #expect(OrganizationLexicon.label(of: "NATO", in: .fr) == "OTAN")
        #expect(OrganizationLexicon.label(of: "NATO", in: .en) == "NATO")
        #expect(OrganizationLexicon.label(of: "NATO", in: .es) == "OTAN")
        #expect(OrganizationLexicon.isKnown("ICJ"))
        #expect(!OrganizationLexicon.isKnown("VEN"))
        for id in OrganizationLexicon.allIDs {
            for language in Language.allCases {
                #expect(OrganizationLexicon.label(of: id, in: language)?.isEmpty == false, "\(id) \(language)")
            }
            // An organization id never looks like a state code.
            #expect(!CountryCodes.isStateCode(id), "\(id)")
        }
        #expect(OrganizationLexicon.allIDs.count == Set(OrganizationLexicon.allIDs).count)
    }

    @Test func mediaAndRegions() {
        let media = MediaLexicon.entries()
        for name in ["AFP", "Reuters", "Associated Press", "Getty Images", "Kuwait News Agency", "France 24", "El País"] {
            #expect(media.contains { $0.surface == name && $0.form == .media }, "\(name)")
        }
        #expect(has(RegionLexicon.entries(.fr), "Europe de l'Est", "Eastern Europe", .region))
        #expect(has(RegionLexicon.entries(.fr), "latino-américaines", "Latin America", .region))
        #expect(has(RegionLexicon.entries(.en), "Middle East", "Middle East", .region))
        #expect(has(RegionLexicon.entries(.es), "América Latina", "Latin America", .region))
    }

    @Test func titles() {
        let fr = TitleLexicon.entries(.fr), en = TitleLexicon.entries(.en), es = TitleLexicon.entries(.es)
        #expect(has(fr, "ministre des Affaires étrangères", "foreign minister", .title))
        #expect(has(fr, "chef de la diplomatie", "foreign minister", .title))
        #expect(has(es, "canciller", "foreign minister", .title))
        #expect(has(en, "foreign minister", "foreign minister", .title))
        #expect(has(fr, "vice-Premier ministre", "deputy prime minister", .title))
        #expect(has(es, "viceprimer ministro", "deputy prime minister", .title))
        // Feminine forms.
        #expect(has(fr, "présidente", "president", .title))
        #expect(has(fr, "ambassadrice", "ambassador", .title))
        #expect(has(fr, "première ministre", "prime minister", .title))
        #expect(has(es, "presidenta", "president", .title))
        #expect(has(es, "ministra", "minister", .title))
        #expect(has(es, "embajadora", "ambassador", .title))
        #expect(has(en, "spokeswoman", "spokesperson", .title))
        #expect(has(en, "queen", "queen", .title))
        // Every role exists in all three languages, except deliberate gaps.
        let perLanguage = Language.allCases.map { language in Set(TitleLexicon.entries(language).map(\.key)) }
        let all = perLanguage.reduce(Set<String>()) { $0.union($1) }
        let missing = all.filter { role in perLanguage.contains { !$0.contains(role) } }
        // A parliament's speaker is an English title only so far.
        #expect(missing == ["chair"])
    }

    @Test func leaders() {
        #expect(LeaderLexicon.all.count >= 120)
        let putin = LeaderLexicon.leader(surname: "Poutine")
        #expect(putin.map(\.affiliation) == ["RUS"])
        #expect(LeaderLexicon.leader(surname: "putin").first?.fullName == "Vladimir Putin")
        #expect(LeaderLexicon.leader(surname: "Zelenskyy").first?.affiliation == "UKR")
        #expect(LeaderLexicon.leader(surname: "Xi").first?.fullName == "Xi Jinping")
        #expect(LeaderLexicon.leader(surname: "Castro").filter(\.isNamedBySurname).count == 2)
        // The surname alone names the one in office since 2000, not his father.
        #expect(LeaderLexicon.leader(surname: "Assad").map(\.fullName) == ["Bashar al-Assad"])
        #expect(LeaderLexicon.leader(surname: "Lavrov").first?.role == "foreign minister")
        #expect(LeaderLexicon.leader(surname: "Guterres").first?.affiliation == "UN")
        #expect(LeaderLexicon.leader(fullName: "Emmanuel Macron").first?.affiliation == "FRA")
        let roles = TitleLexicon.roles
        for leader in LeaderLexicon.all {
            #expect(CountryCodes.isStateCode(leader.affiliation) || OrganizationLexicon.isKnown(leader.affiliation),
                    "\(leader.fullName): \(leader.affiliation)")
            #expect(roles.contains(leader.role), "\(leader.fullName): \(leader.role)")
            #expect(!leader.surnames.isEmpty)
        }
    }

    @Test func officeHolders() {
        let kenyatta = LeaderLexicon.leader(surname: "Kenyatta").filter { !$0.isNamedBySurname }
        #expect(kenyatta.map(\.affiliation).contains("KEN"))
        #expect(kenyatta.allSatisfy { $0.surnames.contains("Kenyatta") })
        // Found by the last word of an alias, folded: the French and Spanish press's spellings.
        #expect(LeaderLexicon.leader(surname: "Burita").map(\.fullName) == ["Nasser Bourita"])
        #expect(LeaderLexicon.leader(surname: "BOURITA").map(\.affiliation) == ["MAR"])
        #expect(OfficeHolderLexicon.leaders(lastWord: "nowordlikethis").isEmpty)
        // One who served a state and then a body is listed under both, so that neither is guessed.
        #expect(Set(LeaderLexicon.leader(surname: "Barroso").filter { $0.fullName == "José Manuel Barroso" }.map(\.affiliation))
            == ["PRT", "EU"])
    }

    /// The press writes particles and hyphens the tables leave out: "Al" inside a name, "al-" before a surname, a
    /// hyphen in a double surname. The name is also looked up without them.
    /// A leader listed under an alias of two words is found by it, not taken for another leader of the same surname.
    @Test func aLeaderIsFoundByAnAliasOfTwoWords() {
        let persons = Probe.persons("Bruno Rodríguez habló ayer en Ginebra. Después viajó Rodríguez a Roma.", .es)
        #expect(persons.count == 1)
        #expect(persons.first?.country == "CUB")
    }

    @Test func officeHoldersAreFoundWithoutParticlesAndHyphens() {
        #expect(OfficeHolderLexicon.spellingVariants(of: ["ayman", "al", "safadi"]) == [["ayman", "safadi"]])
        #expect(OfficeHolderLexicon.spellingVariants(of: ["arancha", "gonzalez-laya"]) == [["arancha", "gonzalez", "laya"]])
        #expect(OfficeHolderLexicon.spellingVariants(of: ["bashar", "al-assad"]) == [["bashar", "assad"]])
        #expect(OfficeHolderLexicon.spellingVariants(of: ["nasser", "bourita"]).isEmpty)
        #expect(OfficeHolderLexicon.leaders(named: ["ayman", "al", "safadi"]).map(\.affiliation).contains("JOR"))
        #expect(Probe.graph("La ministra Arancha González-Laya habló el lunes.", .es).edges
            .contains { $0.type == .affiliation && $0.target == "ESP" })
        #expect(Probe.graph("Foreign Minister Ayman Al Safadi spoke on Monday.", .en).edges
            .contains { $0.type == .affiliation && $0.target == "JOR" })
    }

    /// Every office holder names a real state or body and a role titles can have, and none repeats a famous leader, whose
    /// row would otherwise answer twice.
    @Test func officeHoldersAreSound() {
        let roles = TitleLexicon.roles
        let famous = Set(LeaderLexicon.all.flatMap { [$0.fullName] + $0.aliases }.map(TextFolding.fold))
        let holders = OfficeHolderLexicon.all
        #expect(holders.count >= 4_000)
        for holder in holders {
            #expect(CountryCodes.isStateCode(holder.affiliation) || OrganizationLexicon.isKnown(holder.affiliation),
                    "\(holder.fullName): \(holder.affiliation)")
            #expect(roles.contains(holder.role), "\(holder.fullName): \(holder.role)")
            #expect(!famous.contains(TextFolding.fold(holder.fullName)), "\(holder.fullName)")
            #expect(!holder.isNamedBySurname)
        }
    }

    /// Ambiguities kept on purpose: none yet. A surface claimed by two keys in
    /// one form and language must be added here with a reason, or fixed.
    private static let allowedCollisions: Set<String> = []

    @Test func noSurfaceHasTwoKeys() {
        var collisions: [String] = []
        for language in Language.allCases {
            var keys: [String: Set<String>] = [:]
            for entry in allEntries(language) {
                keys["\(entry.form.rawValue)|\(entry.surface)", default: []].insert(entry.key)
            }
            for (surface, found) in keys where found.count > 1 {
                let report = "\(language.rawValue)|\(surface) → \(found.sorted().joined(separator: ","))"
                if !Self.allowedCollisions.contains(report) { collisions.append(report) }
            }
        }
        #expect(collisions.sorted() == [])
    }

    /// Across forms and ignoring case, a surface never stands for two
    /// different keys ("Siria" the state and "siria" the demonym are both SYR).
    @Test func noSurfaceHasTwoKeysAcrossForms() {
        var collisions: [String] = []
        for language in Language.allCases {
            var keys: [String: Set<String>] = [:]
            for entry in allEntries(language) {
                keys[entry.surface.lowercased(), default: []].insert(entry.key)
            }
            for (surface, found) in keys where found.count > 1 {
                collisions.append("\(language.rawValue)|\(surface) → \(found.sorted().joined(separator: ","))")
            }
        }
        #expect(collisions.sorted() == [])
    }

    @Test func noEmptyOrPaddedSurfaces() {
        for language in Language.allCases {
            for entry in allEntries(language) {
                #expect(!entry.surface.isEmpty && entry.surface == entry.surface.trimmingCharacters(in: .whitespaces),
                        "\(entry)")
            }
        }
    }
}
