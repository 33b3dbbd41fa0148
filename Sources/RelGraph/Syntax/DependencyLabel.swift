/// A word's relation label as the labeller or a CoNLL-U file writes it ("nsubj:pass"), with the relation it names
/// (`DependencyRelation`) read from it once. The relation layer compares relations at every step of a tree: a label kept
/// as text had to be read again each time, and compared as a String. The name stays for what users see (CoNLL-U,
/// `--explain`).
public struct DependencyLabel: Hashable, Sendable {
    /// The relation without its subtype. Declared first, so that two labels of different relations are told apart
    /// without comparing their names.
    let relation: DependencyRelation
    /// The name has a subtype ("nsubj:pass", not "nsubj").
    let hasSubtype: Bool
    /// The label as written: "nsubj", "obl:agent", "root".
    public let name: String

    public init(_ name: String) {
        self.name = name
        relation = DependencyRelation(label: name)
        hasSubtype = name.utf8.contains(UInt8(ascii: ":"))
    }

    /// Whether the label is `relation` itself, with no subtype: "nsubj", not "nsubj:pass". The same as comparing the
    /// name with the relation's, without reading the name.
    func isPlain(_ relation: DependencyRelation) -> Bool {
        self.relation == relation && !hasSubtype
    }

    /// Whether the label is `relation` with the subtype `subtype` ("aux:pass"): its name is read only when the
    /// relation is the one asked for.
    func isSubtype(_ subtype: String, of relation: DependencyRelation) -> Bool {
        guard self.relation == relation, hasSubtype else { return false }
        // The name starts with the relation's and its first colon: only what follows is compared.
        let base = relation.rawValue.utf8.count + 1
        return name.utf8.count == base + subtype.utf8.count && name.utf8.dropFirst(base).elementsEqual(subtype.utf8)
    }
}
