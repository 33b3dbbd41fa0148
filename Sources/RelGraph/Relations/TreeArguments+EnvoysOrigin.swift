/// The state a possessed envoy is sent out of, as the author of what befalls the envoy.
extension TreeArguments {
    /// "l'expulsion de ses diplomates de X", "la expulsión de sus diplomáticos de X": envoys a possessive owns, with a
    /// state after "de" they are sent out of. The possessive names whom the event befalls; the state the envoys leave
    /// is the one acting on them, so it is the event noun's author when none is written.
    func envoysOrigin(of noun: Int) -> (authors: [Mention], owners: [Mention], envoy: Int, place: Int)? {
        for envoy in parsed.dependents(of: noun) where isGenitive(envoy) {
            guard let possessive = possessive(of: envoy) else { continue }
            for place in parsed.dependents(of: envoy) where parsed.relation(of: place) == .nmod && isGenitive(place) {
                let states = resolve([place]).filter { $0.refs.allSatisfy { $0.stateCode != nil } }
                if !states.isEmpty {
                    return (states, resolve([possessive]).filter { !states.contains($0) }, envoy, place)
                }
            }
        }
        return nil
    }

    /// Acts done to envoys by the state they serve in: an expulsion, a detention. A withdrawal ("el retiro de sus
    /// diplomáticos de X") is their own state's act, whose author the possessive names.
    static func actsOnEnvoys(_ type: EventType) -> Bool {
        switch type {
        case .sanction, .coerce: true
        default: false
        }
    }

    /// The possessive determiner of an envoy noun: "ses" in "ses diplomates", "sus" in "sus diplomáticos".
    private func possessive(of word: Int) -> Int? {
        guard isEnvoy(word) else { return nil }
        return parsed.dependents(of: word).first { owner in
            parsed.relation(of: owner) == .det && words.possessives.contains(tokens[parsed.tokenOfWord[owner]])
        }
    }

    /// A complement marked by the genitive preposition alone.
    private func isGenitive(_ word: Int) -> Bool {
        markers(of: word) == [words.genitive]
    }
}
