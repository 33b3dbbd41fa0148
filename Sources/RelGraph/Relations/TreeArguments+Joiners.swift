/// "Norway joined the EU's sanctions against Russia", "la Norvège s'est associée aux sanctions de l'UE", "Noruega se
/// sumó a las sanciones de la UE": whoever joins an act that others authored does it as well. The noun names its first
/// authors; the verb of joining adds its own subject to them.
extension TreeArguments {
    /// The actors a verb of joining adds to the authors of the event noun it governs, and the word that named the
    /// first of them; nil when the noun is no complement of such a verb or the verb's subject is already an author.
    func joiners(of noun: Int, excluding taken: [Mention]) -> (mentions: [Mention], word: Int)? {
        let noun = firstConjunct(of: noun)
        guard let verb = parsed.governor(of: noun), verb < noun,
              words.joiningVerbs.contains(tokens[parsed.tokenOfWord[verb]]),
              !Self.subjectRelations.contains(parsed.relation(of: noun)) else { return nil }
        let heads = subjectWords(of: verb)
        let joined = resolve(heads).filter { !taken.contains($0) }
        guard let first = heads.first, !joined.isEmpty else { return nil }
        return (joined, first)
    }
}
