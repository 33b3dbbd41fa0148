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

    /// "l'expulsion de douze fonctionnaires français en poste à Alger", "the expulsion of French diplomats posted in
    /// Algiers": envoys or officials of one state, posted in another written under them, are sent out of that other.
    /// The state they serve in is the author, their own state whom the act befalls.
    /// "l'expulsion des consuls russes d'Estonie", "l'expulsion d'Estonie des consuls russes": the state written after
    /// "de" beside envoys of another is the one they are sent out of.
    func postedEnvoys(of noun: Int) -> (authors: [Mention], owners: [Mention], envoy: Int, place: Int)? {
        for envoy in parsed.dependents(of: noun) where isGenitive(envoy) {
            let owners = envoyOwners(envoy)
            guard !owners.isEmpty else { continue }
            // "los embajadores de Suecia y de Venezuela": a state coordinated with the owner is another owner.
            let origins = (parsed.dependents(of: envoy) + parsed.dependents(of: noun)).filter { place in
                place != envoy && parsed.relation(of: place) == .nmod && isGenitive(place)
                    && !owners.contains { parsed.words(of: $0.range).contains(place) }
            }
            for place in origins {
                let states = resolve([place]).filter { state in
                    state.refs.allSatisfy { $0.stateCode != nil } && !owners.contains { $0.refs == state.refs }
                }
                if !states.isEmpty { return (states, owners, envoy, place) }
            }
            // The posting, within two steps under the envoy: "en poste à Alger", "posted in Algiers", "in Algiers".
            var frontier = [envoy]
            for _ in 0..<3 {
                frontier = frontier.flatMap { Array(parsed.dependents(of: $0)) }
                for place in frontier where markers(of: place).contains(where: { FunctionWords.postingPrepositions.contains($0) }) {
                    let hosts = resolve([place]).filter { host in
                        host.refs.allSatisfy { $0.stateCode != nil } && !owners.contains { $0.refs == host.refs }
                    }
                    if !hosts.isEmpty { return (hosts, owners, envoy, place) }
                }
            }
        }
        return nil
    }

    /// The state an envoy or an official belongs to, by a demonym on the noun or as the official's mention it is part of.
    private func envoyOwners(_ envoy: Int) -> [Mention] {
        if let mention = mentionOfWord[envoy], mentions[mention].form == .official,
           mentions[mention].refs.allSatisfy({ $0.stateCode != nil }) {
            return [mentions[mention]]
        }
        guard isEnvoy(envoy) || words.agentNouns.contains(tokens[parsed.tokenOfWord[envoy]]) else { return [] }
        return resolve(parsed.dependents(of: envoy).filter { parsed.relation(of: $0) == .amod && mentionOfWord[$0] != nil })
    }
}
