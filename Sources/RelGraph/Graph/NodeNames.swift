/// The names nodes are drawn with, in the language the reader asked for.
///
/// Names are knowledge, not code: English names come from the same CLDR,
/// organization, domestic-body and title tables the extractor reads articles
/// with. Persons keep their names; their roles are translated through the
/// title tables; actors the tables do not know keep the article's label.
enum NodeNames {
    /// `graph` with node labels and persons' roles in `language`.
    static func relabel(_ graph: RelationGraph, in language: LabelLanguage) -> RelationGraph {
        guard language == .en else { return graph }
        let nodes = graph.nodes.map { node in
            var renamed = node
            renamed.label = english(node) ?? node.label
            renamed.role = node.role.map { englishRole($0) ?? $0 }
            return renamed
        }
        let stateNames = Dictionary(uniqueKeysWithValues: graph.stateNames.keys.map { ($0, CountryCodes.name(of: $0, in: .en)) })
        return RelationGraph(nodes: nodes, edges: graph.edges, groups: graph.groups, stateNames: stateNames)
    }

    /// The name of a state the graph holds no node for, as its articles name it for the persons who belong to it
    /// (`RelationGraph.stateNames`); a graph read back from a file keeps no such names, and gets the English one.
    static func absentState(_ code: String, in graph: RelationGraph) -> String {
        graph.stateNames[code] ?? CountryCodes.name(of: code, in: .en)
    }

    /// The English name of a state, a known organization or a domestic body, nil for anyone else.
    static func english(_ node: Node) -> String? {
        switch node.kind {
        case .state:
            let name = CountryCodes.name(of: node.id, in: .en)
            return name == node.id ? nil : name
        case .organization:
            let id = String(node.id.dropFirst(organizationPrefix.count))
            return OrganizationLexicon.label(of: id, in: .en) ?? englishBody(id, country: node.country)
        case .person:
            return nil
        }
    }

    private static let organizationPrefix = "org:"

    /// "Assemblée nationale (Venezuela)" → "National Assembly (Venezuela)": a parliament or court by its
    /// English name, with its state's English name when the id carries one.
    private static func englishBody(_ id: String, country: String?) -> String? {
        let parsed = DomesticBodyLexicon.parse(id)
        let key = parsed?.key ?? id
        guard let name = DomesticBodyLexicon.entries(.en).first(where: { $0.key == key })?.surface else { return nil }
        guard let state = parsed?.country ?? country else { return name }
        return name + " (" + CountryCodes.name(of: state, in: .en) + ")"
    }

    /// A role as a French, English or Spanish article writes it, in the title tables' English: "vice-Premier
    /// ministre" → "deputy prime minister", "ancien président américain" → "former president"; nil when the
    /// role names no title the tables know. The state a demonym names is left out: the label shows its code.
    static func englishRole(_ role: String) -> String? {
        let tokens = Tokenizer.tokenize(ScalarText.scalars(of: role))
        var index = 0
        var former = false
        while index < tokens.count {
            if FunctionWords.formerMarkers.contains(tokens[index]) { former = true }
            if let match = titles.longestMatch(in: tokens, at: index, end: tokens.count),
               var key = match.entries.first(where: { $0.form == .title })?.key {
                // "ministre de la Défense": the portfolio after the title names the ministry.
                for later in tokens[match.range.upperBound...] where FunctionWords.portfolios.contains(later) {
                    key = TitlePhrase.ministry(key, portfolio: later.folded)
                }
                return (former ? "former " : "") + key
            }
            index += 1
        }
        return nil
    }

    /// The titles of all three languages in one trie: a role is translated whatever the article's language.
    private static let titles = Gazetteer(Language.allCases.flatMap(TitleLexicon.entries))
}
