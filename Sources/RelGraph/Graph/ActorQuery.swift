/// Finds the actor a reader means by a name typed on the command line (`--actor`).
///
/// A reader of a French article asks for "Russia", "NATO" or "Putin", not for
/// the article's "Russie", "OTAN" or "Vladimir Poutine": a node answers to its
/// id (with or without `org:` and `person:`), its label, the names relgraph
/// knows for it in French, English and Spanish, and for a person the surname.
/// Everything is compared folded (case and accents aside).
enum ActorQuery {
    /// The id of the one node `name` stands for.
    /// - Throws: `GraphFilterError.unknownActor` with the ids closest to `name` when no node answers to it,
    ///   `GraphFilterError.ambiguousActor` when several persons share the surname asked for.
    static func resolve(_ name: String, in graph: RelationGraph) throws -> String {
        if graph.node(name) != nil { return name }
        let query = TextFolding.fold(name.trimmingCharacters(in: .whitespaces))
        let nodes = graph.nodes
        // The most exact answer wins: an id, then a label or a known name, then a surname.
        for matches in [{ (node: Node) in ids(of: node).contains(query) },
                        { (node: Node) in names(of: node).contains(query) },
                        { (node: Node) in surnames(of: node).contains(query) }] {
            let found = nodes.filter(matches)
            if found.count == 1 { return found[0].id }
            if found.count > 1 { throw GraphFilterError.ambiguousActor(name, candidates: found.map(\.id)) }
        }
        throw GraphFilterError.unknownActor(name, known: closest(to: query, among: nodes))
    }

    /// "org:NATO", "nato", "person:vladimir-putin", "vladimir-putin", folded.
    static func ids(of node: Node) -> Set<String> {
        let id = TextFolding.fold(node.id)
        let bare = ["org:", "person:"].first { id.hasPrefix($0) }.map { String(id.dropFirst($0.count)) }
        return Set([id, bare].compactMap { $0 })
    }

    /// The label and the names the lexicons give the node's state or organization in every language.
    static func names(of node: Node) -> Set<String> {
        var names: Set<String> = [TextFolding.fold(node.label)]
        if node.kind != .person { names.formUnion(knownNames[node.id] ?? []) }
        return names
    }

    /// Every folded name the lexicons know for a state or an organization, by node id (`RUS`, `org:NATO`):
    /// made once, so that asking for many nodes does not scan the lexicons once per node.
    private static let knownNames: [String: Set<String>] = {
        var names: [String: Set<String>] = [:]
        for language in Language.allCases {
            for entry in StateLexicon.entries(language) where entry.form == .stateName {
                names[entry.key, default: []].insert(TextFolding.fold(entry.surface))
            }
            for code in CountryCodes.allAlpha3 {
                names[code, default: []].insert(TextFolding.fold(CountryCodes.name(of: code, in: language)))
            }
            for entry in OrganizationLexicon.entries(language) {
                names["org:" + entry.key, default: []].insert(TextFolding.fold(entry.surface))
            }
            for id in OrganizationLexicon.allIDs {
                if let label = OrganizationLexicon.label(of: id, in: language) { names["org:" + id, default: []].insert(TextFolding.fold(label)) }
            }
        }
        return names
    }()

    /// A person's surname as the label writes it ("Le Drian", "Poutine") and as the id spells it ("putin").
    static func surnames(of node: Node) -> Set<String> {
        guard node.kind == .person else { return [] }
        var surnames: Set<String> = [TextFolding.fold(NameParticles.surname(of: node.label))]
        if let last = node.id.split(separator: "-").last { surnames.insert(String(last)) }
        if let last = node.label.split(separator: " ").last { surnames.insert(TextFolding.fold(String(last))) }
        return surnames
    }

    /// The ids of the nodes whose id, label or known names are nearest to `query` in edit distance, nearest first.
    static func closest(to query: String, among nodes: [Node], count: Int = 5) -> [String] {
        let ranked = nodes.map { node -> (id: String, distance: Int) in
            let forms = ids(of: node).union(names(of: node)).union(surnames(of: node))
            return (node.id, forms.map { editDistance(query, $0) }.min() ?? Int.max)
        }
        return ranked.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }.prefix(count).map(\.id)
    }

    /// Levenshtein distance between two strings, by Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i - 1] == b[j] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
